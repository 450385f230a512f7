package dev.sparring.evaluation.offline;

import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.PhasePlan;
import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.content.rubric.Rubric;
import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.evaluation.evidence.Utterance;
import dev.sparring.evaluation.material.SessionMaterial;
import dev.sparring.evaluation.report.ReportBuilder;
import dev.sparring.evaluation.report.SessionReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Evaluates an offline transcript: checks it thoroughly (every problem is reported with where it
 * is), turns it into session material, and builds the report as for a live session.
 */
@Service
public class OfflineEvaluation {

    public static final int MAX_ROUNDS = 20;
    public static final int MAX_UTTERANCES = 10_000;
    public static final int MAX_TEXT = 8_000;

    private final RubricCatalog rubrics;
    private final ReportBuilder builder;

    OfflineEvaluation(RubricCatalog rubrics, ReportBuilder builder) {
        this.rubrics = rubrics;
        this.builder = builder;
    }

    public SessionReport evaluate(OfflineTranscript transcript) {
        List<String> problems = new ArrayList<>();
        check(transcript, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTranscriptException(problems);
        }
        return builder.report(material(transcript), 1);
    }

    private void check(OfflineTranscript transcript, List<String> problems) {
        if (transcript.rounds() == null || transcript.rounds().isEmpty()) {
            problems.add("rounds: a transcript needs at least one round");
            return;
        }
        if (transcript.rounds().size() > MAX_ROUNDS) {
            problems.add("rounds: at most " + MAX_ROUNDS + " rounds, found " + transcript.rounds().size());
        }
        int total = 0;
        for (int r = 0; r < transcript.rounds().size(); r++) {
            OfflineTranscript.Round round = transcript.rounds().get(r);
            String at = "rounds[" + r + "]";
            if (round == null || round.kind() == null) {
                problems.add(at + ".kind: required (CODING, SYSTEM_DESIGN or BEHAVIORAL)");
                continue;
            }
            Rubric rubric = rubrics.forKind(round.kind());
            Set<String> known = new LinkedHashSet<>(rubric.competencyIds());
            for (String competency : nullSafe(round.competencies())) {
                if (!known.contains(competency)) {
                    problems.add(at + ".competencies: unknown competency '" + competency + "' for rubric "
                            + rubric.id() + " (known: " + known + ")");
                }
            }
            List<OfflineTranscript.Line> lines = nullSafe(round.utterances());
            if (lines.isEmpty()) {
                problems.add(at + ".utterances: a round needs at least one utterance");
            }
            total += lines.size();
            for (int u = 0; u < lines.size(); u++) {
                OfflineTranscript.Line line = lines.get(u);
                String lineAt = at + ".utterances[" + u + "]";
                if (line == null || line.text() == null || line.text().isBlank()) {
                    problems.add(lineAt + ".text: required");
                    continue;
                }
                if (line.text().length() > MAX_TEXT) {
                    problems.add(lineAt + ".text: at most " + MAX_TEXT + " characters");
                }
                if (line.speaker() == null || !Set.of("candidate", "interviewer")
                        .contains(line.speaker().toLowerCase(Locale.ROOT))) {
                    problems.add(lineAt + ".speaker: 'candidate' or 'interviewer'");
                }
                if (line.offsetSeconds() != null && line.offsetSeconds() < 0) {
                    problems.add(lineAt + ".offsetSeconds: must not be negative");
                }
            }
            List<OfflineTranscript.Score> scores = nullSafe(round.scores());
            for (int s = 0; s < scores.size(); s++) {
                OfflineTranscript.Score score = scores.get(s);
                String scoreAt = at + ".scores[" + s + "]";
                if (score == null || score.competency() == null || !known.contains(score.competency())) {
                    problems.add(scoreAt + ".competency: unknown competency '"
                            + (score == null ? null : score.competency()) + "' for rubric " + rubric.id());
                }
                if (score == null || score.level() == null || score.level() < 1 || score.level() > 4) {
                    problems.add(scoreAt + ".level: must be 1 to 4, was " + (score == null ? null : score.level()));
                }
                if (score == null || score.interviewer() == null || score.interviewer().isBlank()) {
                    problems.add(scoreAt + ".interviewer: required");
                }
            }
        }
        if (total > MAX_UTTERANCES) {
            problems.add("rounds: at most " + MAX_UTTERANCES + " utterances in all, found " + total);
        }
    }

    private SessionMaterial material(OfflineTranscript transcript) {
        List<RoundPlan> plans = new ArrayList<>();
        Map<Integer, SessionMaterial.RoundMaterial> rounds = new LinkedHashMap<>();
        long sequence = 1;
        for (int r = 0; r < transcript.rounds().size(); r++) {
            OfflineTranscript.Round round = transcript.rounds().get(r);
            List<String> competencies = nullSafe(round.competencies()).isEmpty()
                    ? rubrics.forKind(round.kind()).competencyIds() : round.competencies();
            String title = round.title() == null || round.title().isBlank()
                    ? round.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') : round.title();
            plans.add(new RoundPlan("round-" + (r + 1), round.kind(), title, Duration.ofHours(4),
                    List.of(new PhasePlan("main", "Main", Duration.ofHours(4), null)), competencies, List.of()));
            List<Utterance> utterances = new ArrayList<>();
            for (OfflineTranscript.Line line : round.utterances()) {
                boolean candidate = "candidate".equalsIgnoreCase(line.speaker());
                String name = line.name() == null || line.name().isBlank()
                        ? (candidate ? "Candidate" : "Interviewer") : line.name();
                utterances.add(new Utterance(sequence++, candidate ? "candidate" : "interviewer:" + name, name,
                        candidate ? ParticipantRole.CANDIDATE : ParticipantRole.INTERVIEWER, r, round.kind(),
                        line.phaseId() == null ? "main" : line.phaseId(),
                        Duration.ofSeconds(line.offsetSeconds() == null ? 0 : line.offsetSeconds()), line.text()));
            }
            List<SessionMaterial.Score> scores = nullSafe(round.scores()).stream()
                    .map(score -> new SessionMaterial.Score(score.interviewer(), score.interviewer(),
                            score.competency(), score.level(), score.comment() == null ? "" : score.comment()))
                    .toList();
            rounds.put(r, new SessionMaterial.RoundMaterial(r, "ENDED", utterances, scores, List.of()));
        }
        Map<String, SessionMaterial.InterviewerVerdict> verdicts = new LinkedHashMap<>();
        for (OfflineTranscript.Verdict verdict : nullSafe(transcript.recommendations())) {
            if (verdict != null && verdict.recommendation() != null && verdict.interviewer() != null) {
                verdicts.put(verdict.interviewer(),
                        new SessionMaterial.InterviewerVerdict(verdict.interviewer(), verdict.recommendation()));
            }
        }
        InterviewKit kit = new InterviewKit("offline", 1, "Offline transcript", null, null, plans);
        String candidate = transcript.candidateName() == null ? "Candidate" : transcript.candidateName();
        return new SessionMaterial("offline", null, candidate, kit, rounds, verdicts, true, Instant.EPOCH);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
