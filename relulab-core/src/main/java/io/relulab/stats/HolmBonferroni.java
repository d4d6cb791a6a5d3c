package io.relulab.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for m simultaneous tests (S. Holm, "A Simple Sequentially Rejective Multiple Test
 * Procedure", Scandinavian Journal of Statistics 6(2), 1979): it keeps the chance of any false rejection among the
 * m hypotheses at most α, and rejects everything plain Bonferroni (p &lt; α/m) rejects, and often more.
 *
 * <p>With the p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p-values are
 * p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎); hypothesis i is rejected at level α when p̃ᵢ &lt; α — the same
 * decisions as comparing p₍ᵢ₎ with α/(m − i + 1) and stopping at the first that fails (R's
 * {@code p.adjust(method = "holm")}).
 *
 * <p>A NaN p-value (a comparison that could not be tested) stays NaN and does not count towards m.
 */
public final class HolmBonferroni {

    private HolmBonferroni() {
    }

    /** The Holm-adjusted p-values, in the order of {@code pValues}. */
    public static double[] adjust(double... pValues) {
        int[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> pValues[i])).mapToInt(Integer::intValue).toArray();
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            double p = pValues[order[rank]];
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("p-value " + p + " is outside [0, 1]");
            }
            running = Math.max(running, Math.min(1, (m - rank) * p));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
