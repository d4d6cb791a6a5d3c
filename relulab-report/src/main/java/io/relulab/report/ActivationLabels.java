package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.activation.Activations;

/**
 * Human-readable names of activations for legends, tables and report text, e.g. {@code "Leaky ReLU
 * (α=0.1)"}, as opposed to the machine-readable {@link Activation#spec()} ({@code "leaky_relu:0.1"}): the
 * label its registered type gives ({@link io.relulab.activation.ActivationType#label}, parameters with at most four
 * significant digits). An activation that is not registered in {@link Activations} has no label: asking for
 * one fails with a message naming its spec.
 */
public final class ActivationLabels {

    private ActivationLabels() {
    }

    /** The display name of {@code activation}. */
    public static String of(Activation activation) {
        return Activations.typeOf(activation).label(activation);
    }
}
