package io.relulab.sweep;

import io.relulab.stats.HolmBonferroni;
import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The dying map of a sweep: its trials grouped into cells (a setting over all seeds), the comparisons of every
 * remedy with its reference — each alternative activation against the baseline activation in the same setting,
 * ReDo on against off — Holm-corrected over the whole sweep, and findings computed from those numbers.
 *
 * <p>The <b>boundary</b> of a panel (one activation × initialiser × optimiser × ReDo × epochs variant at one width,
 * or the panel of explicit hidden lists — see {@link MapLayout}) is, for each row (a depth, or a list of hidden
 * widths), the smallest learning rate whose mean final dead share reaches {@value #BOUNDARY_SHARE}: above it
 * units die. Dead share = dead units after the last epoch, summed over the hidden layers, divided by the hidden
 * units (docs/ARCHITECTURE.md §5: dead = zero derivative on every probe row).
 *
 * @param baseline the baseline activation's spec
 * @param learningRates every learning rate of the sweep, ascending
 * @param layout where the hidden layers put each cell: panels and rows
 * @param cells every cell, in the order of the trials' keys
 * @param comparisons every comparison, testable or not
 * @param findings sentences computed from the cells and comparisons
 */
public record DyingMap(String baseline, List<Double> learningRates, MapLayout layout,
        List<DyingMapCell> cells, List<CellComparison> comparisons, List<String> findings) {

    /** The dead share at which a panel's boundary is drawn: 10 %. */
    public static final double BOUNDARY_SHARE = 0.10;
    /** Family-wise error rate of the comparisons. */
    public static final double ALPHA = WelchTest.DEFAULT_SIGNIFICANCE_LEVEL;

    public DyingMap {
        learningRates = List.copyOf(learningRates);
        cells = List.copyOf(cells);
        comparisons = List.copyOf(comparisons);
        findings = List.copyOf(findings);
    }

    /** Aggregates {@code outcomes} (any order); {@code baseline} is the activation the others are compared with. */
    public static DyingMap of(List<TrialOutcome> outcomes, String baseline) {
        Map<CellKey, List<TrialOutcome>> byCell = new LinkedHashMap<>();
        outcomes.stream().sorted(Comparator.comparingLong(o -> o.key().seed()))
                .forEach(o -> byCell.computeIfAbsent(CellKey.of(o.key()), k -> new ArrayList<>()).add(o));
        Map<CellKey, DyingMapCell> cells = new LinkedHashMap<>();
        byCell.forEach((key, trials) -> cells.put(key, cell(key, trials)));
        List<CellComparison> comparisons = compare(cells, baseline);
        List<Double> rates = List.copyOf(new TreeSet<>(cells.keySet().stream().map(CellKey::learningRate).toList()));
        MapLayout layout = MapLayout.of(cells.keySet());
        DyingMap draft = new DyingMap(baseline, rates, layout, List.copyOf(cells.values()), comparisons, List.of());
        return new DyingMap(baseline, rates, layout, draft.cells, comparisons, DyingMapFindings.of(draft));
    }

    /** The panel variants ({@link CellKey#variant()}), in the order they first appear. */
    public List<String> variants() {
        return cells.stream().map(c -> c.key().variant()).distinct().toList();
    }

    /** The cell at a position (panel and row of {@link #layout}) of a variant's panel, if the sweep has it. */
    public java.util.Optional<DyingMapCell> cell(String variant, String panel, String row, double learningRate) {
        return cells.stream().filter(c -> c.key().variant().equals(variant) && c.key().learningRate() == learningRate
                && layout.panel(c.key()).equals(panel) && layout.row(c.key()).equals(row)).findFirst();
    }

    /** The smallest learning rate at which the variant's mean dead share reaches {@link #BOUNDARY_SHARE} in a row, if any. */
    public OptionalDouble boundary(String variant, String panel, String row) {
        return boundary(variant, panel, row, DyingMapCell::meanDeadShare);
    }

    /** The smallest learning rate at which the variant's mean {@code share} reaches {@link #BOUNDARY_SHARE} in a row, if any. */
    public OptionalDouble boundary(String variant, String panel, String row, java.util.function.ToDoubleFunction<DyingMapCell> share) {
        return learningRates.stream().filter(rate -> cell(variant, panel, row, rate)
                .map(c -> share.applyAsDouble(c) >= BOUNDARY_SHARE).orElse(false)).mapToDouble(Double::doubleValue).findFirst();
    }

    /** Comparisons that survive the Holm correction. */
    public List<CellComparison> significant() {
        return comparisons.stream().filter(c -> c.significant(ALPHA)).toList();
    }

    /** Whether any trial measured saturated units. */
    public boolean hasSaturated() {
        return cells.stream().anyMatch(c -> !Double.isNaN(c.meanSaturatedShare()));
    }

    private static DyingMapCell cell(CellKey key, List<TrialOutcome> trials) {
        List<TrialOutcome> finished = trials.stream().filter(TrialOutcome::finished).toList();
        double dead = mean(finished.stream().mapToDouble(TrialOutcome::deadShare).toArray());
        double saturated = mean(finished.stream().mapToDouble(TrialOutcome::saturatedShare).toArray());
        double[] accuracies = finished.stream().mapToDouble(TrialOutcome::testAccuracy).toArray();
        return new DyingMapCell(key, trials.size(), trials.size() - finished.size(), dead, saturated, accuracies);
    }

    private static double mean(double[] values) {
        return values.length == 0 || Arrays.stream(values).anyMatch(Double::isNaN) ? Double.NaN
                : Arrays.stream(values).average().orElseThrow();
    }

    private static List<CellComparison> compare(Map<CellKey, DyingMapCell> cells, String baseline) {
        List<CellKey> cellKeys = new ArrayList<>();
        List<CellKey> references = new ArrayList<>();
        List<CellComparison.Kind> kinds = new ArrayList<>();
        for (CellKey key : cells.keySet()) {
            if (!key.redo() && !key.activation().equals(baseline) && cells.containsKey(key.withActivation(baseline))) {
                cellKeys.add(key);
                references.add(key.withActivation(baseline));
                kinds.add(CellComparison.Kind.ACTIVATION);
            }
            if (key.redo() && cells.containsKey(key.withoutRedo())) {
                cellKeys.add(key);
                references.add(key.withoutRedo());
                kinds.add(CellComparison.Kind.REDO);
            }
        }
        WelchTest[] tests = new WelchTest[cellKeys.size()];
        double[] p = new double[tests.length];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = test(cells.get(cellKeys.get(i)), cells.get(references.get(i)));
            p[i] = tests[i].pValue();
        }
        double[] adjusted = HolmBonferroni.adjust(p);
        List<CellComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < tests.length; i++) {
            comparisons.add(new CellComparison(kinds.get(i), cellKeys.get(i), references.get(i), tests[i], adjusted[i]));
        }
        return comparisons;
    }

    /** Welch's test of the two cells' accuracies, or an untestable result (p = NaN) with fewer than two finished seeds. */
    private static WelchTest test(DyingMapCell cell, DyingMapCell reference) {
        double[] a = cell.testAccuracies();
        double[] b = reference.testAccuracies();
        if (a.length < 2 || b.length < 2) {
            double difference = a.length == 0 || b.length == 0 ? Double.NaN : Summary.of(a).mean() - Summary.of(b).mean();
            return new WelchTest(difference, Double.NaN, Double.NaN, Double.NaN);
        }
        return WelchTest.compare(a, b);
    }

    /** A share as a percentage with one decimal, e.g. {@code 12.5 %}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
