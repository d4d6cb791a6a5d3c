package io.relulab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.experiment.Provenance;
import io.relulab.sweep.CellKey;
import io.relulab.sweep.SweepTrialResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * @param spec the expanded spec the sweep recorded ({@code relulab sweep --spec} reads it)
     */
    public record Contents(Provenance provenance, String baseline, List<SweepTrialResult> trials, List<CellKey> cells, JsonNode spec) {
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
        Provenance read = ResultsJsonReader.readProvenance(field(root, "provenance", source), field(root, "relulab_version", source).asText(),
                "results file " + source);
        List<SweepTrialResult> trials = new ArrayList<>();
        for (JsonNode trial : field(root, "trials", source)) {
            trials.add(SweepTrialJson.read(trial, "results file " + source + ": trials[" + trials.size() + "]"));
        }
        List<CellKey> cells = new ArrayList<>();
        for (JsonNode cell : field(root, "cells", source)) {
            cells.add(SweepTrialJson.cellKey(field(cell, "cell", source), "results file " + source + ": cells[" + cells.size() + "]"));
        }
        return new Contents(read, field(root, "baseline", source).asText(), trials, cells, field(root, "spec", source));
    }

    private static JsonNode field(JsonNode node, String name, String source) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException("results file " + source + ": no \"" + name + "\"");
        }
        return value;
    }
}
