package io.relulab.sweep;

import io.relulab.stats.WelchTest;

/**
 * A test of whether a remedy changes a cell's test accuracy: an alternative activation against the baseline in
 * the same setting, or ReDo on against off for the same activation (Welch's t-test), with the Holm-adjusted
 * p-value over every testable comparison of the sweep.
 *
 * @param kind what is compared
 * @param cell the remedied cell
 * @param reference the cell it is compared with
 * @param test Welch's test of cell minus reference
 * @param adjustedP the Holm-adjusted p-value (NaN when untestable)
 */
public record CellComparison(Kind kind, CellKey cell, CellKey reference, WelchTest test, double adjustedP) {

    /** What a comparison compares. */
    public enum Kind {
        /** An alternative activation against the baseline activation. */
        ACTIVATION,
        /** ReDo on against off. */
        REDO
    }

    /** Whether the change survives the Holm correction at {@code alpha}. */
    public boolean significant(double alpha) {
        return adjustedP < alpha;
    }

    /** Mean test accuracy of the cell minus that of the reference. */
    public double difference() {
        return test.meanDifference();
    }
}
