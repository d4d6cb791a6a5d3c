package io.relulab.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a study wrote, for the command line to print.
 *
 * @param folder the output folder
 * @param report {@code report.html}
 * @param results {@code results.json}
 * @param history {@code history.csv}
 * @param figures the PNG and SVG files of every figure
 */
public record StudyOutputs(Path folder, Path report, Path results, Path history, List<Path> figures) {

    public StudyOutputs {
        figures = List.copyOf(figures);
    }
}
