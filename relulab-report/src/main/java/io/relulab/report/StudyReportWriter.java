package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * <p>The folder is held with an {@link OutputFolder} lock while writing. Everything is first rendered into a
 * hidden staging folder inside {@code out}; only when every file is complete is it published as a whole: the old
 * {@code report.html} removed, {@code figures/} replaced as a folder (no figure of an earlier run survives), the
 * other files renamed into place, and the new {@code report.html} renamed into place last. An interrupted run
 * therefore leaves either no report or a complete one whose companions are all from the same run; the staging
 * folder is deleted on the way out, also when the JVM is stopped by Ctrl-C.
 *
 * <p>The command line takes the {@link OutputFolder} lock before any training (so a bad or busy {@code --out}
 * fails at once) and passes it to {@link #write(StudyResult, List, OutputFolder)}.
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
        Optional<OutputFolder> held = OutputFolder.heldByThisThread(out);
        if (held.isPresent()) {
            return write(result, plotted, held.get());
        }
        try (OutputFolder folder = OutputFolder.lock(out)) {
            return write(result, plotted, folder);
        }
    }

    /**
     * Writes the report, results, history and figures of {@code result} into a folder this run holds (see
     * {@link #write(StudyResult, List, Path)}); the lock stays held.
     */
    public static StudyOutputs write(StudyResult result, List<Activation> plotted, OutputFolder folder) throws IOException {
        Path out = folder.shown();
        Path staging = folder.newStaging();
        Thread cleanup = new Thread(() -> OutputFolder.deleteRecursively(staging), "relulab-staging-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        try {
            List<String> figureFiles = new ArrayList<>();
            ReportFigures figures = renderFigures(result, plotted, staging.resolve(FIGURES_FOLDER), figureFiles);
            byte[] json = ResultsJsonWriter.toBytes(result, ResultsJsonWriter.Timings.INCLUDED);
            AtomicFiles.write(staging.resolve(RESULTS_FILE), stream -> stream.write(json));
            AtomicFiles.writeString(staging.resolve(HISTORY_FILE), HistoryCsvWriter.toCsv(result));
            AtomicFiles.writeString(staging.resolve(REPORT_FILE), HtmlReportWriter.toHtml(result, figures));

            folder.publish(staging, REPORT_FILE);
            return new StudyOutputs(out, out.resolve(REPORT_FILE), out.resolve(RESULTS_FILE), out.resolve(HISTORY_FILE),
                    figureFiles.stream().map(name -> out.resolve(FIGURES_FOLDER).resolve(name)).toList());
        } finally {
            OutputFolder.deleteRecursively(staging);
            removeShutdownHook(cleanup, hooked);
        }
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
            Map<String, Future<List<String>>> svgs = new LinkedHashMap<>();
            for (Map.Entry<String, Callable<Figure>> figure : figures.entrySet()) {
                svgs.put(figure.getKey(), pool.submit(() -> writeFigure(charts, figure.getValue().call(), folder, figure.getKey())));
            }
            Map<String, List<String>> byName = new LinkedHashMap<>();
            for (Map.Entry<String, Future<List<String>>> svg : svgs.entrySet()) {
                byName.put(svg.getKey(), await(svg.getValue()));
                files.add(svg.getKey() + ".png");
                files.add(svg.getKey() + ".svg");
            }
            Map<String, List<String>> byScenario = new LinkedHashMap<>();
            for (ScenarioSummary scenario : result.scenarios()) {
                byScenario.put(scenario.scenario(), byName.get(StudyFigures.scenarioName(scenario.scenario())));
            }
            return new ReportFigures(byName.get(StudyFigures.ACTIVATIONS_NAME), byScenario);
        } finally {
            pool.shutdownNow();
            awaitFigureThreads(pool);
        }
    }

    /**
     * Waits for figures still being drawn when another one failed: they write into the staging folder, which the caller
     * deletes next, so returning earlier could leave their files behind (drawing does not stop on interruption).
     */
    private static void awaitFigureThreads(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the figure's PNG and SVG files and returns its panels as SVG documents, each drawn once. */
    private static List<String> writeFigure(ChartWriter charts, Figure figure, Path folder, String name) throws IOException {
        charts.writePng(figure, folder.resolve(name + ".png"));
        List<String> panels = new ArrayList<>();
        for (var panel : figure.panels()) {
            panels.add(charts.svg(Figure.of(panel, figure.panelWidth(), figure.panelHeight())));
        }
        AtomicFiles.writeString(folder.resolve(name + ".svg"), SvgGrid.compose(figure, panels));
        return panels;
    }

    /** The task's result; its exception rethrown as it was thrown (an I/O error, or a bad argument). */
    private static <T> T await(Future<T> task) throws IOException {
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

}
