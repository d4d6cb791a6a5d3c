package io.relulab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The computed sentences about units: a scenario's observations (its header: how many units were dead after the
 * first and the last epoch, over seeds) and the dead-unit findings. Nothing here is written in advance; every
 * number comes from the summaries, and every count names its probe.
 *
 * <p>Words follow the numbers: a variant <em>lost</em> units only if some unit is dead after the last epoch; units
 * dead after some epoch but alive at the end are <em>transiently dead</em>; a mean count is never printed as
 * {@code 0.0} (a variant that lost nothing has no mean in the sentence).
 */
final class ScenarioText {

    private ScenarioText() {
    }

    /** The scenario's observations, e.g. {@code relu, layer2: 14–19 of 32 dead after epoch 1, 23–27 after the last epoch (10 of 10 seeds)}. */
    static List<String> observations(List<VariantSummary> variants, Measurement measurement) {
        List<String> lines = new ArrayList<>();
        if (variants.stream().allMatch(v -> v.finished() == 0)) {
            lines.add("Every trial diverged, so no unit was counted.");
            return lines;
        }
        List<String> neverDead = new ArrayList<>();
        for (VariantSummary variant : variants) {
            if (variant.finished() == 0) {
                continue;
            }
            if (!variant.hadDeadUnits()) {
                neverDead.add(variant.activation());
                continue;
            }
            for (LayerSummary layer : variant.layers()) {
                if (layer.trialsWithDeadUnits() == 0) {
                    continue;
                }
                int epochs = layer.meanDeadPerEpoch().length;
                if (layer.onlyTransientlyDead()) {
                    lines.add(String.format(Locale.ROOT, "%s, %s: none dead after the last epoch; transiently dead: at most %d "
                            + "of %d, in %s", variant.activation(), layer.layer(), layer.maxDead(), layer.units(),
                            seeds(layer.trialsWithDeadUnits(), variant.finished())));
                    continue;
                }
                String counts = epochs <= 1
                        ? String.format(Locale.ROOT, "%s of %d dead after epoch 1", layer.finalDeadRange(), layer.units())
                        : String.format(Locale.ROOT, "%s of %d dead after epoch 1, %s after the last epoch",
                                layer.firstEpochDeadRange(), layer.units(), layer.finalDeadRange());
                lines.add(String.format(Locale.ROOT, "%s, %s: %s (dead after some epoch in %s)", variant.activation(),
                        layer.layer(), counts, seeds(layer.trialsWithDeadUnits(), variant.finished())));
            }
        }
        if (!neverDead.isEmpty()) {
            lines.add("no dead unit after any epoch of any seed: " + String.join(", ", neverDead));
        }
        for (VariantSummary variant : variants) {
            for (LayerSummary layer : variant.layers()) {
                if (variant.finished() > 0 && layer.saturatedBeyondDead()) {
                    lines.add(String.format(Locale.ROOT, "%s, %s: %s%s of %d saturated after the last epoch (mean %s, in %s)",
                            variant.activation(), layer.layer(), layer.trialsWithDeadUnits() == 0 ? "no dead unit, but " : "",
                            layer.finalSaturatedRange(), layer.units(), count(layer.meanFinalSaturated()),
                            seeds(layer.trialsSaturatedAtEnd(), variant.finished())));
                }
            }
        }
        measurement.redo().ifPresent(redo -> lines.add(recycling(variants, redo)));
        lines.add("Counted on " + measurement.probe().inWords() + countedWhen(measurement) + "; saturated: largest |f′(z)| < "
                + measurement.saturationEpsilon() + " on every probe row.");
        return lines;
    }

    /** The dead-unit findings: who lost units, who had only transiently dead ones, who had none. */
    static List<String> deadUnits(List<VariantSummary> variants, Measurement measurement) {
        List<String> findings = new ArrayList<>();
        List<String> neverDead = new ArrayList<>();
        String probe = "(" + measurement.probeNote() + countedWhen(measurement) + ")";
        for (VariantSummary variant : variants) {
            if (variant.finished() == 0) {
                continue;
            }
            List<String> lost = new ArrayList<>();
            List<String> passing = new ArrayList<>();
            for (LayerSummary layer : variant.layers()) {
                if (layer.trialsDeadAtEnd() > 0) {
                    lost.add(lostLayer(layer, variant.finished()));
                } else if (layer.onlyTransientlyDead()) {
                    passing.add(transientLayer(layer, variant.finished()));
                }
            }
            if (lost.isEmpty() && passing.isEmpty()) {
                neverDead.add(variant.activation());
            } else if (lost.isEmpty()) {
                findings.add(variant.activation() + " had only transiently dead units " + probe + " — "
                        + String.join("; ", passing) + ".");
            } else {
                findings.add(variant.activation() + " lost units " + probe + " — " + String.join("; ", lost)
                        + (passing.isEmpty() ? "" : "; transiently dead: " + String.join("; ", passing)) + ".");
            }
        }
        if (!neverDead.isEmpty()) {
            findings.add("No dead unit after any epoch of any seed " + probe + ": " + String.join(", ", neverDead) + ".");
        }
        findings.addAll(saturated(variants, measurement, probe));
        return findings;
    }

