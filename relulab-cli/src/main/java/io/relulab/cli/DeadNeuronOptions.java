package io.relulab.cli;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.diagnostics.Redo;
import io.relulab.diagnostics.Scenario;
import io.relulab.random.NumpyRandom;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The dead-neuron options of {@code relulab train} (a picocli mixin): {@code --scenario}, {@code --probe},
 * {@code --tau}, {@code --dead-check-steps}, {@code --redo}, {@code --redo-period}, {@code --redo-tau}.
 * Strings become types here: scenario names, probe specs.
 */
final class DeadNeuronOptions {

    /** Key of ReDo's generator stream, derived from the trial seed (so ReDo does not touch the shuffling stream). */
    static final String REDO_STREAM = "redo";

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A preset that kills (or, for notebook, does not kill) ReLU units: notebook, high-lr (Adam 0.05),"
                    + " negative-bias (biases -1), deep-narrow (10 layers of width 4). Explicit --optimizer, --bias-init and"
                    + " --hidden override it.")
    String scenario;

    @Option(names = "--probe", paramLabel = "PROBE", defaultValue = "first100",
            description = "Rows the dead-neuron monitor looks at after every epoch (default: ${DEFAULT-VALUE}):"
                    + " firstN (the first N training rows; the notebook uses 100), full, stream or stream:BATCH"
                    + " (all rows, batch by batch).")
    String probe;

    @Option(names = "--tau", paramLabel = "T", defaultValue = "0.1",
            description = "Dormancy threshold: a unit is dormant when mean|h| / layer mean <= T (default: ${DEFAULT-VALUE},"
                    + " Sokar et al. 2023).")
    double tau;

    @Option(names = "--dead-check-steps", paramLabel = "N", defaultValue = "0",
            description = "Also check for dead units every N optimiser steps (default: 0 = after each epoch only).")
    int checkEverySteps;

    @Option(names = "--redo", description = "Recycle dormant units with ReDo (Sokar et al. 2023) during training.")
    boolean redo;

    @Option(names = "--redo-period", paramLabel = "F", defaultValue = "" + Redo.DEFAULT_PERIOD,
            description = "ReDo recycles every F optimiser steps (default: ${DEFAULT-VALUE}).")
    int redoPeriod;

    @Option(names = "--redo-tau", paramLabel = "T", defaultValue = "0.1",
            description = "ReDo recycles units whose score is <= T (default: ${DEFAULT-VALUE}).")
    double redoTau;

    /** The named scenario, or null if none was asked for. */
    Scenario scenario() {
        if (scenario == null) {
            return null;
        }
        String name = scenario.strip();
        for (Scenario candidate : Scenario.all()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--scenario " + scenario + ": expected one of "
                + String.join(", ", Scenario.all().stream().map(Scenario::name).toList()));
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

    /** The monitor; warnings go to {@code err}. */
    DeadNeuronMonitor monitor(PrintWriter err) {
        DeadNeuronAnalyzer analyzer;
        try {
            analyzer = new DeadNeuronAnalyzer(parseProbe(probe), tau);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("--") ? e : new IllegalArgumentException("--tau " + tau + ": " + e.getMessage());
        }
        if (checkEverySteps < 0) {
            throw new IllegalArgumentException("--dead-check-steps " + checkEverySteps + ": expected 0 (off) or a positive number");
        }
        return new DeadNeuronMonitor(analyzer, checkEverySteps, DeadNeuronMonitor.DEFAULT_WARNING_THRESHOLD, warning -> {
            err.println("warning: " + warning.message());
            err.flush();
        });
    }

    /** ReDo for a trial with the given seed, or null if {@code --redo} is off. */
    Redo redo(long seed) {
        if (!redo) {
            return null;
        }
        if (redoPeriod < 1) {
            throw new IllegalArgumentException("--redo-period " + redoPeriod + ": expected at least 1 step");
        }
        if (!(redoTau >= 0) || !Double.isFinite(redoTau)) {
            throw new IllegalArgumentException("--redo-tau " + redoTau + ": expected a finite number >= 0");
        }
        return Redo.of(redoTau, redoPeriod, NumpyRandom.forStream(seed, NumpyRandom.labelKey(REDO_STREAM)));
    }

    /** The scenario names, for help texts. */
    static List<String> scenarioNames() {
        return Scenario.all().stream().map(Scenario::name).toList();
    }
}
