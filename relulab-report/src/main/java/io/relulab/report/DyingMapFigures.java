package io.relulab.report;

import io.relulab.report.chart.Figure;
import io.relulab.report.chart.HeatmapChart;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.DyingMapCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;

/**
 * The dying map's figures: for each measure (dead share, saturated share when measured, test accuracy) one figure
 * with a heatmap over learning rate × depth per variant (row) and width (column) — or, for explicit hidden-layer
 * lists, over learning rate × list, one panel per variant ({@link io.relulab.sweep.MapLayout}). Every panel carries the seed
 * count of each cell and the boundary where the mean dead share reaches {@link DyingMap#BOUNDARY_SHARE}.
 */
final class DyingMapFigures {

    /** One figure and the file name it is written under. */
    record Named(String base, String caption, Figure figure) {
    }

    private static final int PANEL_WIDTH = 560;

    private DyingMapFigures() {
    }

    /** Panels one figure holds at most; a larger sweep gets one figure per activation and measure. */
    static final int MAX_PANELS = 12;

    static List<Named> of(DyingMap map) {
        List<List<String>> groups = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        if (map.variants().size() * map.layout().panels().size() <= MAX_PANELS) {
            groups.add(map.variants());
            suffixes.add("");
        } else {
            for (String activation : map.cells().stream().map(c -> c.key().activation()).distinct().toList()) {
                groups.add(map.cells().stream().filter(c -> c.key().activation().equals(activation))
                        .map(c -> c.key().variant()).distinct().toList());
                suffixes.add(activation);
            }
        }
        double[] range = accuracyRange(map);
        List<Named> figures = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> variants = groups.get(g);
            String suffix = suffixes.get(g).isEmpty() ? "" : "-" + fileName(suffixes.get(g));
            String about = suffixes.get(g).isEmpty() ? "" : ", " + suffixes.get(g);
            figures.add(new Named("dying-map-dead" + suffix, "Mean final share of dead units (zero derivative on every probe row)" + about,
                    figure(map, variants, "dead share", DyingMapCell::meanDeadShare, 0, 1, DyingMapFigures::percent)));
            if (map.hasSaturated()) {
                figures.add(new Named("dying-map-saturated" + suffix,
                        "Mean final share of saturated units (largest |f′(z)| below ε on the probe)" + about,
                        figure(map, variants, "saturated share", DyingMapCell::meanSaturatedShare, 0, 1, DyingMapFigures::percent)));
            }
            figures.add(new Named("dying-map-accuracy" + suffix, "Mean final test accuracy" + about,
                    figure(map, variants, "test accuracy", DyingMapCell::meanTestAccuracy, range[0], range[1],
                            value -> String.format(Locale.ROOT, "%.3f", value))));
        }
        return figures;
    }

    /** A spec as a file name part: {@code leaky_relu:0.1} → {@code leaky_relu-0.1}. */
    static String fileName(String spec) {
        return spec.replaceAll("[^A-Za-z0-9_.]+", "-");
    }

    private static Figure figure(DyingMap map, List<String> variants, String measure, ToDoubleFunction<DyingMapCell> value, double low, double high,
            java.util.function.DoubleFunction<String> format) {
        List<String> columns = map.learningRates().stream().map(io.relulab.sweep.CellKey::rate).toList();
        io.relulab.sweep.MapLayout layout = map.layout();
        List<String> rows = layout.rows();
        List<JFreeChart> panels = new ArrayList<>();
        for (String variant : variants) {
            for (String panel : layout.panels()) {
                double[][] values = new double[rows.size()][columns.size()];
                int[][] counts = new int[rows.size()][columns.size()];
                boolean[][] boundary = new boolean[rows.size()][columns.size()];
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < columns.size(); c++) {
                        Optional<DyingMapCell> cell = map.cell(variant, panel, rows.get(r), map.learningRates().get(c));
                        values[r][c] = cell.map(value::applyAsDouble).orElse(Double.NaN);
                        counts[r][c] = cell.map(DyingMapCell::trials).orElse(0);
                        boundary[r][c] = cell.map(x -> x.meanDeadShare() >= DyingMap.BOUNDARY_SHARE).orElse(false);
                    }
                }
                String title = layout.panelPhrase(panel).isEmpty() ? variant : variant + " — " + layout.panelPhrase(panel);
                panels.add(HeatmapChart.of(new HeatmapChart.Data(title, "learning rate", columns,
                        layout.rowTitle(), rows, values, counts, low, high, format, measure, boundary, false, "all diverged")));
            }
        }
        int height = Math.max(300, 150 + 70 * rows.size());
        int width = Math.max(PANEL_WIDTH, 200 + 90 * columns.size());
        // one column per width; a single width puts two variants side by side (e.g. two initialisers)
        int columnsPerRow = layout.panels().size() > 1 ? layout.panels().size() : Math.min(2, panels.size());
        return new Figure(panels, columnsPerRow, width, height);
    }

    /** The accuracy colour scale: the observed range widened to multiples of 0.05. */
    static double[] accuracyRange(DyingMap map) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (DyingMapCell cell : map.cells()) {
            double mean = cell.meanTestAccuracy();
            if (!Double.isNaN(mean)) {
                low = Math.min(low, mean);
                high = Math.max(high, mean);
            }
        }
        if (low > high) {
            return new double[] {0, 1};
        }
        low = Math.floor(low * 20) / 20;
        high = Math.ceil(high * 20) / 20;
        if (high - low < 0.05) {
            high = low + 0.05;
        }
        return new double[] {low, high};
    }

    /** A share as a percentage, one decimal below 20 %; a share that is not 0 never prints as 0 % (nor one below 1 as 100 %). */
    static String percent(double share) {
        if (share == 0) {
            return "0%";
        }
        if (share > 0 && share < 0.0005) {
            return "<0.1%";
        }
        if (share < 0.2) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * share);
        }
        if (share < 1 && share > 0.995) {
            return ">99%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
