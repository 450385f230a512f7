package dev.sparring.evaluation.evidence;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a rule's condition can see: the utterance, and which rules already fired for the candidate in this round
 * ({@code firedInRound}, which includes this utterance's supporting evidence) or in this utterance alone
 * ({@code firedNow}). Supporting rules are evaluated before contradicting ones, so a contradiction can be
 * conditioned on the absence of support ("team-speak, with no I-action in the same answer").
 */
record Context(Utterance utterance, String text, Set<String> firedInRound, Set<String> firedNow) {

    static final Predicate<Context> ALWAYS = context -> true;

    /** Said in one of the phases, or (whatever the phase) no later than {@code window} into the round. */
    static Predicate<Context> early(Set<String> phases, Duration window) {
        return context -> {
            Utterance u = context.utterance();
            return (u.phaseId() != null && phases.contains(u.phaseId()))
                    || (u.offset() != null && u.offset().compareTo(window) <= 0);
        };
    }

    /** Said in one of the phases, or in no known phase and no later than {@code window} into the round. */
    static Predicate<Context> upFront(Set<String> phases, Set<String> knownPhases, Duration window) {
        return context -> {
            Utterance u = context.utterance();
            if (u.phaseId() != null && knownPhases.contains(u.phaseId())) {
                return phases.contains(u.phaseId());
            }
            return u.offset() != null && u.offset().compareTo(window) <= 0;
        };
    }

    static Predicate<Context> outsidePhases(Set<String> phases) {
        return context -> context.utterance().phaseId() == null || !phases.contains(context.utterance().phaseId());
    }

    /** None of the rules has fired for the candidate yet in this round (this utterance included). */
    static Predicate<Context> notYet(String... ruleIds) {
        return context -> Arrays.stream(ruleIds).noneMatch(context.firedInRound()::contains);
    }

    /** None of the (supporting) rules fired on this utterance. */
    static Predicate<Context> unless(String... ruleIds) {
        return context -> Arrays.stream(ruleIds).noneMatch(context.firedNow()::contains);
    }

    /** The utterance says this somewhere, independent of where the rule's own pattern matched. */
    static Predicate<Context> mentions(Pattern pattern) {
        return context -> pattern.matcher(context.text()).find();
    }
}
