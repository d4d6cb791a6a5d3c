package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.experiment.StudyResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        return write(result, StudyFigureWriter.start(plotted), folder);
    }

    /**
     * Writes the report, results, history and figures of {@code result} into a folder this run holds, with figures
     * whose drawing was {@linkplain StudyFigureWriter#start(List) started} before the study ended; the lock stays
     * held. The results and the history are written while the figures are being drawn, the report once their SVGs are.
     */
    public static StudyOutputs write(StudyResult result, StudyFigureWriter figures, OutputFolder folder) throws IOException {
        Path out = folder.shown();
        Path staging = folder.newStaging();
        Thread cleanup = new Thread(() -> OutputFolder.deleteRecursively(staging), "relulab-staging-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        try (StudyFigureWriter.Drawing drawing = figures.draw(result, staging.resolve(FIGURES_FOLDER))) {
            byte[] json = ResultsJsonWriter.toBytes(result, ResultsJsonWriter.Timings.INCLUDED);
            AtomicFiles.write(staging.resolve(RESULTS_FILE), stream -> stream.write(json));
            AtomicFiles.writeString(staging.resolve(HISTORY_FILE), HistoryCsvWriter.toCsv(result));
            // the report needs the SVGs only: written while the last PNGs are encoded
            AtomicFiles.writeString(staging.resolve(REPORT_FILE), HtmlReportWriter.toHtml(result, drawing.svgs()));
            drawing.await();

            folder.publish(staging, REPORT_FILE);
            return new StudyOutputs(out, out.resolve(REPORT_FILE), out.resolve(RESULTS_FILE), out.resolve(HISTORY_FILE),
                    drawing.files().stream().map(name -> out.resolve(FIGURES_FOLDER).resolve(name)).toList());
        } finally {
            OutputFolder.deleteRecursively(staging);
            removeShutdownHook(cleanup, hooked);
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
