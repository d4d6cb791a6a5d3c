package io.relulab.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.experiment.TrialResult;
import io.relulab.sweep.CellKey;
import io.relulab.sweep.SweepTrialResult;
import io.relulab.sweep.TrialKey;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One sweep trial as one line of JSON — the format of the trial log ({@code DIR/trials/*.jsonl}) and of the
 * {@code trials} array of a sweep's {@code results.json}: the trial's key, then the fields of a study's trial
 * <pre>
 * {"key": {activation, learning_rate, hidden: [widths], init, optimizer, redo, epochs, data, seed},
 *  "activation", "scenario", "seed", "status", "diverged_epoch", "train_accuracy", "test_accuracy", "train_loss", "test_loss",
 *  "history": {loss, accuracy, val_loss, val_accuracy}, "dead": {layer1: {units, inactive, dead, dormant, saturated, recycled}, ...},
 *  "elapsed_ms"}
 * </pre>
 * The trial fields are written and read by the study's one trial codec ({@link ResultsJsonWriter#writeTrialFields},
 * {@link ResultsJsonReader#readTrial}); {@code scenario} is the key's setting. Numbers are written with
 * {@link Double#toString} and parsed back to the same double; a value that is not a number is {@code null}
 * ({@code NaN} on reading). {@link #read} inverts {@link #write} exactly, {@code elapsed_ms} to the microsecond.
 */
public final class SweepTrialJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SOURCE = "trial line";

    private SweepTrialJson() {
    }

    /** The trial as one line of JSON, without a line break. */
    public static String write(SweepTrialResult trial) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            write(json, trial, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a trial as JSON", e);
        }
        return text.toString();
    }

    /** Writes a cell's key fields (a trial key without its seed) into the object being written. */
    static void cellFields(JsonGenerator json, CellKey cell) throws IOException {
        json.writeStringField("activation", cell.activation());
        json.writeNumberField("learning_rate", cell.learningRate());
        json.writeArrayFieldStart("hidden");
        for (int width : cell.hidden()) {
            json.writeNumber(width);
        }
        json.writeEndArray();
        json.writeStringField("init", cell.init());
        json.writeStringField("optimizer", cell.optimizer());
        json.writeBooleanField("redo", cell.redo());
        json.writeNumberField("epochs", cell.epochs());
        json.writeStringField("data", cell.data());
    }

    /** Reads the fields {@link #cellFields} writes; {@code source} names the document in a one-line error. */
    static CellKey cellKey(JsonNode key, String source) {
        JsonNode hidden = required(key, "hidden", source);
        List<Integer> widths = new ArrayList<>();
        for (JsonNode width : hidden) {
            if (!width.isIntegralNumber()) {
                throw new IllegalArgumentException(source + ": key.hidden must be an array of integers, got " + hidden);
            }
            widths.add(width.intValue());
        }
        return new CellKey(text(key, "activation", source), required(key, "learning_rate", source).asDouble(), widths,
                text(key, "init", source), text(key, "optimizer", source), required(key, "redo", source).asBoolean(),
                required(key, "epochs", source).asInt(), text(key, "data", source));
    }

    /** Writes the trial as a JSON object to {@code json}, with or without its timing. */
    static void write(JsonGenerator json, SweepTrialResult trial, boolean timings) throws IOException {
        TrialKey key = trial.key();
        json.writeStartObject();
        json.writeObjectFieldStart("key");
        cellFields(json, CellKey.of(key));
        json.writeNumberField("seed", key.seed());
        json.writeEndObject();
        ResultsJsonWriter.writeTrialFields(json, trial.result(), timings);
        json.writeEndObject();
    }

    /**
     * Parses one line written by {@link #write(SweepTrialResult)}.
     *
     * @throws IllegalArgumentException if the line is not such a trial (one line naming what is wrong)
     */
    public static SweepTrialResult read(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON trial line: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON trial line: expected an object");
        }
        return read(node, SOURCE);
    }

    /** Parses one trial object (a line of the log, or an element of the {@code trials} array of results.json). */
    public static SweepTrialResult read(JsonNode node, String source) {
        JsonNode key = required(node, "key", source);
        CellKey cell = cellKey(key, source);
        TrialKey trialKey = new TrialKey(cell.activation(), cell.learningRate(), cell.hidden(), cell.init(), cell.optimizer(),
                cell.redo(), cell.epochs(), cell.data(), required(key, "seed", source).asLong());
        TrialResult result = ResultsJsonReader.readTrial(node, source);
        if (!result.activation().equals(trialKey.activation()) || result.seed() != trialKey.seed()) {
            throw new IllegalArgumentException(source + ": the trial's activation and seed (" + result.activation() + ", "
                    + result.seed() + ") differ from its key's (" + trialKey.activation() + ", " + trialKey.seed() + ")");
        }
        return new SweepTrialResult(trialKey, result);
    }

    private static JsonNode required(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException(source + " has no \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String source) {
        return required(node, field, source).asText();
    }
}
