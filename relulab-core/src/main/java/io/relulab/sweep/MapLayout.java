package io.relulab.sweep;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a cell's hidden layers put it in a panel of the dying map. Two layouts:
 * <ul>
 * <li><b>depth × width</b> — when every cell's layers have one width and the sweep's layer lists are exactly every
 *     depth with every width (the {@code --depths} × {@code --widths} grid): one panel per width (ascending), rows
 *     are depths (ascending);</li>
 * <li><b>hidden lists</b> — otherwise (explicit {@code --hidden} lists such as {@code 64,32} and {@code 128}): one
 *     panel, one row per list, in the sweep's order.</li>
 * </ul>
 * Either way the columns are the learning rates and the boundary is drawn per row.
 *
 * @param grid whether this is the depth × width layout
 * @param panels the panel labels: widths ({@code "32"}) of a grid; a single {@code ""} for hidden lists
 * @param rows the row labels: depths ({@code "4"}) of a grid; the lists ({@code "64,32"}) otherwise
 */
public record MapLayout(boolean grid, List<String> panels, List<String> rows) {

    public MapLayout {
        panels = List.copyOf(panels);
        rows = List.copyOf(rows);
    }

    /** The layout of {@code cells} (see the class comment). */
    public static MapLayout of(Collection<CellKey> cells) {
        Set<List<Integer>> lists = new LinkedHashSet<>();
        cells.forEach(c -> lists.add(c.hidden()));
        TreeSet<Integer> depths = new TreeSet<>();
        TreeSet<Integer> widths = new TreeSet<>();
        boolean uniform = true;
        for (List<Integer> hidden : lists) {
            OptionalInt width = TrialKey.uniformWidth(hidden);
            uniform &= width.isPresent();
            depths.add(hidden.size());
            width.ifPresent(widths::add);
        }
        if (uniform && lists.size() == depths.size() * widths.size()) {
            return new MapLayout(true, widths.stream().map(String::valueOf).toList(), depths.stream().map(String::valueOf).toList());
        }
        return new MapLayout(false, List.of(""), lists.stream().map(TrialKey::widths).toList());
    }

    /** The panel {@code cell} is drawn in. */
    public String panel(CellKey cell) {
        return grid ? String.valueOf(cell.uniformWidth().orElseThrow()) : "";
    }

    /** The row {@code cell} is drawn in. */
    public String row(CellKey cell) {
        return grid ? String.valueOf(cell.depth()) : TrialKey.widths(cell.hidden());
    }

    /** A panel as prose, e.g. {@code width 32}; empty for the single panel of hidden lists. */
    public String panelPhrase(String panel) {
        return grid ? "width " + panel : "";
    }

    /** A row as prose, e.g. {@code depth 4} or {@code hidden 64,32}. */
    public String rowPhrase(String row) {
        return (grid ? "depth " : "hidden ") + row;
    }

    /** The rows' axis title. */
    public String rowTitle() {
        return grid ? "depth (hidden layers)" : "hidden layer widths";
    }

    /** What the map's rows and panels are, for the report's lead. */
    public String describe() {
        return grid ? "learning rate × depth, one panel per width" : "learning rate × hidden layers, one row per list of widths";
    }
}
