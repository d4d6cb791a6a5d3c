package io.relulab.simulation;

import java.util.List;
import java.util.Optional;

/**
 * All cells of a born-dead study, ordered by initialisation, then width, then depth, as listed in the
 * configuration.
 *
 * @param config the settings that produced it
 * @param cells  one cell per (initialisation, width, depth)
 */
public record BornDeadResult(BornDeadConfig config, List<BornDeadCell> cells) {

    public BornDeadResult {
        cells = List.copyOf(cells);
    }

    /** The cell for the given combination, if it was simulated. */
    public Optional<BornDeadCell> cell(BornDeadInitialization initialization, int width, int depth) {
        return cells.stream()
                .filter(c -> c.initialization() == initialization && c.width() == width && c.depth() == depth)
                .findFirst();
    }
}
