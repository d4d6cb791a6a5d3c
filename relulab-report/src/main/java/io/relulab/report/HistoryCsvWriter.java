package io.relulab.report;

import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code history.csv}: one row per trial and epoch, in the study's trial order, with the columns
 * <pre>
 * scenario,activation,seed,status,epoch,loss,accuracy,val_loss,val_accuracy,layer1_dead,layer1_inactive,layer1_dormant,layer1_saturated,...
 * </pre>
 * Epochs are 1-based. Layer columns cover every hidden layer named by any trial, in order of first appearance.
 * A cell is empty when the value does not exist: a metric that is not a number (the epoch in which a trial
 * diverged) or an epoch the trial did not reach. Numbers use {@link Double#toString}, so they round-trip; fields
 * are quoted only when needed (an activation spec such as {@code softplus:1,20} contains a comma). Lines end
 * with {@code \n}.
 */
public final class HistoryCsvWriter {

    /** The columns before the per-layer ones. */
    public static final List<String> FIXED_COLUMNS = List.of(
            "scenario", "activation", "seed", "status", "epoch", "loss", "accuracy", "val_loss", "val_accuracy");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private HistoryCsvWriter() {
    }

    /** Writes the history of {@code result} to {@code file}, atomically. */
    public static void write(StudyResult result, Path file) throws IOException {
        AtomicFiles.writeString(file, toCsv(result));
    }

    /** The whole CSV text, header first. */
    public static String toCsv(StudyResult result) {
        List<String> layers = layerNames(result.trials());
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        for (String layer : layers) {
            header.add(layer + "_dead");
            header.add(layer + "_inactive");
            header.add(layer + "_dormant");
            header.add(layer + "_saturated");
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, FORMAT)) {
            csv.printRecord(header);
            for (TrialResult trial : result.trials()) {
                rows(csv, trial, layers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write history.csv", e);
        }
        return text.toString();
    }

    private static void rows(CSVPrinter csv, TrialResult trial, List<String> layers) throws IOException {
        TrialHistory history = trial.history();
        int epochs = history.epochs();
        for (LayerDeadCounts counts : trial.deadCounts()) {
            epochs = Math.max(epochs, counts.dead().length);
        }
        double[] loss = history.loss();
        double[] accuracy = history.accuracy();
        double[] validationLoss = history.validationLoss();
        double[] validationAccuracy = history.validationAccuracy();
        for (int e = 0; e < epochs; e++) {
            List<String> row = new ArrayList<>();
            row.add(trial.scenario());
            row.add(trial.activation());
            row.add(Long.toString(trial.seed()));
            row.add(trial.status().label());
            row.add(Integer.toString(e + 1));
            row.add(cell(loss, e));
            row.add(cell(accuracy, e));
            row.add(cell(validationLoss, e));
            row.add(cell(validationAccuracy, e));
            for (String layer : layers) {
                LayerDeadCounts counts = find(trial, layer);
                row.add(counts == null ? "" : cell(counts.dead(), e));
                row.add(counts == null ? "" : cell(counts.inactive(), e));
                row.add(counts == null ? "" : cell(counts.dormant(), e));
                row.add(counts == null ? "" : cell(counts.saturated(), e));
            }
            csv.printRecord(row);
        }
    }

    private static List<String> layerNames(List<TrialResult> trials) {
        Set<String> names = new LinkedHashSet<>();
        for (TrialResult trial : trials) {
            for (LayerDeadCounts counts : trial.deadCounts()) {
                names.add(counts.layer());
            }
        }
        return List.copyOf(names);
    }

    private static LayerDeadCounts find(TrialResult trial, String layer) {
        for (LayerDeadCounts counts : trial.deadCounts()) {
            if (counts.layer().equals(layer)) {
                return counts;
            }
        }
        return null;
    }

    private static String cell(double[] values, int index) {
        return index < values.length && Double.isFinite(values[index]) ? Double.toString(values[index]) : "";
    }

    private static String cell(int[] values, int index) {
        return index < values.length ? Integer.toString(values[index]) : "";
    }
}
