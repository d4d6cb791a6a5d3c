package io.relulab.cli;

import io.relulab.experiment.StudySpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/** The {@code --seeds} syntax of {@code study} and {@code sweep}: a count, a range or a list. */
final class SeedList {

    /** The most seeds one option may name. */
    static final int MAX_SEEDS = 100_000;

    private SeedList() {
    }

    /** {@code N} → seeds 0..N−1; {@code A-B} → A..B; {@code a,b,c} → those seeds (a single seed: {@code 7-7} or {@code 7,}). */
    static List<Long> parse(String seeds) {
        String text = seeds.trim();
        try {
            if (text.contains(",")) {
                return Arrays.stream(text.split(",")).map(String::trim).map(Long::parseLong).toList();
            }
            int dash = text.indexOf('-', 1);
            if (dash > 0) {
                long first = Long.parseLong(text.substring(0, dash).trim());
                long last = Long.parseLong(text.substring(dash + 1).trim());
                if (first < 0 || last < first || last - first >= MAX_SEEDS) {
                    throw new IllegalArgumentException("--seeds range must be A-B with 0 <= A <= B and at most " + MAX_SEEDS
                            + " seeds, got " + text);
                }
                return LongStream.rangeClosed(first, last).boxed().toList();
            }
            long count = Long.parseLong(text);
            if (count < 1 || count > MAX_SEEDS) {
                throw new IllegalArgumentException("--seeds must be a count from 1 to " + MAX_SEEDS
                        + ", a range A-B or a list of seeds, got " + text);
            }
            return LongStream.range(StudySpec.FIRST_SEED, StudySpec.FIRST_SEED + count).boxed().toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seeds must be a count N, a range A-B or a comma-separated list of integers, got '" + text + "'");
        }
    }
}