    /**
     * Saturated units beyond the dead ones: units that pass less than ε of a linear unit's gradient on every probe
     * row, which the zero-derivative rule cannot see, e.g. {@code elu:1.0 has no dead unit, but layer2: 20.1 of 32 …}.
     */
    private static List<String> saturated(List<VariantSummary> variants, Measurement measurement, String probe) {
        List<String> findings = new ArrayList<>();
        for (VariantSummary variant : variants) {
            if (variant.finished() == 0) {
                continue;
            }
            List<String> layers = new ArrayList<>();
            for (LayerSummary layer : variant.layers()) {
                if (!layer.saturatedBeyondDead()) {
                    continue;
                }
                String dead = layer.trialsDeadAtEnd() == 0 ? "" : ", " + count(layer.meanFinalDead()) + " of them dead";
                layers.add(variant.finished() == 1
                        ? String.format(Locale.ROOT, "%s: %d of %d units saturated after the last epoch (one seed%s)",
                                layer.layer(), layer.finalSaturatedRange().max(), layer.units(), dead)
                        : String.format(Locale.ROOT, "%s: %s of %d units saturated after the last epoch on average (%s over seeds, "
                                + "in %s%s)", layer.layer(), count(layer.meanFinalSaturated()), layer.units(),
                                layer.finalSaturatedRange(), seeds(layer.trialsSaturatedAtEnd(), variant.finished()), dead));
            }
            if (layers.isEmpty()) {
                continue;
            }
            String lead = variant.lostUnits() ? variant.activation() + " has saturated units beyond its dead ones"
                    : variant.activation() + " has no dead unit at the end, but saturated ones";
            findings.add(lead + " (largest |f′(z)| < " + measurement.saturationEpsilon() + " on every probe row: they have all "
                    + "but stopped learning; " + probe.substring(1) + " — " + String.join("; ", layers) + ".");
        }
        return findings;
    }

    private static String lostLayer(LayerSummary layer, int seeds) {
        if (seeds == 1) {
            return String.format(Locale.ROOT, "%s: %d of %d units dead after the last epoch (one seed; first dead after epoch %d)",
                    layer.layer(), layer.finalDeadRange().max(), layer.units(), layer.firstEpochWithDeadUnits());
        }
        return String.format(Locale.ROOT,
                "%s: %s of %d units dead after the last epoch on average (%s over seeds), dead at the end in %s, first dead after epoch %d",
                layer.layer(), count(layer.meanFinalDead()), layer.units(), layer.finalDeadRange(),
                seeds(layer.trialsDeadAtEnd(), seeds), layer.firstEpochWithDeadUnits());
    }

    private static String transientLayer(LayerSummary layer, int seeds) {
        return String.format(Locale.ROOT, "%s: at most %d %s, in %s, none at the end", layer.layer(), layer.maxDead(),
                layer.maxDead() == 1 ? "unit" : "units", seeds(layer.trialsWithDeadUnits(), seeds));
    }

    private static String recycling(List<VariantSummary> variants, RedoSettings redo) {
        String perVariant = variants.stream().filter(v -> v.finished() > 0)
                .map(v -> v.activation() + " " + v.layers().stream()
                        .map(l -> l.layer() + " " + count(l.meanRecycled())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "ReDo on (every %d steps, τ %s): units recycled per run, mean over seeds — %s",
                redo.period(), redo.tau(), perVariant);
    }

    private static String countedWhen(Measurement measurement) {
        return measurement.redo().isPresent() ? ", after each epoch and before any ReDo recycling due at that step" : "";
    }

    private static String seeds(int count, int of) {
        return count + " of " + of + (of == 1 ? " seed" : " seeds");
    }

    /** A mean count: whole numbers without decimals, small ones with two, others with one. */
    static String count(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 0.095 ? "%.2f" : "%.1f", value);
    }
}
