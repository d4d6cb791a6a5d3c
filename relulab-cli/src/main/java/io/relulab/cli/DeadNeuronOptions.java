package io.relulab.cli;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.diagnostics.Redo;
import io.relulab.experiment.RedoSettings;
import io.relulab.experiment.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The dead-neuron options of {@code relulab train} (a picocli mixin): {@code --scenario}, {@code --probe},
 * {@code --tau}, {@code --saturation-eps}, {@code --dead-check-steps}, {@code --redo}, {@code --redo-period}, {@code --redo-tau}.
 * Strings become types here: scenario names, probe specs.
 */
final class DeadNeuronOptions {

    /** {@code --dead-check-steps} when checks come only after each epoch. */
    static final int EPOCH_CHECKS_ONLY = 0;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A preset that kills (or, for notebook, does not kill) ReLU units: " + HelpVariables.SCENARIOS_IN_HELP
                    + ". Explicit --optimizer, --bias-init and --hidden override it.")
    String scenario;

    @Option(names = "--probe", paramLabel = "PROBE", defaultValue = OptionDefaults.PROBE,
            description = "Rows the dead-neuron monitor looks at after every epoch (default: ${DEFAULT-VALUE}):"
                    + " firstN (the first N training rows; the notebook uses " + ProbeSet.NOTEBOOK_ROWS + "), full, stream or stream:BATCH"
                    + " (all rows, batch by batch).")
    String probe;

    @Option(names = "--tau", paramLabel = "T", defaultValue = "" + DeadNeuronAnalyzer.DEFAULT_TAU,
            description = "Dormancy threshold: a unit is dormant when mean|h| / layer mean <= T (default: ${DEFAULT-VALUE},"
                    + " Sokar et al. 2023).")
    double tau;

    @Option(names = "--saturation-eps", paramLabel = "EPS", defaultValue = "" + DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON,
            description = "A unit is saturated when its largest |f'(z)| over the probe rows is below EPS (default: ${DEFAULT-VALUE}).")
    double saturationEpsilon;

    @Option(names = "--dead-check-steps", paramLabel = "N", defaultValue = "" + EPOCH_CHECKS_ONLY,
            description = "Also check for dead units every N optimiser steps (default: ${DEFAULT-VALUE} = after each epoch only).")
    int checkEverySteps;

    @Option(names = "--redo", description = "Recycle dormant units with ReDo (Sokar et al. 2023) during training.")
    boolean redo;

    @Option(names = "--redo-period", paramLabel = "F", defaultValue = "" + Redo.DEFAULT_PERIOD,
            description = "ReDo recycles every F optimiser steps (default: ${DEFAULT-VALUE}).")
    int redoPeriod;

    @Option(names = "--redo-tau", paramLabel = "T", defaultValue = "" + Redo.DEFAULT_TAU,
            description = "ReDo recycles units whose score is <= T (default: ${DEFAULT-VALUE}).")
    double redoTau;

    /** The named scenario, or null if none was asked for. */
    Scenario scenario() {
        if (scenario == null) {
            return null;
        }
        return Scenario.named(scenario.strip()).orElseThrow(() -> new IllegalArgumentException("--scenario " + scenario
                + ": expected one of " + String.join(", ", Scenario.names())));
    }

    /** Parses {@code firstN}, {@code full}, {@code stream} or {@code stream:N}. */
    static ProbeSet parseProbe(String text) {
        String spec = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (spec.equals("full")) {
                return ProbeSet.full();
            }
            if (spec.equals("stream")) {
                return ProbeSet.streamed(ProbeSet.DEFAULT_STREAM_BATCH);
            }
            if (spec.startsWith("stream:")) {
                return ProbeSet.streamed(Integer.parseInt(spec.substring("stream:".length())));
            }
            if (spec.startsWith("first")) {
                return ProbeSet.firstRows(Integer.parseInt(spec.substring("first".length())));
            }
        } catch (NumberFormatException e) {
            // reported below
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--probe " + text + ": " + e.getMessage());
        }
        throw new IllegalArgumentException("--probe " + text + ": expected firstN (e.g. first100), full, stream or stream:BATCH");
    }

    /** The monitor's probe and τ. */
    DeadNeuronAnalyzer analyzer() {
        try {
            return analyzer(parseProbe(probe), tau, saturationEpsilon);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("--") ? e : new IllegalArgumentException("--tau " + tau + ": " + e.getMessage());
        }
    }

    /** The analyzer, with a one-line message naming {@code --tau} or {@code --saturation-eps} when a value is bad. */
    static DeadNeuronAnalyzer analyzer(ProbeSet probe, double tau, double saturationEpsilon) {
        if (!(saturationEpsilon > 0) || !Double.isFinite(saturationEpsilon)) {
            throw new IllegalArgumentException("--saturation-eps " + saturationEpsilon + ": expected a finite number > 0");
        }
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("--tau " + tau + ": expected a finite number >= 0");
        }
        return new DeadNeuronAnalyzer(probe, tau, saturationEpsilon);
    }

    /** Check every this many steps too (0 = after each epoch only). */
    int checkEverySteps() {
        if (checkEverySteps < 0) {
            throw new IllegalArgumentException("--dead-check-steps " + checkEverySteps + ": expected 0 (off) or a positive number");
        }
        return checkEverySteps;
    }

    /** ReDo's settings, or empty if {@code --redo} is off. */
    Optional<RedoSettings> redoSettings() {
        if (!redo) {
            return Optional.empty();
        }
        if (redoPeriod < 1) {
            throw new IllegalArgumentException("--redo-period " + redoPeriod + ": expected at least 1 step");
        }
        if (!(redoTau >= 0) || !Double.isFinite(redoTau)) {
            throw new IllegalArgumentException("--redo-tau " + redoTau + ": expected a finite number >= 0");
        }
        return Optional.of(new RedoSettings(redoPeriod, redoTau));
    }
}
