package io.relulab.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.LayerSummary;
import io.relulab.experiment.Provenance;
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
import java.util.Map;
import java.util.Optional;

/**
 * Writes a study as {@code results.json}: provenance, every trial with its per-epoch history and dead-neuron
 * counts, the per-scenario and per-activation summaries, and the findings.
 *
 * <p>Layout (snake_case keys, in this order):
 * <pre>
 * {"relulab_version", "provenance": {command, configuration, data_description, data_fingerprint, java_version, created_at},
 *  "activations": [...], "scenarios": [...],
 *  "trials": [{activation, scenario, seed, status, diverged_epoch, train_accuracy, test_accuracy, train_loss, test_loss,
 *              history: {loss, accuracy, val_loss, val_accuracy}, dead: {layer1: {units, inactive, dead, dormant}, ...},
 *              elapsed_ms}],
 *  "summary": [{scenario, activation, trials, diverged, test_accuracy: {mean, std, ci_low, ci_high, n}, train_accuracy,
 *               final_val_loss, final_train_loss, dead: {layer1: {units, mean_final, mean_max, max, mean_final_inactive,
 *               mean_final_dormant, trials_with_dead, first_epoch}}, vs_baseline: {baseline, difference, t, df, p}}],
 *  "findings": {scenario: [...]}, "simulation": {summary, progressions: [{label, units, dead_per_epoch}]}}
 * </pre>
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
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(printer);
            new Document(json, timings == Timings.INCLUDED).study(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results.json", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
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
            json.writeStringField("relulab_version", result.provenance().version());
            provenance(result.provenance());
            strings("activations", result.activations());
            strings("scenarios", result.scenarios().stream().map(ScenarioSummary::scenario).toList());
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
            json.writeObjectFieldStart("findings");
            for (ScenarioSummary scenario : result.scenarios()) {
                strings(scenario.scenario(), scenario.findings());
            }
            json.writeEndObject();
            simulation(result);
            json.writeEndObject();
        }

        private void provenance(Provenance provenance) throws IOException {
            json.writeObjectFieldStart("provenance");
            json.writeStringField("command", provenance.command());
            json.writeObjectFieldStart("configuration");
            for (Map.Entry<String, String> setting : provenance.configuration().entrySet()) {
                json.writeStringField(setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeStringField("data_description", provenance.dataDescription());
            json.writeStringField("data_fingerprint", provenance.dataFingerprint());
            json.writeStringField("java_version", provenance.javaVersion());
            if (timings) {
                json.writeStringField("created_at", provenance.createdAt() == null ? null : provenance.createdAt().toString());
            }
            json.writeEndObject();
        }

        private void trial(TrialResult trial) throws IOException {
            json.writeStartObject();
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
                json.writeEndObject();
            }
            json.writeEndObject();
            if (timings) {
                json.writeNumberField("elapsed_ms", trial.elapsedNanos() / 1e6);
            }
            json.writeEndObject();
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
                positiveOrNull("first_epoch", layer.firstEpochWithDeadUnits());
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

        private void positiveOrNull(String name, int value) throws IOException {
            if (value > 0) {
                json.writeNumberField(name, value);
            } else {
                json.writeNullField(name);
            }
        }
    }
}
