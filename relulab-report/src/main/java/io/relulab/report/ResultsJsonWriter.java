package io.relulab.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.Comparison;
import io.relulab.experiment.CountRange;
import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.LayerSummary;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.RedoSettings;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.VariantSummary;
import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a study as {@code results.json}: provenance, every trial with its per-epoch history and dead-neuron
 * counts, the per-scenario and per-activation summaries, and the findings.
 *
 * <p>Layout (snake_case keys, in this order; {@value #SCHEMA_VERSION} is the current {@code schema_version}, which
 * {@link ResultsJsonReader} checks):
 * <pre>
 * {"schema_version", "relulab_version",
 *  "provenance": {command, settings: {option: spec, ...}, probe: {kind, rows, description, saturation_eps},
 *                 redo: null | {period, tau},
 *                 data: {description, fingerprint, train_rows, test_rows, features},
 *                 machine: {fused_multiply_add, java_version}, created_at},
 *  "activations": [...],
 *  "scenarios": [{name, description, configuration: {hidden, init, bias_init, optimizer, epochs, batch_size}, baseline,
 *                 observations: [...], findings: [...],
 *                 comparisons: [{first, second, difference, p, p_holm, significant}]}],
 *  "trials": [{activation, scenario, seed, status, diverged_epoch, train_accuracy, test_accuracy, train_loss, test_loss,
 *              history: {loss, accuracy, val_loss, val_accuracy},
 *              dead: {layer1: {units, inactive, dead, dormant, saturated, recycled}, ...}, elapsed_ms}],
 *  "summary": [{scenario, activation, trials, diverged, test_accuracy: {mean, std, ci_low, ci_high, n}, train_accuracy,
 *               final_val_loss, final_train_loss, dead: {layer1: {units, mean_final, mean_max, max, mean_final_inactive,
 *               mean_final_dormant, trials_with_dead, trials_dead_at_end, first_epoch, first_epoch_range: [min, max],
 *               final_range: [min, max], mean_recycled, mean_final_saturated, final_saturated_range: [min, max],
 *               trials_saturated_at_end}}, vs_baseline: {baseline, difference, t, df, p}}],
 *  "simulation": {summary, progressions: [{label, units, dead_per_epoch}]}}
 * </pre>
 * Settings and configurations are written in the command line's spec syntax ({@code adam:0.05}, {@code 64,32}); every
 * per-epoch array has one entry per completed epoch and every count is a number of units on the probe.
 *
 * <p>Numbers are written with {@link Double#toString}, so parsing gives back the same double. A value that is not
 * a number — the metrics of a diverged trial, the spread of a single seed, an undefined statistic — is written as
 * {@code null}, never as {@code NaN}. {@code diverged_epoch} and {@code first_epoch} are {@code null} when there
 * is none.
 *
 * <p>The only fields that differ between two runs of the same study are the timings: {@code created_at} in the
 * provenance and {@code elapsed_ms} of each trial. {@link Timings#OMITTED} leaves both out, so that two runs can be
 * compared byte for byte; with {@code jq} the equivalent is {@code del(.provenance.created_at, .trials[].elapsed_ms)}.
 */
public final class ResultsJsonWriter {

    /** Whether to include the fields that differ from run to run ({@code created_at}, {@code elapsed_ms}). */
    public enum Timings {
        /** Written by the study: the wall-clock fields are part of the record. */
        INCLUDED,
        /** For comparisons: identical inputs give identical bytes. */
        OMITTED
    }

    /** The version of the layout above; a reader refuses any other. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultsJsonWriter() {
    }

    /** Writes {@code result} with timings to {@code file}, atomically. */
    public static void write(StudyResult result, Path file) throws IOException {
        byte[] bytes = toBytes(result, Timings.INCLUDED);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The UTF-8 JSON document for {@code result}, ending with a newline. */
    public static byte[] toBytes(StudyResult result, Timings timings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(JsonStyle.printer());
            new Document(json, timings == Timings.INCLUDED).study(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results.json", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * Writes {@code provenance} as the {@code "provenance"} field of the object being written, in the layout of
     * {@code results.json}; the sweep's results use the same layout. {@code created_at} only with {@code timings}.
     */
    static void writeProvenance(JsonGenerator json, Provenance provenance, boolean timings) throws IOException {
        new Document(json, timings).provenance(provenance);
    }

    /**
     * Writes the fields of one trial — {@code activation, scenario, seed, status, diverged_epoch, train_accuracy,
     * test_accuracy, train_loss, test_loss, history, dead} and, with {@code timings}, {@code elapsed_ms} — into the
     * object being written: the one codec of a trial, used by the study's {@code trials} and by the sweep's trial
     * log and results ({@link SweepTrialJson}); {@link ResultsJsonReader#readTrial} reads them back.
     */
    static void writeTrialFields(JsonGenerator json, TrialResult trial, boolean timings) throws IOException {
        new Document(json, timings).trialFields(trial);
    }

    /** One document being written; holds the generator so that the helpers stay short. */
    private static final class Document {

        private final JsonGenerator json;
        private final boolean timings;

        Document(JsonGenerator json, boolean timings) {
            this.json = json;
            this.timings = timings;
        }

        void study(StudyResult result) throws IOException {
            json.writeStartObject();
            json.writeNumberField("schema_version", SCHEMA_VERSION);
            json.writeStringField("relulab_version", result.provenance().version());
            provenance(result.provenance());
            strings("activations", result.activations());
            json.writeArrayFieldStart("scenarios");
            for (ScenarioSummary scenario : result.scenarios()) {
                scenario(scenario);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("trials");
            for (TrialResult trial : result.trials()) {
                trial(trial);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("summary");
            for (ScenarioSummary scenario : result.scenarios()) {
                for (VariantSummary variant : scenario.variants()) {
                    variant(variant, scenario.baseline());
                }
            }
            json.writeEndArray();
            simulation(result);
            json.writeEndObject();
        }

        private void provenance(Provenance provenance) throws IOException {
            json.writeObjectFieldStart("provenance");
            json.writeStringField("command", provenance.command());
            stringMap("settings", provenance.settings());
            ProbeSet probe = provenance.measurement().probe();
            json.writeObjectFieldStart("probe");
            json.writeStringField("kind", probe.kind().name().toLowerCase(Locale.ROOT));
            json.writeNumberField("rows", probe.rows());
            json.writeStringField("description", probe.describe());
            number("saturation_eps", provenance.measurement().saturationEpsilon());
            json.writeEndObject();
            Optional<RedoSettings> redo = provenance.measurement().redo();
            if (redo.isEmpty()) {
                json.writeNullField("redo");
            } else {
                json.writeObjectFieldStart("redo");
                json.writeNumberField("period", redo.get().period());
                number("tau", redo.get().tau());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("data");
            json.writeStringField("description", provenance.dataDescription());
            json.writeStringField("fingerprint", provenance.dataFingerprint());
            json.writeNumberField("train_rows", provenance.trainRows());
            json.writeNumberField("test_rows", provenance.testRows());
            json.writeNumberField("features", provenance.features());
            json.writeEndObject();
            json.writeObjectFieldStart("machine");
            json.writeBooleanField("fused_multiply_add", provenance.fusedMultiplyAdd());
            json.writeStringField("java_version", provenance.javaVersion());
            json.writeEndObject();
            if (timings) {
                json.writeStringField("created_at", provenance.createdAt() == null ? null : provenance.createdAt().toString());
            }
            json.writeEndObject();
        }

        private void scenario(ScenarioSummary scenario) throws IOException {
            json.writeStartObject();
            json.writeStringField("name", scenario.scenario());
            json.writeStringField("description", scenario.setup().description());
            stringMap("configuration", scenario.setup().configuration());
            json.writeStringField("baseline", scenario.baseline());
            strings("observations", scenario.observations());
            strings("findings", scenario.findings());
            json.writeArrayFieldStart("comparisons");
            for (Comparison comparison : scenario.comparisons()) {
                json.writeStartObject();
                json.writeStringField("first", comparison.first());
                json.writeStringField("second", comparison.second());
                number("difference", comparison.test().map(WelchTest::meanDifference).orElse(Double.NaN));
                number("p", comparison.test().map(WelchTest::pValue).orElse(Double.NaN));
                number("p_holm", comparison.adjustedPValue());
                json.writeBooleanField("significant", comparison.isSignificant());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void stringMap(String name, Map<String, String> values) throws IOException {
            json.writeObjectFieldStart(name);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
        }

        private void trial(TrialResult trial) throws IOException {
            json.writeStartObject();
            trialFields(trial);
            json.writeEndObject();
        }

        private void trialFields(TrialResult trial) throws IOException {
            json.writeStringField("activation", trial.activation());
            json.writeStringField("scenario", trial.scenario());
            json.writeNumberField("seed", trial.seed());
            json.writeStringField("status", trial.status().label());
            positiveOrNull("diverged_epoch", trial.divergedEpoch());
            number("train_accuracy", trial.trainAccuracy());
            number("test_accuracy", trial.testAccuracy());
            number("train_loss", trial.trainLoss());
            number("test_loss", trial.testLoss());
            TrialHistory history = trial.history();
            json.writeObjectFieldStart("history");
            numbers("loss", history.loss());
            numbers("accuracy", history.accuracy());
            numbers("val_loss", history.validationLoss());
            numbers("val_accuracy", history.validationAccuracy());
            json.writeEndObject();
            json.writeObjectFieldStart("dead");
            for (LayerDeadCounts layer : trial.deadCounts()) {
                json.writeObjectFieldStart(layer.layer());
                json.writeNumberField("units", layer.units());
                integers("inactive", layer.inactive());
                integers("dead", layer.dead());
                integers("dormant", layer.dormant());
                integers("saturated", layer.saturated());
                integers("recycled", layer.recycled());
                json.writeEndObject();
            }
            json.writeEndObject();
            if (timings) {
                json.writeNumberField("elapsed_ms", trial.elapsedNanos() / 1e6);
            }
        }

        private void variant(VariantSummary variant, String baseline) throws IOException {
            json.writeStartObject();
            json.writeStringField("scenario", variant.scenario());
            json.writeStringField("activation", variant.activation());
            json.writeNumberField("trials", variant.trials());
            json.writeNumberField("diverged", variant.diverged());
            summary("test_accuracy", variant.testAccuracy());
            summary("train_accuracy", variant.trainAccuracy());
            summary("final_val_loss", variant.finalValidationLoss());
            summary("final_train_loss", variant.finalTrainingLoss());
            json.writeObjectFieldStart("dead");
            for (LayerSummary layer : variant.layers()) {
                json.writeObjectFieldStart(layer.layer());
                json.writeNumberField("units", layer.units());
                number("mean_final", layer.meanFinalDead());
                number("mean_max", layer.meanMaxDead());
                json.writeNumberField("max", layer.maxDead());
                number("mean_final_inactive", layer.meanFinalInactive());
                number("mean_final_dormant", layer.meanFinalDormant());
                json.writeNumberField("trials_with_dead", layer.trialsWithDeadUnits());
                json.writeNumberField("trials_dead_at_end", layer.trialsDeadAtEnd());
                positiveOrNull("first_epoch", layer.firstEpochWithDeadUnits());
                range("first_epoch_range", layer.firstEpochDeadRange());
                range("final_range", layer.finalDeadRange());
                number("mean_recycled", layer.meanRecycled());
                number("mean_final_saturated", layer.meanFinalSaturated());
                range("final_saturated_range", layer.finalSaturatedRange());
                json.writeNumberField("trials_saturated_at_end", layer.trialsSaturatedAtEnd());
                json.writeEndObject();
            }
            json.writeEndObject();
            Optional<WelchTest> test = variant.versusBaseline();
            if (test.isEmpty()) {
                json.writeNullField("vs_baseline");
            } else {
                json.writeObjectFieldStart("vs_baseline");
                json.writeStringField("baseline", baseline);
                number("difference", test.get().meanDifference());
                number("t", test.get().statistic());
                number("df", test.get().degreesOfFreedom());
                number("p", test.get().pValue());
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        private void simulation(StudyResult result) throws IOException {
            json.writeObjectFieldStart("simulation");
            json.writeStringField("summary", result.simulationSummary());
            json.writeArrayFieldStart("progressions");
            for (DyingProgression progression : result.progressions()) {
                json.writeStartObject();
                json.writeStringField("label", progression.label());
                json.writeNumberField("units", progression.units());
                numbers("dead_per_epoch", progression.deadPerEpoch());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void summary(String name, Optional<Summary> summary) throws IOException {
            if (summary.isEmpty()) {
                json.writeNullField(name);
                return;
            }
            Summary s = summary.get();
            json.writeObjectFieldStart(name);
            number("mean", s.mean());
            number("std", s.standardDeviation());
            number("ci_low", s.confidenceLow());
            number("ci_high", s.confidenceHigh());
            json.writeNumberField("n", s.count());
            json.writeEndObject();
        }

        private void number(String name, double value) throws IOException {
            json.writeFieldName(name);
            value(value);
        }

        private void value(double value) throws IOException {
            if (Double.isFinite(value)) {
                json.writeNumber(value);
            } else {
                json.writeNull();
            }
        }

        private void numbers(String name, double[] values) throws IOException {
            json.writeArrayFieldStart(name);
            for (double value : values) {
                value(value);
            }
            json.writeEndArray();
        }

        private void integers(String name, int[] values) throws IOException {
            json.writeArrayFieldStart(name);
            for (int value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        }

        private void strings(String name, List<String> values) throws IOException {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }

        private void range(String name, CountRange range) throws IOException {
            integers(name, new int[] {range.min(), range.max()});
        }

        private void positiveOrNull(String name, int value) throws IOException {
            if (value > 0) {
                json.writeNumberField(name, value);
            } else {
                json.writeNullField(name);
            }
        }
    }
}
