package io.relulab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.DyingProgression;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.Measurement;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.RedoSettings;
import io.relulab.experiment.ScenarioSetup;
import io.relulab.experiment.StudyAggregator;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.TrialStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code results.json} written by {@link ResultsJsonWriter} (schema version
 * {@value ResultsJsonWriter#SCHEMA_VERSION}) back into a {@link StudyResult}: provenance, scenarios as they ran,
 * every trial and the toy simulation are read; the summaries, comparisons, observations and findings are computed
 * again from the trials by {@link StudyAggregator}, exactly as the study computed them. So the report rebuilt from
 * a results file is the study's own, and an old study can be re-rendered with the current report.
 *
 * <p>A {@code null} number (a metric of a diverged trial) is read as NaN. A file that is not such a document fails
 * with a one-line {@link IllegalArgumentException} naming the file, the field and what was expected.
 */
public final class ResultsJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultsJsonReader() {
    }

    /** Reads {@code file}. */
    public static StudyResult read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("results file " + file + " does not exist");
        }
        return parse(bytes, file.toString());
    }

    /** Parses a results document; {@code source} names it in error messages. */
    public static StudyResult parse(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("results file " + source + " is not JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException("results file " + source + " cannot be read: " + e.getMessage());
        }
        return new Document(root, "results file " + source).study();
    }

    /**
     * Reads one trial object as {@link ResultsJsonWriter#writeTrialFields} writes it (other fields are ignored);
     * the one codec of a trial, also used by the sweep ({@link SweepTrialJson}).
     *
     * @param source names the document in a one-line error, e.g. {@code results file A/results.json}
     * @throws IllegalArgumentException naming the source and the field if the object is not such a trial
     */
    public static TrialResult readTrial(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": a trial is not a JSON object");
        }
        return new Document(node, source).trial(node);
    }

    /**
     * Reads the {@code provenance} object of a results document (the study's and the sweep's share its layout,
     * {@link ResultsJsonWriter#writeProvenance}).
     *
     * @param version the document's {@code relulab_version}
     * @param source names the document in a one-line error, e.g. {@code results file A/results.json}
     */
    public static Provenance readProvenance(JsonNode node, String version, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": provenance is missing or malformed; expected an object");
        }
        return new Document(node, source).provenance(node, version);
    }

    /** One document being read; names the source (e.g. {@code results file A/results.json}) in every error. */
    private record Document(JsonNode root, String source) {

        StudyResult study() {
            if (root == null || !root.isObject()) {
                throw error("the document", "a JSON object");
            }
            JsonNode version = root.get("schema_version");
            if (version == null || !version.isInt()) {
                throw error("schema_version", "schema_version " + ResultsJsonWriter.SCHEMA_VERSION
                        + " (a results file written by relulab study)");
            }
            if (version.intValue() != ResultsJsonWriter.SCHEMA_VERSION) {
                throw new IllegalArgumentException(source + ": schema_version " + version.intValue()
                        + " is not supported; expected " + ResultsJsonWriter.SCHEMA_VERSION);
            }
            Provenance provenance = provenance(field(root, "provenance"), text(root, "relulab_version"));
            List<String> activations = strings(field(root, "activations"), "activations");
            List<ScenarioSetup> scenarios = new ArrayList<>();
            for (JsonNode scenario : array(root, "scenarios")) {
                scenarios.add(new ScenarioSetup(text(scenario, "name"), text(scenario, "description"),
                        stringMap(field(scenario, "configuration"))));
            }
            List<TrialResult> trials = new ArrayList<>();
            for (JsonNode trial : array(root, "trials")) {
                trials.add(trial(trial));
            }
            JsonNode simulation = field(root, "simulation");
            List<DyingProgression> progressions = new ArrayList<>();
            for (JsonNode progression : array(simulation, "progressions")) {
                progressions.add(new DyingProgression(text(progression, "label"), integer(progression, "units"),
                        numbers(field(progression, "dead_per_epoch"))));
            }
            return new StudyResult(provenance, activations, trials,
                    StudyAggregator.aggregate(trials, scenarios, activations, StudyAggregator.DEFAULT_BASELINE, provenance.measurement()),
                    text(simulation, "summary"), progressions);
        }

        private Provenance provenance(JsonNode node, String version) {
            JsonNode probe = field(node, "probe");
            ProbeSet probeSet;
            try {
                probeSet = new ProbeSet(ProbeSet.Kind.valueOf(text(probe, "kind").toUpperCase(Locale.ROOT)), integer(probe, "rows"));
            } catch (IllegalArgumentException e) {
                throw error("provenance.probe", "kind first_rows, full or streamed with valid rows");
            }
            JsonNode redoNode = field(node, "redo");
            Optional<RedoSettings> redo = redoNode.isNull() ? Optional.empty()
                    : Optional.of(new RedoSettings(integer(redoNode, "period"), number(field(redoNode, "tau"))));
            double saturationEpsilon = number(field(probe, "saturation_eps"));
            JsonNode data = field(node, "data");
            JsonNode machine = field(node, "machine");
            JsonNode created = node.get("created_at");
            Instant createdAt = null;
            if (created != null && !created.isNull()) {
                try {
                    createdAt = Instant.parse(created.asText());
                } catch (DateTimeParseException e) {
                    throw error("provenance.created_at", "an ISO-8601 instant");
                }
            }
            JsonNode fma = field(machine, "fused_multiply_add");
            if (!fma.isBoolean()) {
                throw error("provenance.machine.fused_multiply_add", "true or false");
            }
            return new Provenance(version, text(node, "command"), stringMap(field(node, "settings")),
                    new Measurement(probeSet, saturationEpsilon, redo),
                    text(data, "description"), text(data, "fingerprint"), integer(data, "train_rows"), integer(data, "test_rows"),
                    integer(data, "features"), fma.booleanValue(), text(machine, "java_version"), createdAt);
        }

        private TrialResult trial(JsonNode node) {
            TrialStatus status;
            try {
                status = TrialStatus.valueOf(text(node, "status").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("trials[].status", "completed, stopped_early or diverged");
            }
            JsonNode history = field(node, "history");
            List<LayerDeadCounts> dead = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> layers = field(node, "dead").fields();
            while (layers.hasNext()) {
                Map.Entry<String, JsonNode> layer = layers.next();
                JsonNode counts = layer.getValue();
                dead.add(new LayerDeadCounts(layer.getKey(), integer(counts, "units"), integers(field(counts, "inactive")),
                        integers(field(counts, "dead")), integers(field(counts, "dormant")), integers(field(counts, "saturated")),
                        integers(field(counts, "recycled"))));
            }
            JsonNode diverged = field(node, "diverged_epoch");
            JsonNode elapsed = node.get("elapsed_ms");
            return new TrialResult(text(node, "scenario"), text(node, "activation"), field(node, "seed").longValue(), status,
                    diverged.isNull() ? 0 : diverged.intValue(),
                    number(field(node, "train_accuracy")), number(field(node, "test_accuracy")),
                    number(field(node, "train_loss")), number(field(node, "test_loss")),
                    new TrialHistory(numbers(field(history, "loss")), numbers(field(history, "accuracy")),
                            numbers(field(history, "val_loss")), numbers(field(history, "val_accuracy"))),
                    dead, elapsed == null || elapsed.isNull() ? 0 : Math.round(elapsed.doubleValue() * 1e6));
        }

        private JsonNode field(JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null) {
                throw error(name, "a field '" + name + "'");
            }
            return value;
        }

        private Iterable<JsonNode> array(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isArray()) {
                throw error(name, "an array");
            }
            return value;
        }

        private String text(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.isTextual()) {
                throw error(name, "a string");
            }
            return value.textValue();
        }

        private int integer(JsonNode node, String name) {
            JsonNode value = field(node, name);
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                throw error(name, "an integer");
            }
            return value.intValue();
        }

        private double number(JsonNode value) {
            if (value.isNull()) {
                return Double.NaN;
            }
            if (!value.isNumber()) {
                throw error(value.toString(), "a number or null");
            }
            return value.doubleValue();
        }

        private double[] numbers(JsonNode array) {
            double[] values = new double[array.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(array.get(i));
            }
            return values;
        }

        private int[] integers(JsonNode array) {
            int[] values = new int[array.size()];
            for (int i = 0; i < values.length; i++) {
                if (!array.get(i).isIntegralNumber()) {
                    throw error(array.toString(), "an array of integers");
                }
                values[i] = array.get(i).intValue();
            }
            return values;
        }

        private List<String> strings(JsonNode array, String name) {
            List<String> values = new ArrayList<>();
            for (JsonNode value : array) {
                if (!value.isTextual()) {
                    throw error(name, "an array of strings");
                }
                values.add(value.textValue());
            }
            return values;
        }

        private Map<String, String> stringMap(JsonNode node) {
            Map<String, String> values = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return values;
        }

        private IllegalArgumentException error(String field, String expected) {
            return new IllegalArgumentException(source + ": " + field + " is missing or malformed; expected "
                    + expected);
        }
    }
}
