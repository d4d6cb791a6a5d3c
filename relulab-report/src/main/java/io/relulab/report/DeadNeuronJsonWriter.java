package io.relulab.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.DeadNeuronWarning;
import io.relulab.diagnostics.RecyclingEvent;
import io.relulab.diagnostics.Redo;
import io.relulab.diagnostics.UnitStatistics;
import io.relulab.experiment.Scenario;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The dead-neuron part of {@code relulab train --json}, written here beside {@code results.json} in the same style
 * ({@link TrainingJson}, {@link JsonStyle}); the per-layer arrays use the names of {@code results.json}'s trials:
 * <pre>
 * "dead": {"layer1": {"units": 64, "inactive": [per epoch], "dead": [...], "dormant": [...], "saturated": [...],
 *                     "newly_dead": [...], "revived": [...], "activation_probability": [...],
 *                     "initial": {"inactive": n, "dead": n, "dormant": n}, "dead_units": [final indices]}, ...},
 * "dead_config": {"probe": "first100", "tau": 0.1, "saturation_eps": 0.001, "definition": ..., "warning_threshold": 0.1},
 * "dead_warnings": ["epoch 1, step 50: ..."],
 * "dead_steps": [{"step": s, "epoch": e, "dead": [per layer]}, ...]      (with --dead-check-steps)
 * "redo": {"period": F, "tau": T, "events": [{"epoch", "step", "dead_before": [per layer],
 *          "dormant_before": [...], "recycled": [...]}, ...]}                (with --redo)
 * "scenario": {"name": ..., "description": ...}                            (with --scenario)
 * </pre>
 * Per-epoch arrays have one entry per completed epoch; counts are numbers of units.
 */
public final class DeadNeuronJsonWriter {

    private DeadNeuronJsonWriter() {
    }

    /**
     * Adds {@code dead}, {@code dead_config}, {@code dead_warnings}, {@code dead_steps} (with step checks), {@code redo}
     * (when {@code redo} is not null) and {@code scenario} (when not null) to {@code root}.
     */
    public static void addTo(ObjectNode root, DeadNeuronMonitor monitor, Redo redo, Scenario scenario) {
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
            node.set("saturated", counts(epochs, r -> r.layer(index).saturatedCount()));
            node.set("newly_dead", counts(epochs, r -> r.layer(index).newlyDeadUnits().size()));
            node.set("revived", counts(epochs, r -> r.layer(index).revivedUnits().size()));
            node.set("activation_probability", numbers(epochs, r -> r.layer(index).activationProbability()));
            if (initial != null) {
                ObjectNode start = node.putObject("initial");
                start.put("inactive", initial.layer(layer).inactiveCount());
                start.put("dead", initial.layer(layer).deadCount());
                start.put("dormant", initial.layer(layer).dormantCount());
                start.put("saturated", initial.layer(layer).saturatedCount());
            }
            ArrayNode finalUnits = node.putArray("dead_units");
            if (!epochs.isEmpty()) {
                epochs.get(epochs.size() - 1).layer(layer).deadUnits().forEach(finalUnits::add);
            }
        }
        ObjectNode config = root.putObject("dead_config");
        config.put("probe", monitor.analyzer().probe().describe());
        config.put("tau", monitor.analyzer().tau());
        config.put("saturation_eps", monitor.analyzer().saturationEpsilon());
        config.put("warning_threshold", DeadNeuronMonitor.DEFAULT_WARNING_THRESHOLD);
        config.put("definition", "inactive: output <= 0 on every probe row; dead: activation derivative 0 on every probe row;"
                + " dormant: mean|h| / (layer mean + " + NumberText.plain(UnitStatistics.SCORE_EPSILON) + ") <= tau; saturated: largest |f'(z)| < saturation_eps on every probe row;"
                + " checked after each epoch, before any ReDo recycling due at the same step");
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

    private static ArrayNode counts(List<DeadNeuronReport> reports, Function<DeadNeuronReport, Integer> count) {
        ArrayNode array = TrainingJson.object().arrayNode();
        reports.forEach(r -> array.add(count.apply(r)));
        return array;
    }

    private static ArrayNode numbers(List<DeadNeuronReport> reports, ToDoubleFunction<DeadNeuronReport> value) {
        return TrainingJson.numbers(reports.stream().map(r -> value.applyAsDouble(r)).toList());
    }
}
