package io.relulab.report;

import io.relulab.activation.Activation;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyResult;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import io.relulab.report.chart.FigureRaster;
import io.relulab.report.chart.PngEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;

/**
 * Draws a study's figures ({@link StudyFigures}) into their PNG and SVG files, beginning before the study is done.
 *
 * <p>Figure 1's panels (a), (b) and (d) need only the activations, so {@link #start(List)} draws them on a thread of
 * its own while the trials run — together with the start-up of Java2D, the fonts, the chart library and the SVG
 * writer, which every later figure needs too — and encodes the PNG rows they complete (the upper half). Once the study
 * is done, {@link #draw(StudyResult, Path)} draws the rest on up to one thread per core: figure 1's panel (c) (the
 * dying progression, which needs the trials) and the lower half of its PNG, and each scenario's figure 2, its PNG and
 * its SVG as two tasks (each with charts of its own: a chart is drawn by one thread at a time). The files are the same
 * bytes as when each figure is drawn whole ({@link FigureRaster}, {@link PngEncoder#encodeRows(int)}, tested).
 */
public final class StudyFigureWriter {

    private final List<Activation> plotted;
    private final ChartWriter charts = new ChartWriter();
    private final FutureTask<FigureOneAhead> ahead;

    private StudyFigureWriter(List<Activation> plotted) {
        this.plotted = List.copyOf(plotted);
        this.ahead = new FutureTask<>(this::drawAhead);
    }

    /**
     * Starts drawing figure 1's activation panels on a daemon thread; pass the result to {@link #draw(StudyResult, Path)}
     * once the study is done. Nothing is written until then.
     *
     * @param plotted the activation functions drawn in figure 1
     */
    public static StudyFigureWriter start(List<Activation> plotted) {
        StudyFigureWriter writer = new StudyFigureWriter(plotted);
        Thread thread = new Thread(writer.ahead, "relulab-figure");
        thread.setDaemon(true);
        thread.start();
        return writer;
    }

    /** Figure 1 as far as it is drawn ahead: its image, its PNG's first rows, and its panels' SVG, by position. */
    private record FigureOneAhead(FigureRaster raster, PngEncoder png, ByteArrayOutputStream pngBytes, Map<Integer, String> svgs) {
    }

    private FigureOneAhead drawAhead() throws IOException {
        Map<Integer, JFreeChart> panels = StudyFigures.activationPanels(plotted);
        FigureRaster raster = charts.raster(StudyFigures.LAYOUT);
        ByteArrayOutputStream pngBytes = new ByteArrayOutputStream();
        PngEncoder png = PngEncoder.start(raster.image(), pngBytes);
        try {
            Map<Integer, String> svgs = new LinkedHashMap<>();
            for (Map.Entry<Integer, JFreeChart> panel : panels.entrySet()) {
                raster.draw(panel.getKey(), panel.getValue());
                svgs.put(panel.getKey(), panelSvg(panel.getValue()));
            }
            // the image rows above panel (c)'s row of panels are final now
            int progressionRow = StudyFigures.PROGRESSION_PANEL / StudyFigures.LAYOUT.columns();
            if (progressionRow > 0) {
                png.encodeRows(raster.endOfRow(progressionRow - 1));
            }
            return new FigureOneAhead(raster, png, pngBytes, svgs);
        } catch (IOException | RuntimeException | Error e) {
            png.close();
            throw e;
        }
    }

    /**
     * Draws the rest of the figures of {@code result} into {@code folder}, on threads of their own; the returned
     * drawing gives their SVG panels for the HTML and waits for the files. Call once.
     */
    public Drawing draw(StudyResult result, Path folder) {
        List<String> names = new ArrayList<>();
        names.add(StudyFigures.ACTIVATIONS_NAME);
        result.scenarios().forEach(s -> names.add(StudyFigures.scenarioName(s.scenario())));
        // the longest tasks first: a figure 2's PNG, then figure 1's PNG, then the SVGs
        Map<String, Callable<?>> tasks = new LinkedHashMap<>();
        for (ScenarioSummary scenario : result.scenarios()) {
            String name = StudyFigures.scenarioName(scenario.scenario());
            tasks.put(name + ".png", afterAhead(() -> {
                charts.writePng(StudyFigures.scenario(scenario), folder.resolve(name + ".png"));
                return null;
            }));
        }
        tasks.put(StudyFigures.ACTIVATIONS_NAME + ".png", () -> {
            finishFigureOnePng(result, folder.resolve(StudyFigures.ACTIVATIONS_NAME + ".png"));
            return null;
        });
        for (ScenarioSummary scenario : result.scenarios()) {
            String name = StudyFigures.scenarioName(scenario.scenario());
            tasks.put(name + ".svg", afterAhead(() -> writeSvg(StudyFigures.scenario(scenario).panels(), folder.resolve(name + ".svg"))));
        }
        tasks.put(StudyFigures.ACTIVATIONS_NAME + ".svg", () -> finishFigureOneSvg(result, folder.resolve(StudyFigures.ACTIVATIONS_NAME + ".svg")));
        return new Drawing(result, names, tasks);
    }

