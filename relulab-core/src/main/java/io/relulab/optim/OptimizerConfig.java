package io.relulab.optim;

/** Validated hyperparameters of an optimiser; {@link #create()} gives a fresh optimiser. */
public sealed interface OptimizerConfig permits SgdConfig, RmsPropConfig, AdamConfig {

    /** A fresh optimiser with these hyperparameters. */
    Optimizer create();

    /** Short name, e.g. {@code "adam"}. */
    String name();

    /** The learning rate. */
    double learningRate();

    /**
     * The spec the command line accepts for these hyperparameters, shortest form: trailing parameters at their
     * defaults are left out, e.g. {@code adam:0.05}, {@code sgd:0.1,0.9,nesterov}, {@code adam:0.001,0.9,0.99}.
     * Parsing it gives back an equal config (for a centred RMSprop, which the command line cannot express, it
     * ends in {@code ,centered}).
     */
    String spec();

    /** A spec number: {@link Double#toString} without a trailing {@code .0}, e.g. {@code 0.05}, {@code 1000}, {@code 1.0E-7}. */
    static String specNumber(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

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
