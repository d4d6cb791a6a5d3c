package io.relulab.diagnostics;

import java.util.Locale;

/**
 * Raised by {@link DeadNeuronMonitor} when a layer's dead fraction reaches the warning threshold
 * (default {@value DeadNeuronMonitor#DEFAULT_WARNING_THRESHOLD}, as keras-contrib's {@code DeadReluDetector}) at a check after being below it.
 *
 * @param report    the check
 * @param layer     the layer that crossed the threshold
 * @param threshold the threshold, a fraction in (0, 1]
 */
public record DeadNeuronWarning(DeadNeuronReport report, LayerSnapshot layer, double threshold) {

    /** One line, e.g. {@code "epoch 3: 12 of 32 units (37.5 %) of layer2 are dead (threshold 10 %)"}. */
    public String message() {
        return String.format(Locale.ROOT, "epoch %d, step %d: %d of %d units (%.1f %%) of %s are dead (threshold %.0f %%)",
                report.epoch(), report.step(), layer.deadCount(), layer.units(), 100 * layer.deadFraction(),
                layer.name(), 100 * threshold);
    }
}
