package io.relulab.experiment;

import io.relulab.diagnostics.ProbeSet;
import java.util.Objects;
import java.util.Optional;

/**
 * How a study's unit counts were taken, so that every sentence can name it: the probe rows and, when ReDo was on,
 * its period and τ (counts are then taken before any recycling due at the same step).
 *
 * @param probe the rows the monitor checks after every epoch
 * @param redo  ReDo's settings, when it was on
 */
public record Measurement(ProbeSet probe, Optional<RedoSettings> redo) {

    public Measurement {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(redo, "redo");
    }

    /** {@code "probe: the first 100 training rows"}. */
    public String probeNote() {
        return "probe: " + probe.inWords();
    }
}
