package io.relulab.experiment;

/**
 * The fewest and the most of a count over trials, e.g. dead units after the first epoch over seeds.
 *
 * @param min the smallest count
 * @param max the largest count, ≥ min
 */
public record CountRange(int min, int max) {

    public CountRange {
        if (max < min) {
            throw new IllegalArgumentException("count range max " + max + " is below min " + min);
        }
    }

    /** The range of {@code counts}; {@code 0–0} when there are none. */
    public static CountRange of(int... counts) {
        if (counts.length == 0) {
            return new CountRange(0, 0);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int count : counts) {
            min = Math.min(min, count);
            max = Math.max(max, count);
        }
        return new CountRange(min, max);
    }

    /** {@code 14–19}, or {@code 14} when both ends agree. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
