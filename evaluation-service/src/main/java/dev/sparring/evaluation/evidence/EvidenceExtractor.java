package dev.sparring.evaluation.evidence;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.ParticipantRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds rubric evidence in a round's transcript with fixed, readable rules: no model, no network, the same answer
 * every time, and every piece of evidence names the rule and quotes the words it fired on, so a reviewer can check
 * and disagree with it.
 *
 * <p>Only the candidate's words count: interviewer and system utterances never produce evidence. Each rule fires at
 * most once per utterance. Supporting rules do not fire on a trigger negated just before it ("I don't know the
 * trade-offs"). Rules are chosen by the round kind passed in, not by each utterance's own kind.
 */
public final class EvidenceExtractor {

    private static final Comparator<Evidence> ORDER = Comparator
            .comparingLong((Evidence evidence) -> evidence.quote().sequence())
            .thenComparing(Evidence::competency)
            .thenComparing(Evidence::rule);

    private static final Map<RoundKind, List<Rule>> RULES = new EnumMap<>(Map.of(
            RoundKind.SYSTEM_DESIGN, SystemDesignRules.RULES,
            RoundKind.BEHAVIORAL, BehavioralRules.RULES,
            RoundKind.CODING, CodingRules.RULES));

    public EvidenceExtractor() {
    }

    /** All evidence in one round's transcript, in transcript order; deterministic (same input, same output). */
    public List<Evidence> extract(RoundKind kind, List<Utterance> roundTranscript) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(roundTranscript, "roundTranscript");
        List<Rule> rules = RULES.get(kind);
        // Transcript order matters: "before any requirements question" looks at what came earlier.
        List<Utterance> inOrder = new ArrayList<>(roundTranscript);
        inOrder.sort(Comparator.comparingLong(Utterance::sequence));
        Set<String> firedInRound = new HashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Utterance utterance : inOrder) {
            if (utterance.speakerRole() != ParticipantRole.CANDIDATE || utterance.text() == null
                    || utterance.text().isBlank()) {
                continue;
            }
            evidence.addAll(extract(rules, utterance, firedInRound));
        }
        evidence.sort(ORDER);
        return List.copyOf(evidence);
    }

    /** The competencies the round kind is assessed on, with the rule ids that can fire for each (for docs/UI). */
    public Map<String, List<String>> rules(RoundKind kind) {
        Objects.requireNonNull(kind, "kind");
        Map<String, List<String>> byCompetency = new LinkedHashMap<>();
        for (Rule rule : RULES.get(kind)) {
            byCompetency.computeIfAbsent(rule.competency(), competency -> new ArrayList<>()).add(rule.id());
        }
        Map<String, List<String>> view = new LinkedHashMap<>();
        byCompetency.forEach((competency, ids) -> view.put(competency, List.copyOf(ids)));
        return Collections.unmodifiableMap(view);
    }

    /** Supporting rules first, so contradicting rules can depend on what this utterance already showed. */
    private static List<Evidence> extract(List<Rule> rules, Utterance utterance, Set<String> firedInRound) {
        String text = Text.normalise(utterance.text());
        List<Text.Sentence> sentences = Text.sentences(text);
        Set<String> firedNow = new HashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Polarity polarity : Polarity.values()) {
            for (Rule rule : rules) {
                if (rule.polarity() != polarity) {
                    continue;
                }
                Context context = new Context(utterance, text, firedInRound, firedNow);
                if (!rule.when().test(context)) {
                    continue;
                }
                Optional<String> matched = match(rule, utterance.text(), text, sentences);
                if (matched.isPresent()) {
                    evidence.add(new Evidence(rule.competency(), rule.polarity(), rule.id(), rule.explanation(),
                            quote(utterance, matched.get())));
                    firedNow.add(rule.id());
                    if (polarity == Polarity.SUPPORTS) {
                        firedInRound.add(rule.id());
                    }
                }
            }
        }
        return evidence;
    }

    /** The first place the rule fires: words from the original text (same positions as the normalised text). */
    private static Optional<String> match(Rule rule, String original, String text, List<Text.Sentence> sentences) {
        if (rule.scope() == Rule.Scope.TEXT) {
            return find(rule, original, text, 0, text.length());
        }
        for (Text.Sentence sentence : sentences) {
            boolean wanted = sentence.question() == (rule.scope() == Rule.Scope.QUESTIONS);
            if (!wanted) {
                continue;
            }
            Optional<String> found = find(rule, original, text, sentence.start(), sentence.end());
            if (found.isPresent()) {
                // A question is quoted whole: the topic word alone would not show that it was asked.
                return rule.scope() == Rule.Scope.QUESTIONS
                        ? Optional.of(Text.cut(original.substring(sentence.start(), sentence.end()), Text.MAX_MATCHED))
                        : found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Rule rule, String original, String text, int start, int end) {
        Matcher matcher = rule.pattern().matcher(text).region(start, end);
        // Negation only guards supporting statements; a contradiction like "there's no downside" carries its own.
        boolean guardNegation = rule.polarity() == Polarity.SUPPORTS && rule.scope() != Rule.Scope.QUESTIONS;
        while (matcher.find()) {
            if (guardNegation && Text.negated(text, matcher.start())) {
                continue;
            }
            return Optional.of(Text.cut(original.substring(matcher.start(), matcher.end()), Text.MAX_MATCHED));
        }
        return Optional.empty();
    }

    private static Quote quote(Utterance utterance, String matched) {
        return new Quote(utterance.sequence(), utterance.speakerName(), utterance.speakerRole(), utterance.roundIndex(),
                utterance.phaseId(), utterance.offset(), Text.cut(utterance.text(), Text.MAX_QUOTE), matched);
    }
}