    /**
     * {@code task}, started only once the drawing ahead is over (done or failed — figure 1's own tasks report a
     * failure), so that the start-up of Java2D's text and fonts happens on that one thread. In a study it is over long
     * before the trials end; {@code relulab report} waits for it. Once, in an older build that drew its first charts on
     * two threads at the same time, a figure 2's PNG came out with a subtitle one line lower (its data the same).
     */
    private <T> Callable<T> afterAhead(Callable<T> task) {
        return () -> {
            try {
                ahead.get();
            } catch (ExecutionException e) {
                // reported by figure 1's tasks
            }
            return task.call();
        };
    }

    private void finishFigureOnePng(StudyResult result, Path file) throws IOException {
        FigureOneAhead figure = drawnAhead();
        try (PngEncoder png = figure.png()) {
            figure.raster().draw(StudyFigures.PROGRESSION_PANEL, StudyFigures.progressionPanel(result.progressions(), plotted));
            png.finish();
        }
        AtomicFiles.write(file, out -> figure.pngBytes().writeTo(out));
    }

    private List<String> finishFigureOneSvg(StudyResult result, Path file) throws IOException {
        Map<Integer, String> svgs = new LinkedHashMap<>(drawnAhead().svgs());
        svgs.put(StudyFigures.PROGRESSION_PANEL, panelSvg(StudyFigures.progressionPanel(result.progressions(), plotted)));
        List<String> panels = new ArrayList<>();
        for (int i = 0; i < StudyFigures.LAYOUT.panels(); i++) {
            panels.add(svgs.get(i));
        }
        AtomicFiles.writeString(file, SvgGrid.compose(StudyFigures.LAYOUT, panels));
        return panels;
    }

    /** Writes a figure's SVG file from its panels, each drawn once, and returns the panels' SVG documents. */
    private List<String> writeSvg(List<JFreeChart> panels, Path file) throws IOException {
        List<String> svgs = new ArrayList<>();
        for (JFreeChart panel : panels) {
            svgs.add(panelSvg(panel));
        }
        AtomicFiles.writeString(file, SvgGrid.compose(StudyFigures.LAYOUT, svgs));
        return svgs;
    }

    private String panelSvg(JFreeChart panel) {
        return charts.svg(Figure.of(panel, StudyFigures.LAYOUT.panelWidth(), StudyFigures.LAYOUT.panelHeight()));
    }

    private FigureOneAhead drawnAhead() throws IOException {
        return await(ahead);
    }

    /**
     * The figures being drawn: {@link #svgs()} their SVG panels once those files are written, {@link #await()} every
     * file; {@link #close()} waits for any still being drawn (they write into the folder, which a failed run deletes
     * next).
     */
    public static final class Drawing implements AutoCloseable {

        private final StudyResult result;
        private final List<String> names;
        private final ExecutorService pool;
        private final Map<String, Future<?>> running = new LinkedHashMap<>();

        private Drawing(StudyResult result, List<String> names, Map<String, Callable<?>> tasks) {
            this.result = result;
            this.names = List.copyOf(names);
            int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
            this.pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "relulab-figure");
                thread.setDaemon(true);
                return thread;
            });
            tasks.forEach((file, task) -> running.put(file, pool.submit(task)));
        }

        /** The figure files' names, each figure's PNG then its SVG: figure 1, then each scenario's figure 2. */
        public List<String> files() {
            List<String> files = new ArrayList<>();
            for (String name : names) {
                files.add(name + ".png");
                files.add(name + ".svg");
            }
            return files;
        }

        /**
         * Waits until every figure's SVG file is written and returns their panels as SVG documents (the report needs
         * no more; PNGs may still be being drawn: {@link #await()}).
         */
        public ReportFigures svgs() throws IOException {
            Map<String, List<String>> byScenario = new LinkedHashMap<>();
            for (ScenarioSummary scenario : result.scenarios()) {
                byScenario.put(scenario.scenario(), svgPanels(StudyFigures.scenarioName(scenario.scenario())));
            }
            return new ReportFigures(svgPanels(StudyFigures.ACTIVATIONS_NAME), byScenario);
        }

        /** Waits until every figure file is written. */
        public void await() throws IOException {
            for (Future<?> task : running.values()) {
                StudyFigureWriter.await(task);
            }
        }

        @SuppressWarnings("unchecked")
        private List<String> svgPanels(String name) throws IOException {
            return (List<String>) StudyFigureWriter.await(running.get(name + ".svg"));
        }

        /** Stops the drawing threads, waiting for those still drawing (drawing does not stop on interruption). */
        @Override
        public void close() {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
}
