package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.LayerSnapshot;
import io.relulab.diagnostics.RecyclingEvent;
import io.relulab.diagnostics.Redo;
import io.relulab.experiment.Scenario;
import io.relulab.report.DeadNeuronJsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Adds the dead-neuron monitor's findings (and ReDo's, if on) to {@code relulab train}'s JSON
 * ({@link DeadNeuronJsonWriter}, in relulab-report with the other JSON writers) and summary.
 */
final class DeadNeuronJson implements TrainJson.Contributor, TrainSummary.Contributor {

    private final DeadNeuronMonitor monitor;
    private final Redo redo;
    private final Scenario scenario;

    DeadNeuronJson(DeadNeuronMonitor monitor, Redo redo, Scenario scenario) {
        this.monitor = monitor;
        this.redo = redo;
        this.scenario = scenario;
    }

    @Override
    public void addTo(ObjectNode root) {
        DeadNeuronJsonWriter.addTo(root, monitor, redo, scenario);
    }

    @Override
    public void printTo(PrintWriter out) {
        List<DeadNeuronReport> epochs = monitor.epochReports();
        if (epochs.isEmpty()) {
            return;
        }
        DeadNeuronReport last = epochs.get(epochs.size() - 1);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "dead units after epoch %d (probe %s):",
                last.epoch(), last.probe().describe()));
        for (LayerSnapshot layer : last.layers()) {
            int most = epochs.stream().mapToInt(r -> r.layer(layer.hiddenLayer()).deadCount()).max().orElse(0);
            line.append(String.format(Locale.ROOT, " %s %d/%d (max %d)", layer.name(), layer.deadCount(), layer.units(), most));
            if (layer.inactiveCount() != layer.deadCount()) {
                line.append(String.format(Locale.ROOT, " [inactive %d]", layer.inactiveCount()));
            }
            if (layer.saturatedCount() != layer.deadCount()) {
                line.append(String.format(Locale.ROOT, " [saturated %d]", layer.saturatedCount()));
            }
        }
        out.println(line);
        if (redo != null) {
            List<RecyclingEvent> events = redo.events();
            int recycled = events.stream().mapToInt(RecyclingEvent::total).sum();
            double meanDeadBefore = events.stream().mapToInt(e -> e.before().totalDead()).average().orElse(0);
            out.printf(Locale.ROOT, "redo: %d recyclings every %d steps (tau %s) re-initialised %d units;"
                    + " on average %.1f units were dead just before a recycling%n", events.size(), redo.period(),
                    redo.analyzer().tau(), recycled, meanDeadBefore);
        }
    }
}
