package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes everything a study produces into one output folder:
 * <pre>
 * out/report.html          the self-contained report (written last)
 * out/results.json         every trial and summary ({@link ResultsJsonWriter})
 * out/history.csv          one row per trial × epoch ({@link HistoryCsvWriter})
 * out/figures/figure1-activations.png|.svg
 * out/figures/figure2-&lt;scenario&gt;.png|.svg
 * </pre>
 *
 * <p>Everything is first rendered into a hidden staging folder inside {@code out} ({@code .relulab-staging-…}, on
 * the same file system so that renames are atomic). Only when every file is complete is the old
 * {@code report.html} removed, the other files renamed into place, and the new {@code report.html} renamed into
 * place last. An interrupted run therefore leaves either no report or a complete one whose companions are all
 * from the same run; the staging folder is deleted on the way out, also when the JVM is stopped by Ctrl-C.
 *
 * <p>The command line calls {@link #checkWritable(Path)} before any training, so that a bad {@code --out} fails
 * at once.
 */
public final class StudyReportWriter {

    /** The report's file name. */
    public static final String REPORT_FILE = "report.html";
    /** The results file's name. */
    public static final String RESULTS_FILE = "results.json";
    /** The per-epoch history's file name. */
    public static final String HISTORY_FILE = "history.csv";
    /** The folder of figure files inside the output folder. */
    public static final String FIGURES_FOLDER = "figures";

    static final String STAGING_PREFIX = ".relulab-staging-";

    private StudyReportWriter() {
    }

    /**
     * Fails fast if {@code out} cannot be written: creates the folder if needed and writes and deletes a probe
     * file in it.
     *
     * @throws IllegalArgumentException one line, e.g. {@code output folder /proc/forbidden is not writable: cannot
     *     create /proc/forbidden}
     */
    public static void checkWritable(Path out) {
        OutputFolder.checkWritable(out);
    }

    /**
     * Writes the report, results, history and figures of {@code result} into {@code out}.
     *
     * @param result the study
     * @param plotted the activation functions drawn in figure 1 (the notebook plots relu, leaky_relu:0.1,
     *     prelu with α = 0.2 and elu:1.0)
     * @param out the output folder; created if needed
     * @return the files written
     * @throws IllegalArgumentException if {@code out} is not writable (see {@link #checkWritable(Path)})
     * @throws IOException if writing fails part-way; no new report is then in place
     */
    public static StudyOutputs write(StudyResult result, List<Activation> plotted, Path out) throws IOException {
        checkWritable(out);
        Path folder = out.toAbsolutePath().normalize();
        Path staging = Files.createTempDirectory(folder, STAGING_PREFIX);
        Thread cleanup = new Thread(() -> deleteRecursively(staging), "relulab-staging-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        try {
            List<String> figureFiles = new ArrayList<>();
            ReportFigures figures = renderFigures(result, plotted, staging.resolve(FIGURES_FOLDER), figureFiles);
            byte[] json = ResultsJsonWriter.toBytes(result, ResultsJsonWriter.Timings.INCLUDED);
            AtomicFiles.write(staging.resolve(RESULTS_FILE), stream -> stream.write(json));
            AtomicFiles.writeString(staging.resolve(HISTORY_FILE), HistoryCsvWriter.toCsv(result));
            AtomicFiles.writeString(staging.resolve(REPORT_FILE), HtmlReportWriter.toHtml(result, figures));

            publish(staging, folder, figureFiles);
            return new StudyOutputs(out, out.resolve(REPORT_FILE), out.resolve(RESULTS_FILE), out.resolve(HISTORY_FILE),
                    figureFiles.stream().map(name -> out.resolve(FIGURES_FOLDER).resolve(name)).toList());
        } finally {
            deleteRecursively(staging);
            removeShutdownHook(cleanup, hooked);
        }
    }

    /**
     * Moves the staged files into {@code folder}: first removes the old report, then moves the figures, results and
     * history, and the new report last. Returns the targets in the order they were moved.
     */
    static List<Path> publish(Path staging, Path folder, List<String> figureFiles) throws IOException {
        List<Path> published = new ArrayList<>();
        Files.deleteIfExists(folder.resolve(REPORT_FILE));
        Files.createDirectories(folder.resolve(FIGURES_FOLDER));
        for (String name : figureFiles) {
            published.add(moveIntoPlace(staging.resolve(FIGURES_FOLDER).resolve(name), folder.resolve(FIGURES_FOLDER).resolve(name)));
        }
        published.add(moveIntoPlace(staging.resolve(RESULTS_FILE), folder.resolve(RESULTS_FILE)));
        published.add(moveIntoPlace(staging.resolve(HISTORY_FILE), folder.resolve(HISTORY_FILE)));
        published.add(moveIntoPlace(staging.resolve(REPORT_FILE), folder.resolve(REPORT_FILE)));
        return published;
    }

    /**
     * Draws figure 1 and every scenario's figure 2 as PNG and SVG into {@code folder}, one figure per core (they
     * are independent charts; rendering and PNG encoding take most of the writing time), and returns the SVGs
     * for the HTML. File names are listed in {@code files} in a fixed order.
     */
    private static ReportFigures renderFigures(StudyResult result, List<Activation> plotted, Path folder, List<String> files)
            throws IOException {
        Map<String, Callable<Figure>> figures = new LinkedHashMap<>();
        figures.put(StudyFigures.ACTIVATIONS_NAME, () -> StudyFigures.activations(plotted, result.progressions()));
        for (ScenarioSummary scenario : result.scenarios()) {
            figures.put(StudyFigures.scenarioName(scenario.scenario()), () -> StudyFigures.scenario(scenario));
        }
        ChartWriter charts = new ChartWriter();
        int threads = Math.max(1, Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "relulab-figure");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<String>> svgs = new LinkedHashMap<>();
            for (Map.Entry<String, Callable<Figure>> figure : figures.entrySet()) {
                svgs.put(figure.getKey(), pool.submit(() -> writeFigure(charts, figure.getValue().call(), folder, figure.getKey())));
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (Map.Entry<String, Future<String>> svg : svgs.entrySet()) {
                byName.put(svg.getKey(), await(svg.getValue()));
                files.add(svg.getKey() + ".png");
                files.add(svg.getKey() + ".svg");
            }
            Map<String, String> byScenario = new LinkedHashMap<>();
            for (ScenarioSummary scenario : result.scenarios()) {
                byScenario.put(scenario.scenario(), byName.get(StudyFigures.scenarioName(scenario.scenario())));
            }
            return new ReportFigures(byName.get(StudyFigures.ACTIVATIONS_NAME), byScenario);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String writeFigure(ChartWriter charts, Figure figure, Path folder, String name) throws IOException {
        charts.writePng(figure, folder.resolve(name + ".png"));
        String svg = charts.svg(figure);
        AtomicFiles.writeString(folder.resolve(name + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n");
        return svg;
    }

    /** The task's result; its exception rethrown as it was thrown (an I/O error, or a bad argument). */
    private static String await(Future<String> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while drawing the figures");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Path moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false; // already shutting down: the finally block cleans up
        }
    }

    private static void removeShutdownHook(Thread hook, boolean hooked) {
        if (!hooked) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | SecurityException e) {
            // shutting down: the hook runs and finds nothing left to delete
        }
    }

    /** Best effort: a staging folder that cannot be deleted is hidden and harmless, and must not mask the real error. */
    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // left behind; see above
        }
    }
}
