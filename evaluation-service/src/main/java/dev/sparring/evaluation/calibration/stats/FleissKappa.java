package dev.sparring.evaluation.calibration.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Fleiss' kappa for agreement among a fixed number m of raters per subject on a nominal scale
 * (J. L. Fleiss (1971), "Measuring nominal scale agreement among many raters", <i>Psychological Bulletin</i>
 * 76(5), 378–382), with the per-category kappas of the same paper and the standard errors under
 * H0: κ = 0 of J. L. Fleiss, J. C. M. Nee &amp; J. R. Landis (1979), "Large sample variance of kappa in the
 * case of different sets of raters", <i>Psychological Bulletin</i> 86(5), 974–977.
 *
 * <h2>Formulas</h2>
 * N subjects, m raters per subject, {@code n_ij} raters putting subject i in category j:
 * <pre>
 *   p_j  = Σ_i n_ij / (N·m),        q_j = 1 − p_j
 *   P_i  = Σ_j n_ij (n_ij − 1) / (m (m − 1))
 *   P̄   = Σ_i P_i / N,              P̄e = Σ_j p_j²
 *   κ    = (P̄ − P̄e) / (1 − P̄e)
 *   κ_j  = 1 − Σ_i n_ij (m − n_ij) / (N m (m − 1) p_j q_j)
 *   SE0(κ)   = √2 / (Σ_j p_j q_j · √(N m (m − 1))) · √((Σ_j p_j q_j)² − Σ_j p_j q_j (q_j − p_j))
 *   SE0(κ_j) = √(2 / (N m (m − 1)))
 * </pre>
 * A category nobody used ({@code p_j = 0}) has an undefined κ_j, reported as NaN.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * Fleiss' kappa and its parts.
     *
     * @param kappa overall κ
     * @param meanAgreement P̄, the mean observed pairwise agreement
     * @param chanceAgreement P̄e, the agreement expected by chance
     * @param subjects N
     * @param ratersPerSubject m
     * @param categoryProportions p_j per category
     * @param categoryKappas κ_j per category (NaN for an unused category)
     * @param subjectAgreements P_i per subject
     * @param standardErrorUnderNull SE of κ under H0: κ = 0 (Fleiss, Nee &amp; Landis 1979)
     * @param categoryStandardErrorUnderNull SE of each κ_j under H0: κ_j = 0
     */
    public record Result(double kappa, double meanAgreement, double chanceAgreement, int subjects,
                         int ratersPerSubject, List<Double> categoryProportions, List<Double> categoryKappas,
                         List<Double> subjectAgreements, double standardErrorUnderNull,
                         double categoryStandardErrorUnderNull) {

        public Result {
            categoryProportions = List.copyOf(categoryProportions);
            categoryKappas = List.copyOf(categoryKappas);
            subjectAgreements = List.copyOf(subjectAgreements);
        }

        /** P̄ (alias of {@link #meanAgreement()}). */
        public double pBar() {
            return meanAgreement;
        }

        /** P̄e (alias of {@link #chanceAgreement()}). */
        public double pBarE() {
            return chanceAgreement;
        }

        /** z = κ / SE0(κ), the large-sample test of H0: κ = 0. */
        public double z() {
            return kappa / standardErrorUnderNull;
        }

        /** z_j = κ_j / SE0(κ_j). */
        public double categoryZ(int category) {
            return categoryKappas.get(category) / categoryStandardErrorUnderNull;
        }
    }

    /**
     * Computes kappa from a subjects × categories matrix of counts.
     *
     * @param counts {@code counts[i][j]} = number of raters who put subject i in category j
     * @throws IllegalArgumentException fewer than 1 subject or 2 categories, ragged rows, negative counts,
     *     subjects rated by different numbers of raters, fewer than 2 raters per subject, or all ratings in one
     *     category (κ is then 0/0)
     */
    public static Result compute(int[][] counts) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least one subject");
        }
        int categories = counts[0] == null ? 0 : counts[0].length;
        if (categories < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least 2 categories, got " + categories);
        }
        int subjects = counts.length;
        int m = -1;
        for (int i = 0; i < subjects; i++) {
            if (counts[i] == null || counts[i].length != categories) {
                throw new IllegalArgumentException("subject " + i + " has "
                    + (counts[i] == null ? 0 : counts[i].length) + " category counts but subject 0 has "
                    + categories);
            }
            int raters = 0;
            for (int j = 0; j < categories; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("subject " + i + " has a negative count in category " + j);
                }
                raters += counts[i][j];
            }
            if (m < 0) {
                m = raters;
            } else if (raters != m) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of raters for every subject:"
                    + " subject 0 has " + m + " ratings but subject " + i + " has " + raters
                    + "; use Krippendorff's alpha (nominal) for unequal numbers of raters");
            }
        }
        if (m < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least 2 raters per subject, got " + m);
        }

        double pairsPerSubject = (double) m * (m - 1);
        double[] p = new double[categories];
        List<Double> subjectAgreements = new ArrayList<>(subjects);
        double sumP = 0;
        for (int[] row : counts) {
            double agreeingPairs = 0;
            for (int j = 0; j < categories; j++) {
                p[j] += row[j];
                agreeingPairs += (double) row[j] * (row[j] - 1);
            }
            double pi = agreeingPairs / pairsPerSubject;
            subjectAgreements.add(pi);
            sumP += pi;
        }
        double total = (double) subjects * m;
        double chance = 0;
        double sumPq = 0;
        double sumPqQminusP = 0;
        for (int j = 0; j < categories; j++) {
            p[j] /= total;
            double q = 1 - p[j];
            chance += p[j] * p[j];
            sumPq += p[j] * q;
            sumPqQminusP += p[j] * q * (q - p[j]);
        }
        if (chance >= 1) {
            throw new IllegalArgumentException(
                "Fleiss' kappa is undefined: every rating falls in the same category");
        }
        double meanAgreement = sumP / subjects;
        double kappa = (meanAgreement - chance) / (1 - chance);

        List<Double> categoryKappas = new ArrayList<>(categories);
        List<Double> proportions = new ArrayList<>(categories);
        for (int j = 0; j < categories; j++) {
            proportions.add(p[j]);
            if (p[j] == 0 || p[j] == 1) {
                categoryKappas.add(Double.NaN);
                continue;
            }
            double disagreement = 0;
            for (int[] row : counts) {
                disagreement += (double) row[j] * (m - row[j]);
            }
            categoryKappas.add(1 - disagreement / (subjects * pairsPerSubject * p[j] * (1 - p[j])));
        }
        double scale = subjects * pairsPerSubject;
        double se = Math.sqrt(2) / (sumPq * Math.sqrt(scale)) * Math.sqrt(sumPq * sumPq - sumPqQminusP);
        double categorySe = Math.sqrt(2 / scale);
        return new Result(kappa, meanAgreement, chance, subjects, m, proportions, categoryKappas,
            subjectAgreements, se, categorySe);
    }

    /**
     * Computes kappa from raw categorical ratings, e.g. hire recommendations.
     *
     * @param categories the enum class; its constants are the categories, in declaration order
     * @param ratingsBySubject per subject, the categories its raters chose (same number for every subject)
     */
    public static <E extends Enum<E>> Result fromRatings(Class<E> categories,
                                                         List<? extends Collection<E>> ratingsBySubject) {
        E[] constants = categories.getEnumConstants();
        int[][] counts = new int[ratingsBySubject.size()][constants.length];
        for (int i = 0; i < counts.length; i++) {
            for (E category : ratingsBySubject.get(i)) {
                if (category == null) {
                    throw new IllegalArgumentException("subject " + i + " has a null rating; Fleiss' kappa needs "
                        + "every rater to rate every subject");
                }
                counts[i][category.ordinal()]++;
            }
        }
        return compute(counts);
    }
}
