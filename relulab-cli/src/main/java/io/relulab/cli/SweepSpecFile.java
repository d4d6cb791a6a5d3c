package io.relulab.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.activation.Activation;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import io.relulab.sweep.SweepData;
import io.relulab.sweep.SweepSettings;
import io.relulab.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code relulab sweep --spec FILE} format: a whole sweep as one JSON object whose fields are the sweep's options
 * without the leading dashes and with {@code _} for {@code -}. Every field is optional (a missing one takes the
 * option's default), explicit command-line options override the file's values, and unknown fields are refused.
 * <pre>
 * {"learning_rates": [0.001, 0.05],                     numbers &gt; 0
 *  "depths": [2, 3], "widths": [16],                    integers &gt;= 1 (a grid: every depth with every width) — or
 *  "hidden": [[64, 32], [128]],                         explicit lists of layer widths (not with depths/widths)
 *  "activations": ["relu", "leaky_relu:0.1"],           activation specs; the first is the baseline
 *  "inits": ["glorot_uniform", "he_normal"],            initializer names
 *  "optimizers": ["adam", "sgd:0.01,0.9"],              optimizer specs (the sweep's learning rates replace theirs)
 *  "redo": ["off", "on"],                               ReDo off and/or on
 *  "epochs": [4, 8],                                    integers &gt;= 1
 *  "seeds": 5 | "10-19" | [0, 1, 2],                   a count, a range or a list (as --seeds)
 *  "batch_size": 32, "probe": "first100",               first100, full or stream
 *  "data": "notebook" | "csv:PATH", "target": "label", "test_size": 0.2, "split_seed": 42,
 *  "redo_period": 25, "redo_tau": 0.1}
 * </pre>
 * The engine options ({@code --engine}, {@code --master}, {@code --partitions}, {@code --threads}) and {@code --out}
 * are not part of a spec: they change where trials run, not what they measure. A sweep's {@code results.json}
 * records its expanded spec ({@link #toJson}: every field, defaults filled in) as {@code "spec"}, and
 * {@code --spec} also reads such a results file, so {@code relulab sweep --spec A/results.json --out B} runs the
 * same trials again. A bad file is a one-line error naming the file, the field, the value and what was expected.
 */
final class SweepSpecFile {

    /** The fields a spec may have, in the order {@link #toJson} writes them. */
    static final List<String> FIELDS = List.of("learning_rates", "depths", "widths", "hidden", "activations", "inits", "optimizers",
            "redo", "epochs", "seeds", "batch_size", "probe", "data", "target", "test_size", "split_seed", "redo_period", "redo_tau");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A sweep results file's per-trial arrays, which a spec does not need. */
    private static final List<String> RESULTS_ARRAYS = List.of("trials", "cells", "comparisons");

    /**
     * The values a spec file gives; {@code null} where it gives none.
     */
    record Values(List<Double> learningRates, List<Integer> depths, List<Integer> widths, List<List<Integer>> hidden,
            List<Activation> activations, List<Initializer> inits, List<OptimizerConfig> optimizers, List<String> redo,
            List<Integer> epochs, List<Long> seeds, Integer batchSize, ProbeSet probe, String data, String target, Double testSize,
            Long splitSeed, Integer redoPeriod, Double redoTau) {
    }

    private final String source;

    private SweepSpecFile(String source) {
        this.source = source;
    }

    /**
     * Reads {@code file}: a spec, or a sweep's {@code results.json} (its {@code "spec"}).
     *
     * @throws IllegalArgumentException one line naming the file, the field, the value and what was expected
     */
    static Values read(Path file) throws IOException {
        JsonNode root;
        try {
            root = topLevel(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--spec " + file + ": the file does not exist");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("--spec " + file + ": not JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("--spec " + file + ": expected a JSON object with the sweep's fields, got "
                    + (root == null ? "an empty file" : shown(root)));
        }
        if (root.has("kind") && "sweep".equals(root.get("kind").asText()) && root.has("spec")) {
            return new SweepSpecFile("--spec " + file + " (its \"spec\")").parse(root.get("spec"));
        }
        return new SweepSpecFile("--spec " + file).parse(root);
    }

    /**
     * The file's JSON value; of a sweep's results file ({@code "kind": "sweep"}) only the small top-level fields —
     * its per-trial arrays, megabytes for a large sweep, are skipped while parsing, never held.
     */
    private static JsonNode topLevel(Path file) throws IOException {
        try (JsonParser parser = MAPPER.createParser(Files.newInputStream(file))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return first == null ? null : MAPPER.readTree(parser);
            }
            ObjectNode root = MAPPER.createObjectNode();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                boolean results = root.has("kind") && "sweep".equals(root.get("kind").asText());
                if (results && RESULTS_ARRAYS.contains(name) && value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    root.set(name, MAPPER.readTree(parser));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new JsonParseException(parser, "expected the end of the object");
            }
            return root;
        }
    }

    /** Parses a spec object (see the class comment). */
    static Values parse(JsonNode spec, String source) {
        return new SweepSpecFile(source).parse(spec);
    }

    private Values parse(JsonNode spec) {
        if (!spec.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object with the sweep's fields, got " + shown(spec));
        }
        for (Iterator<String> names = spec.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(source + ": unknown field \"" + name + "\"; expected one of " + String.join(", ", FIELDS));
            }
        }
        if (spec.has("hidden") && (spec.has("depths") || spec.has("widths"))) {
            throw new IllegalArgumentException(source + ": \"hidden\" and \"depths\"/\"widths\" are alternatives; give either "
                    + "explicit lists of widths or a depths x widths grid");
        }
        return new Values(
                list(spec, "learning_rates", "finite numbers > 0", node -> {
                    double rate = node.isNumber() ? node.doubleValue() : Double.NaN;
                    return rate > 0 && Double.isFinite(rate) ? rate : null;
                }),
                list(spec, "depths", "integers >= 1", SweepSpecFile::positiveInt),
                list(spec, "widths", "integers >= 1", SweepSpecFile::positiveInt),
                list(spec, "hidden", "arrays of integers >= 1, e.g. [[64, 32], [128]]", this::widthList),
                specs(spec, "activations", "activation specs", ActivationSpecs::parse),
                specs(spec, "inits", "initializer names", InitializerSpecs::parse),
                specs(spec, "optimizers", "optimizer specs", OptimizerSpecs::parse),
                list(spec, "redo", "\"off\" or \"on\"", node -> node.isTextual() && List.of(SweepCommand.redoWord(false), SweepCommand.redoWord(true)).contains(node.textValue())
                        ? node.textValue() : null),
                list(spec, "epochs", "integers >= 1", SweepSpecFile::positiveInt),
                seeds(spec),
                scalar(spec, "batch_size", "an integer >= 1", SweepSpecFile::positiveInt),
                scalar(spec, "probe", "first100, full or stream", node -> {
                    if (!node.isTextual()) {
                        return null;
                    }
                    try {
                        return new StudyCommand.ProbeConverter().convert(node.textValue());
                    } catch (RuntimeException e) {
                        return null;
                    }
                }),
                scalar(spec, "data", "\"notebook\" or \"csv:PATH\"", node -> node.isTextual()
                        && (node.textValue().equals("notebook") || node.textValue().startsWith("csv:") && node.textValue().length() > 4)
                        ? node.textValue() : null),
                scalar(spec, "target", "a column name", node -> node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null),
                scalar(spec, "test_size", "a number in (0, 1)", node -> node.isNumber() && node.doubleValue() > 0 && node.doubleValue() < 1
                        ? node.doubleValue() : null),
                scalar(spec, "split_seed", "an integer", node -> node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null),
                scalar(spec, "redo_period", "an integer >= 1", SweepSpecFile::positiveInt),
                scalar(spec, "redo_tau", "a number >= 0", node -> node.isNumber() && node.doubleValue() >= 0 && Double.isFinite(node.doubleValue())
                        ? node.doubleValue() : null));
    }

    /**
     * The expanded spec: every field of {@code spec}, with the values the run used (defaults filled in), in the
     * file format — what a sweep's results.json records and {@link #read} reads back.
     */
    static ObjectNode toJson(SweepSpec spec) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode rates = json.putArray("learning_rates");
        spec.learningRates().forEach(rates::add);
        if (spec.layers().isGrid()) {
            ArrayNode depths = json.putArray("depths");
            spec.layers().depths().forEach(depths::add);
            ArrayNode widths = json.putArray("widths");
            spec.layers().widths().forEach(widths::add);
        } else {
            ArrayNode hidden = json.putArray("hidden");
            for (List<Integer> layers : spec.layers().explicit()) {
                ArrayNode list = hidden.addArray();
                layers.forEach(list::add);
            }
        }
        ArrayNode activations = json.putArray("activations");
        spec.activations().forEach(a -> activations.add(a.spec()));
        ArrayNode inits = json.putArray("inits");
        spec.initializers().forEach(i -> inits.add(i.spec()));
        ArrayNode optimizers = json.putArray("optimizers");
        spec.optimizers().forEach(o -> optimizers.add(o.spec()));
        ArrayNode redo = json.putArray("redo");
        spec.redo().forEach(on -> redo.add(SweepCommand.redoWord(on)));
        ArrayNode epochs = json.putArray("epochs");
        spec.epochs().forEach(epochs::add);
        ArrayNode seeds = json.putArray("seeds");
        spec.seeds().forEach(seeds::add);
        SweepSettings settings = spec.settings();
        json.put("batch_size", settings.batchSize());
        json.put("probe", settings.probeKind() == ProbeSet.Kind.STREAMED ? "stream" : settings.probe().describe());
        SweepData data = settings.data();
        json.put("data", data.label());
        if (data.csvFile() != null) {
            json.put("target", data.target());
            json.put("test_size", data.testSize());
            json.put("split_seed", data.splitSeed());
        }
        json.put("redo_period", settings.redoPeriod());
        json.put("redo_tau", settings.redoTau());
        return json;
    }

    private static Integer positiveInt(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 1 ? node.intValue() : null;
    }

    private List<Integer> widthList(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return null;
        }
        List<Integer> widths = new ArrayList<>();
        for (JsonNode width : node) {
            Integer value = positiveInt(width);
            if (value == null) {
                return null;
            }
            widths.add(value);
        }
        return widths;
    }

    private List<Long> seeds(JsonNode spec) {
        JsonNode node = spec.get("seeds");
        if (node == null) {
            return null;
        }
        String expected = "a count N, a range \"A-B\" or an array of integers >= 0";
        if (node.isIntegralNumber() || node.isTextual()) {
            try {
                return SeedList.parse(node.asText());
            } catch (IllegalArgumentException e) {
                throw invalid("seeds", node, expected);
            }
        }
        return list(spec, "seeds", expected, value -> value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0
                ? value.longValue() : null);
    }

    /** A non-empty array whose every element {@code element} accepts (returns non-null). */
    private <T> List<T> list(JsonNode spec, String field, String expected, Function<JsonNode, T> element) {
        return array(spec, field, expected, (path, value) -> {
            T parsed = element.apply(value);
            if (parsed == null) {
                throw invalid(path, value, expected);
            }
            return parsed;
        });
    }

    /** An array of spec strings, each parsed by {@code parser} (whose one-line message says what is wrong). */
    private <T> List<T> specs(JsonNode spec, String field, String expected, Function<String, T> parser) {
        return array(spec, field, expected, (path, value) -> {
            if (!value.isTextual()) {
                throw invalid(path, value, expected + " (strings)");
            }
            try {
                return parser.apply(value.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + path + " = " + shown(value) + ": " + e.getMessage());
            }
        });
    }

    /**
     * The field as a non-empty array, each element turned into a value by {@code element} (given its path
     * {@code field[i]}, for the message); null when the field is absent.
     */
    private <T> List<T> array(JsonNode spec, String field, String expected, BiFunction<String, JsonNode, T> element) {
        JsonNode node = spec.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw invalid(field, node, "a non-empty array of " + expected);
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(element.apply(field + "[" + i + "]", node.get(i)));
        }
        return values;
    }

    private <T> T scalar(JsonNode spec, String field, String expected, Function<JsonNode, T> parse) {
        JsonNode node = spec.get(field);
        if (node == null) {
            return null;
        }
        T value = parse.apply(node);
        if (value == null) {
            throw invalid(field, node, expected);
        }
        return value;
    }

    private IllegalArgumentException invalid(String field, JsonNode value, String expected) {
        return new IllegalArgumentException(source + ": " + field + " = " + shown(value) + "; expected " + expected);
    }

    /** A JSON value as one short line. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
