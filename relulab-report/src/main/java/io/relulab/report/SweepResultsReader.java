package io.relulab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.Measurement;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.RedoSettings;
import io.relulab.sweep.CellKey;
import io.relulab.sweep.SweepTrialResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a sweep's {@code results.json} ({@link SweepReportWriter}) back: its provenance, baseline and every trial
 * ({@link SweepTrialJson}), so that {@code relulab report} can re-render the dying map without training. Problems
 * are one-line {@link IllegalArgumentException}s naming the file and the field.
 */
public final class SweepResultsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepResultsReader() {
    }

    /**
     * What a sweep's results file holds.
     *
     * @param provenance how it was run
     * @param baseline the baseline activation
     * @param trials every trial
     * @param cells the cells in the sweep's order (the order of its findings and figures)
     */
    public record Contents(Provenance provenance, String baseline, List<SweepTrialResult> trials, List<CellKey> cells) {
    }

    /** Whether {@code file} is a sweep's results file ({@code "kind": "sweep"}); false for a study's or unreadable JSON. */
    public static boolean isSweep(Path file) {
        try {
            JsonNode kind = MAPPER.readTree(file.toFile()).get("kind");
            return kind != null && "sweep".equals(kind.asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads {@code file}. */
    public static Contents read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        String source = file.toString();
        JsonNode version = root.get("schema_version");
        if (version == null || version.asInt() != SweepReportWriter.SCHEMA_VERSION) {
            throw new IllegalArgumentException("results file " + source + ": expected sweep schema_version "
                    + SweepReportWriter.SCHEMA_VERSION + ", got " + version);
        }
        JsonNode provenance = field(root, "provenance", source);
        Map<String, String> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = field(provenance, "settings", source).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            settings.put(entry.getKey(), entry.getValue().asText());
        }
        JsonNode probe = field(provenance, "probe", source);
        JsonNode redo = field(provenance, "redo", source);
        JsonNode data = field(provenance, "data", source);
        JsonNode machine = field(provenance, "machine", source);
        Provenance read = new Provenance(field(root, "relulab_version", source).asText(), field(provenance, "command", source).asText(),
                settings,
                new Measurement(new ProbeSet(ProbeSet.Kind.valueOf(field(probe, "kind", source).asText().toUpperCase(Locale.ROOT)),
                        field(probe, "rows", source).asInt()),
                        redo.isNull() ? Optional.empty()
                                : Optional.of(new RedoSettings(field(redo, "period", source).asInt(), field(redo, "tau", source).asDouble()))),
                field(data, "description", source).asText(), field(data, "fingerprint", source).asText(),
                field(data, "train_rows", source).asInt(), field(data, "test_rows", source).asInt(), field(data, "features", source).asInt(),
                field(machine, "fused_multiply_add", source).asBoolean(), field(machine, "java_version", source).asText(),
                Instant.parse(field(provenance, "created_at", source).asText()));
        List<SweepTrialResult> trials = new ArrayList<>();
        for (JsonNode trial : field(root, "trials", source)) {
            try {
                trials.add(SweepTrialJson.read(trial));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("results file " + source + ": trials[" + trials.size() + "]: " + e.getMessage());
            }
        }
        List<CellKey> cells = new ArrayList<>();
        for (JsonNode cell : field(root, "cells", source)) {
            JsonNode key = field(cell, "cell", source);
            cells.add(new CellKey(field(key, "activation", source).asText(), field(key, "learning_rate", source).asDouble(),
                    field(key, "depth", source).asInt(), field(key, "width", source).asInt(), field(key, "init", source).asText(),
                    field(key, "optimizer", source).asText(), field(key, "redo", source).asBoolean(), field(key, "data", source).asText()));
        }
        return new Contents(read, field(root, "baseline", source).asText(), trials, cells);
    }

    private static JsonNode field(JsonNode node, String name, String source) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException("results file " + source + ": no \"" + name + "\"");
        }
        return value;
    }
}
