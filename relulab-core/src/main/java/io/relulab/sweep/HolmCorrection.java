package io.relulab.sweep;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment (Holm 1979, "A simple sequentially rejective multiple test procedure"): sort the m
 * p-values ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎; the adjusted value of p₍ᵢ₎ is max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎).
 * Rejecting every adjusted value below α controls the family-wise error rate at α. NaN (untestable) entries stay
 * NaN and do not count in m.
 */
final class HolmCorrection {

    private HolmCorrection() {
    }

    /** The adjusted p-values, in the order given. */
    static double[] adjust(double[] pValues) {
        Integer[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i])).toArray(Integer[]::new);
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            double value = Math.min(1, (m - rank) * pValues[order[rank]]);
            running = Math.max(running, value);
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
