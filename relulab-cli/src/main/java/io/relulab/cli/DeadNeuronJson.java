package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.DeadNeuronWarning;
import io.relulab.diagnostics.LayerSnapshot;
import io.relulab.diagnostics.RecyclingEvent;
import io.relulab.diagnostics.Redo;
import io.relulab.experiment.Scenario;
import io.relulab.report.TrainingJson;
import io.relulab.train.TrainingListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Adds the dead-neuron monitor's findings (and ReDo's, if on) to {@code relulab train}'s JSON and summary:
 * <pre>
 * "dead": {"layer1": {"units": 64, "inactive": [per epoch], "dead": [...], "dormant": [...],
 *                     "newly_dead": [...], "revived": [...], "activation_probability": [...],
 *                     "initial": {"inactive": n, "dead": n, "dormant": n}, "dead_units": [final indices]}, ...},
 * "dead_config": {"probe": "first100", "tau": 0.1, "definition": ..., "warning_threshold": 0.1},
 * "dead_warnings": ["epoch 1, step 50: ..."],
 * "dead_steps": [{"step": s, "epoch": e, "dead": [per layer]}, ...]      (with --dead-check-steps)
 * "redo": {"period": F, "tau": T, "events": [{"epoch", "step", "dead_before": [per layer],
 *          "dormant_before": [...], "recycled": [...]}, ...]}                (with --redo)
 * "scenario": {"name": ..., "description": ...}                            (with --scenario)
 * </pre>
 * Per-epoch arrays have one entry per completed epoch; counts are numbers of units. It is a (silent)
 * training listener only so that {@code relulab train} finds it among the listeners.
 */
final class DeadNeuronJson implements TrainingListener, TrainCommand.JsonContributor, TrainCommand.SummaryContributor {

    private final DeadNeuronMonitor monitor;
    private final Redo redo;
    private final Scenario scenario;

    DeadNeuronJson(DeadNeuronMonitor monitor, Redo redo, Scenario scenario) {
        this.monitor = monitor;
        this.redo = redo;
        this.scenario = scenario;
    }

    /** The listeners to run, in order: the monitor, then ReDo, then this (which only reports). */
    List<TrainingListener> listeners() {
        return redo == null ? List.of(monitor, this) : List.of(monitor, redo, this);
    }

    @Override
    public void addTo(ObjectNode root) {
        List<DeadNeuronReport> epochs = monitor.epochReports();
        ObjectNode dead = root.putObject("dead");
        DeadNeuronReport initial = monitor.initialReport().orElse(null);
        int layerCount = initial != null ? initial.layers().size() : epochs.isEmpty() ? 0 : epochs.get(0).layers().size();
        for (int layer = 1; layer <= layerCount; layer++) {
            int index = layer;
            ObjectNode node = dead.putObject("layer" + layer);
            node.put("units", (initial != null ? initial : epochs.get(0)).layer(layer).units());
            node.set("inactive", counts(epochs, r -> r.layer(index).inactiveCount()));
            node.set("dead", counts(epochs, r -> r.layer(index).deadCount()));
            node.set("dormant", counts(epochs, r -> r.layer(index).dormantCount()));
            node.set("newly_dead", counts(epochs, r -> r.layer(index).newlyDeadUnits().size()));
            node.set("revived", counts(epochs, r -> r.layer(index).revivedUnits().size()));
            node.set("activation_probability", numbers(epochs, r -> r.layer(index).activationProbability()));
            if (initial != null) {
                ObjectNode start = node.putObject("initial");
                start.put("inactive", initial.layer(layer).inactiveCount());
                start.put("dead", initial.layer(layer).deadCount());
                start.put("dormant", initial.layer(layer).dormantCount());
            }
            ArrayNode finalUnits = node.putArray("dead_units");
            if (!epochs.isEmpty()) {
                epochs.get(epochs.size() - 1).layer(layer).deadUnits().forEach(finalUnits::add);
            }
        }
        ObjectNode config = root.putObject("dead_config");
        config.put("probe", monitor.analyzer().probe().describe());
        config.put("tau", monitor.analyzer().tau());
        config.put("warning_threshold", DeadNeuronMonitor.DEFAULT_WARNING_THRESHOLD);
        config.put("definition", "inactive: output <= 0 on every probe row; dead: activation derivative 0 on every probe row;"
                + " dormant: mean|h| / (layer mean + 1e-9) <= tau; checked after each epoch");
        ArrayNode warnings = root.putArray("dead_warnings");
        for (DeadNeuronWarning warning : monitor.warnings()) {
            warnings.add(warning.message());
        }
        if (!monitor.stepReports().isEmpty()) {
            ArrayNode steps = root.putArray("dead_steps");
            for (DeadNeuronReport report : monitor.stepReports()) {
                ObjectNode step = steps.addObject();
                step.put("step", report.step());
                step.put("epoch", report.epoch());
                ArrayNode perLayer = step.putArray("dead");
                report.layers().forEach(l -> perLayer.add(l.deadCount()));
            }
        }
        if (redo != null) {
            ObjectNode node = root.putObject("redo");
            node.put("period", redo.period());
            node.put("tau", redo.analyzer().tau());
            node.put("probe", redo.analyzer().probe().describe());
            ArrayNode events = node.putArray("events");
            for (RecyclingEvent event : redo.events()) {
                ObjectNode item = events.addObject();
                item.put("epoch", event.epoch());
                item.put("step", event.step());
                ArrayNode deadBefore = item.putArray("dead_before");
                event.before().layers().forEach(l -> deadBefore.add(l.deadCount()));
                ArrayNode dormantBefore = item.putArray("dormant_before");
                event.before().layers().forEach(l -> dormantBefore.add(l.dormantCount()));
                ArrayNode recycled = item.putArray("recycled");
                event.recycledUnits().forEach(units -> recycled.add(units.size()));
            }
        }
        if (scenario != null) {
            ObjectNode node = root.putObject("scenario");
            node.put("name", scenario.name());
            node.put("description", scenario.description());
        }
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

    private static ArrayNode counts(List<DeadNeuronReport> reports, Function<DeadNeuronReport, Integer> count) {
        ArrayNode array = TrainingJson.object().arrayNode();
        reports.forEach(r -> array.add(count.apply(r)));
        return array;
    }

    private static ArrayNode numbers(List<DeadNeuronReport> reports, ToDoubleFunction<DeadNeuronReport> value) {
        return TrainingJson.numbers(reports.stream().map(r -> value.applyAsDouble(r)).toList());
    }
}
