package io.relulab.experiment;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.ProbeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * How a study's unit counts were taken, so that every sentence can name it: the probe rows and, when ReDo was on,
 * its period and τ (counts are then taken before any recycling due at the same step), and the saturation ε.
 *
 * @param probe             the rows the monitor checks after every epoch
 * @param saturationEpsilon a unit is saturated when its largest |f′(z)| over the probe rows is below this
 * @param redo              ReDo's settings, when it was on
 */
public record Measurement(ProbeSet probe, double saturationEpsilon, Optional<RedoSettings> redo) {

    public Measurement {
        Objects.requireNonNull(probe, "probe");
        if (!(saturationEpsilon > 0) || !Double.isFinite(saturationEpsilon)) {
            throw new IllegalArgumentException("saturation epsilon must be a finite number > 0, got " + saturationEpsilon);
        }
        Objects.requireNonNull(redo, "redo");
    }

    /** The default saturation ε ({@link DeadNeuronAnalyzer#DEFAULT_SATURATION_EPSILON}). */
    public Measurement(ProbeSet probe, Optional<RedoSettings> redo) {
        this(probe, DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON, redo);
    }

    /** How {@code monitor} counts: its probe and saturation ε. */
    public static Measurement of(DeadNeuronAnalyzer monitor, Optional<RedoSettings> redo) {
        return new Measurement(monitor.probe(), monitor.saturationEpsilon(), redo);
    }

    /** {@code "probe: the first 100 training rows"}. */
    public String probeNote() {
        return "probe: " + probe.inWords();
    }
}
