package dev.sparring.evaluation.evidence;

/**
 * One signal: which competency, for or against, which rule fired on which words, and why it matters.
 *
 * @param competency the rubric competency id, such as {@code trade-offs}
 * @param rule the kebab-case id of the rule that fired, such as {@code requirements-question-early}
 * @param explanation what the candidate did, in words a reviewer can check against the quote
 */
public record Evidence(String competency, Polarity polarity, String rule, String explanation, Quote quote) {
}
