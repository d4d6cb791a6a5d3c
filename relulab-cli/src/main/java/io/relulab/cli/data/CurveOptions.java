package io.relulab.cli.data;

import io.relulab.data.synthetic.MakeMoons;
import java.util.OptionalDouble;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by make-moons and make-circles. */
final class CurveOptions {

    @Option(names = "--n-samples", paramLabel = "N|OUT,IN", defaultValue = "" + MakeMoons.DEFAULT_SAMPLES,
            description = "Total points (split n//2 outer, the rest inner) or OUT,IN counts (default ${DEFAULT-VALUE}).")
    String samples;

    @Option(names = "--shuffle", negatable = true, defaultValue = "" + MakeMoons.DEFAULT_SHUFFLE, fallbackValue = "true",
            description = "Shuffle the rows (default: ${DEFAULT-VALUE}); --no-shuffle: outer curve first.")
    boolean shuffle;

    @Option(names = "--noise", paramLabel = "SD", description = "Standard deviation of Gaussian noise (default: none).")
    Double noise;

    @Mixin
    RandomStateOption randomState;

    int[] outerAndInner() {
        String[] parts = samples.split(",", -1);
        try {
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0].trim());
                return new int[] {n / 2, n - n / 2};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("--n-samples: '" + samples + "' is not a count or OUT,IN counts");
    }

    OptionalDouble noiseOption() {
        return noise == null ? OptionalDouble.empty() : OptionalDouble.of(noise);
    }
}
