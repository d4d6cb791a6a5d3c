package io.relulab.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.report.chart.ChartWriter;
import io.relulab.sweep.CellComparison;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.DyingMapCell;
import io.relulab.sweep.TrialKey;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes what a sweep produces into its folder, next to the trial log:
 * <pre>
 * DIR/trials/part-*.jsonl   the trial log ({@link SweepTrialLog}), written while the sweep runs
 * DIR/results.json          provenance, the expanded spec, every trial ({@link SweepTrialJson}), the cells, the comparisons,
 *                           the findings
 * DIR/history.csv           one row per trial × epoch
 * DIR/figures/dying-map-*.png|.svg
 * DIR/report.html           the dying map
 * </pre>
 * {@code results.json} and {@code history.csv} are streamed from the trial log, so the writer holds no trial's
 * history in memory. Everything but the trial log is rendered into a staging folder of the run's
 * {@link OutputFolder} and {@linkplain OutputFolder#publish published} as a whole, {@code report.html} last: an
 * interrupted run leaves the previous report (or none) and never a half-written one, and the trial log stays.
 */
public final class SweepReportWriter {

    /**
     * Version of the sweep's {@code results.json} layout: 2 since the trial key has {@code hidden} and {@code epochs}
     * (1 had {@code depth}, {@code width} and the epochs among the settings), the trials carry the study's trial fields
     * and the document records the expanded {@code spec}.
     */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private SweepReportWriter() {
    }

    /** The files written. */
    public record Outputs(Path report, Path results, Path history, Path figures) {
    }

    /**
     * Writes results, history, figures and report of the sweep into {@code folder} (which holds its trial log),
     * staged and published as a whole; only logged trials whose key ({@code TrialKey.id()}) is in {@code keys} are
     * written, in that order (the sweep's expansion order), so the files do not depend on the order in which the
     * engine finished the trials. {@code spec} is the expanded spec, recorded as {@code "spec"} in results.json.
     *
     * @throws java.io.InterruptedIOException if the run was abandoned (interrupted) before publishing
     */
    public static Outputs write(Provenance provenance, JsonNode spec, DyingMap map, OutputFolder folder, List<String> keys)
            throws IOException {
        Path out = folder.shown();
        Path staging = folder.newStaging();
        try {
            AtomicFiles.write(staging.resolve(StudyReportWriter.RESULTS_FILE), stream -> writeResults(provenance, spec, map, out, keys, stream));
            AtomicFiles.write(staging.resolve(StudyReportWriter.HISTORY_FILE), stream -> writeHistory(out, keys, stream));
            List<DyingMapFigures.Named> figures = DyingMapFigures.of(map);
            ChartWriter charts = new ChartWriter();
            for (DyingMapFigures.Named figure : figures) {
                charts.writePngAndSvg(figure.figure(), staging.resolve(StudyReportWriter.FIGURES_FOLDER), figure.base());
            }
            AtomicFiles.writeString(staging.resolve(StudyReportWriter.REPORT_FILE), DyingMapHtml.render(provenance, map, figures, charts));
            folder.publish(staging, StudyReportWriter.REPORT_FILE);
        } finally {
            OutputFolder.deleteRecursively(staging);
        }
        return new Outputs(out.resolve(StudyReportWriter.REPORT_FILE), out.resolve(StudyReportWriter.RESULTS_FILE),
                out.resolve(StudyReportWriter.HISTORY_FILE), out.resolve(StudyReportWriter.FIGURES_FOLDER));
    }

    private static void writeResults(Provenance provenance, JsonNode spec, DyingMap map, Path out, List<String> keys,
            java.io.OutputStream stream)
            throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("schema_version", SCHEMA_VERSION);
            json.writeStringField("kind", "sweep");
            json.writeStringField("relulab_version", provenance.version());
            ResultsJsonWriter.writeProvenance(json, provenance, true); // the study's layout, with the sweep's settings
            json.writeFieldName("spec");
            MAPPER.writeTree(json, spec);
            json.writeStringField("baseline", map.baseline());
            json.writeArrayFieldStart("trials");
            SweepTrialLog.readInOrder(out, keys, trial -> {
                try {
                    json.writeRaw('\n');
                    SweepTrialJson.write(json, trial, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeRaw('\n');
            json.writeArrayFieldStart("cells");
            for (DyingMapCell cell : map.cells()) {
                json.writeRaw('\n');
                json.writeStartObject();
                cellKey(json, "cell", cell.key());
                json.writeNumberField("trials", cell.trials());
                json.writeNumberField("diverged", cell.diverged());
                number(json, "mean_dead_share", cell.meanDeadShare());
                number(json, "mean_saturated_share", cell.meanSaturatedShare());
                number(json, "mean_test_accuracy", cell.meanTestAccuracy());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
            json.writeArrayFieldStart("comparisons");
            for (CellComparison comparison : map.comparisons()) {
                json.writeRaw('\n');
                json.writeStartObject();
                json.writeStringField("kind", comparison.kind().name().toLowerCase(java.util.Locale.ROOT));
                cellKey(json, "cell", comparison.cell());
                cellKey(json, "reference", comparison.reference());
                number(json, "difference", comparison.difference());
                number(json, "t", comparison.test().statistic());
                number(json, "df", comparison.test().degreesOfFreedom());
                number(json, "p", comparison.test().pValue());
                number(json, "p_holm", comparison.adjustedP());
                json.writeBooleanField("significant", comparison.significant(DyingMap.ALPHA));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
            json.writeArrayFieldStart("findings");
            for (String finding : map.findings()) {
                json.writeString(finding);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void cellKey(JsonGenerator json, String field, io.relulab.sweep.CellKey key) throws IOException {
        json.writeObjectFieldStart(field);
        SweepTrialJson.cellFields(json, key);
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    /**
     * One row per trial × epoch: the key ({@code width} empty when the layers' widths differ; {@code hidden} the
     * widths as {@code --hidden} writes them), the epoch's metrics, and the unit counts summed over the hidden layers.
     */
    private static void writeHistory(Path out, List<String> keys, java.io.OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSV);
        csv.printRecord("activation", "learning_rate", "depth", "width", "hidden", "init", "optimizer", "redo", "epochs", "data", "seed",
                "epoch", "loss", "accuracy", "val_loss", "val_accuracy", "dead", "inactive", "dormant", "saturated", "units");
        try {
            SweepTrialLog.readInOrder(out, keys, trial -> {
                TrialKey key = trial.key();
                TrialResult result = trial.result();
                TrialHistory history = result.history();
                double[] loss = history.loss();
                double[] accuracy = history.accuracy();
                double[] valLoss = history.validationLoss();
                double[] valAccuracy = history.validationAccuracy();
                List<LayerDeadCounts> layers = result.deadCounts();
                int units = layers.stream().mapToInt(LayerDeadCounts::units).sum();
                try {
                    for (int e = 0; e < history.epochs(); e++) {
                        int epoch = e;
                        csv.printRecord(key.activation(), key.learningRate(), key.depth(),
                                key.uniformWidth().isPresent() ? key.uniformWidth().getAsInt() : "", TrialKey.widths(key.hidden()), key.init(),
                                key.optimizer(), key.redo() ? "on" : "off", key.epochs(), key.data(), key.seed(), e + 1, loss[e], accuracy[e],
                                valLoss[e], valAccuracy[e],
                                layers.stream().mapToInt(l -> at(l.dead(), epoch)).sum(),
                                layers.stream().mapToInt(l -> at(l.inactive(), epoch)).sum(),
                                layers.stream().mapToInt(l -> at(l.dormant(), epoch)).sum(),
                                layers.stream().mapToInt(l -> at(l.saturated(), epoch)).sum(), units);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static int at(int[] values, int index) {
        return index < values.length ? values[index] : 0;
    }
}
