package dev.sparring.evaluation.evidence;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One evidence rule, as data: it fires at most once per candidate utterance, on the first place its pattern
 * matches within its scope, when its condition holds.
 *
 * @param id kebab-case, unique within a round kind; shown to reviewers next to the quote
 * @param explanation what the candidate did when the rule fires, phrased so a reviewer can check it
 * @param pattern case-insensitive; what the candidate has to say
 * @param scope which part of the utterance the pattern is searched in
 * @param when the timing or context the rule depends on (phase, offset, what the candidate said before)
 */
record Rule(String id, String competency, Polarity polarity, String explanation, Pattern pattern, Scope scope,
        Predicate<Context> when) {

    /** Where in an utterance a rule looks. */
    enum Scope {
        /** Anywhere in the utterance. */
        TEXT,
        /** Only in sentences that are questions: asking is the behaviour, not naming the topic. */
        QUESTIONS,
        /** Only outside questions: "should we use Kafka?" is not a design decision. */
        STATEMENTS
    }

    static Rule supports(String id, String competency, String explanation, Pattern pattern, Scope scope,
            Predicate<Context> when) {
        return new Rule(id, competency, Polarity.SUPPORTS, explanation, pattern, scope, when);
    }

    static Rule supports(String id, String competency, String explanation, Pattern pattern) {
        return supports(id, competency, explanation, pattern, Scope.TEXT, Context.ALWAYS);
    }

    static Rule contradicts(String id, String competency, String explanation, Pattern pattern, Scope scope,
            Predicate<Context> when) {
        return new Rule(id, competency, Polarity.CONTRADICTS, explanation, pattern, scope, when);
    }

    static Rule contradicts(String id, String competency, String explanation, Pattern pattern) {
        return contradicts(id, competency, explanation, pattern, Scope.TEXT, Context.ALWAYS);
    }
}
