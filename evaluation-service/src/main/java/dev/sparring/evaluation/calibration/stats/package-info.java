/**
 * Calibration statistics for interviewer scoring: inter-rater reliability (intraclass correlation,
 * Krippendorff's alpha, Fleiss' kappa), rater leniency with uncertainty and empirical-Bayes shrinkage,
 * severity-adjusted candidate scores and severity drift over time.
 *
 * <p>Plain Java 17 with no framework or third-party math dependency: every class is a stateless utility
 * returning immutable records, and every formula is documented on the class with its literature source.
 * Distribution quantiles (F, t) come from {@link dev.sparring.evaluation.calibration.stats.Distributions}.
 *
 * <p>Conventions: scores are rubric levels 1..4 (treated as interval data where a mean is taken);
 * a positive <em>leniency</em> means a rater scores higher than the team, and <em>severity</em> is its
 * negation. Input that a statistic cannot be computed from is refused with an
 * {@link java.lang.IllegalArgumentException} whose message names the problem.
 */
package dev.sparring.evaluation.calibration.stats;
