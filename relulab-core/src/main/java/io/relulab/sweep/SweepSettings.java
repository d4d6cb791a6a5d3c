package io.relulab.sweep;

import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.RedoSettings;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings every trial of a sweep shares (the axes vary per trial, these do not). A sweep folder records
 * them, and a resumed sweep must have the same ones, since its trials' results depend on them. {@link #describe()}
 * also names the trial key's fields ({@link #KEY_FIELDS}), so that a folder written with another key — whose trials
 * were drawn from other generators — is refused too.
 *
 * @param data the data recipe
 * @param batchSize rows per batch
 * @param probeKind how dead units are counted: the first rows, all rows, or streamed
 * @param probeRows rows of a first-rows probe, or the batch of a streamed one
 * @param tau the dormancy threshold τ of the dead-neuron monitor
 * @param redoPeriod steps between ReDo checks, when a trial has ReDo on
 * @param redoTau ReDo's dormancy threshold τ
 */
public record SweepSettings(SweepData data, int batchSize, ProbeSet.Kind probeKind, int probeRows, double tau,
        int redoPeriod, double redoTau) implements Serializable {

    /** The fields of a trial key, in order; recorded with the settings. */
    public static final String KEY_FIELDS = "activation,learning_rate,hidden,init,optimizer,redo,epochs,data,seed";

    public SweepSettings {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(probeKind, "probeKind");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        probe(probeKind, probeRows);
        new RedoSettings(redoPeriod, redoTau);
    }

    /** The probe set. */
    public ProbeSet probe() {
        return probe(probeKind, probeRows);
    }

    /** ReDo's settings (used by trials whose key has ReDo on). */
    public RedoSettings redo() {
        return new RedoSettings(redoPeriod, redoTau);
    }

    /** Every setting as ordered name → value pairs, in the command line's syntax. */
    public Map<String, String> describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("trial_key", KEY_FIELDS);
        settings.put("data", data.label());
        if (data.csvFile() != null) {
            settings.put("target", data.target());
            settings.put("test_size", String.valueOf(data.testSize()));
            settings.put("split_seed", String.valueOf(data.splitSeed()));
        }
        settings.put("batch_size", String.valueOf(batchSize));
        settings.put("probe", probe().describe());
        settings.put("tau", String.valueOf(tau));
        settings.put("redo_period", String.valueOf(redoPeriod));
        settings.put("redo_tau", String.valueOf(redoTau));
        return settings;
    }

    private static ProbeSet probe(ProbeSet.Kind kind, int rows) {
        return new ProbeSet(kind, rows);
    }
}
