package io.relulab.optim;

/** Validated hyperparameters of an optimiser; {@link #create()} gives a fresh optimiser. */
public sealed interface OptimizerConfig permits SgdConfig, RmsPropConfig, AdamConfig {

    /** A fresh optimiser with these hyperparameters. */
    Optimizer create();

    /** Short name, e.g. {@code "adam"}. */
    String name();

    /** The learning rate. */
    double learningRate();

    /** @throws IllegalArgumentException unless 0 &lt; value and finite */
    static double positive(String parameter, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(parameter + " = " + value + "; expected a finite number > 0");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless 0 ≤ value &lt; 1 */
    static double unitInterval(String parameter, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(parameter + " = " + value + "; expected 0 <= " + parameter + " < 1");
        }
        return value;
    }
}
