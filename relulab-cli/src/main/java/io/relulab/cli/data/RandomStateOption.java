package io.relulab.cli.data;

import io.relulab.random.NumpyRandom;
import picocli.CommandLine.Option;

/**
 * The {@code --random-state SEED} option shared by the data commands: scikit-learn's {@code random_state}, a numpy
 * {@code RandomState} seed in 0..4294967295 (2^32 - 1). Required, since a data command without a seed would not be
 * reproducible.
 */
final class RandomStateOption {

    @Option(names = "--random-state", paramLabel = "SEED", required = true,
            description = "numpy seed, 0..4294967295 (scikit-learn's random_state).")
    long randomState;

    /** The seed, checked against numpy's range so the message names {@code --random-state}. */
    long seed() {
        if (randomState < 0 || randomState > NumpyRandom.MAX_SEED) {
            throw new IllegalArgumentException("--random-state " + randomState + " is outside 0.." + NumpyRandom.MAX_SEED);
        }
        return randomState;
    }
}
