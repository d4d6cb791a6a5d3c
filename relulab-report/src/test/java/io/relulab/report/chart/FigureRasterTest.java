package io.relulab.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Drawing a figure panel by panel — in any order, from several threads — gives the pixels of drawing every panel
 * with one {@code Graphics2D}, one after another (how figures were drawn before {@link FigureRaster}).
 */
class FigureRasterTest {

    private static final double SCALE = 2.0;

    /** Four charts whose curves, bands, legends and rotated labels reach to the edges of their panels. */
    private static List<JFreeChart> panels() {
        List<JFreeChart> panels = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            double[] x = new double[41];
            double[] y = new double[41];
            double[] lower = new double[41];
            double[] upper = new double[41];
            for (int i = 0; i < x.length; i++) {
                x[i] = -2 + i * 0.1;
                y[i] = Math.sin((p + 1) * x[i]) * (p + 1);
                lower[i] = y[i] - 0.3;
                upper[i] = y[i] + 0.3;
            }
            panels.add(LineChart.builder("(" + (char) ('a' + p) + ") panel " + p).subtitle("sub-title " + p)
                    .axisLabels("x", "value of panel " + p).add(Series.of("sine", x, y).withBand(lower, upper))
                    .add(Series.of("steps", x, lower)).xRange(-2, 2).build());
        }
        return panels;
    }

    /** The figure drawn the old way: one Graphics2D with the writer's settings, every panel in turn. */
    private static int[] drawnAtOnce(Figure figure) {
        BufferedImage image = new BufferedImage((int) Math.ceil(figure.width() * SCALE), (int) Math.ceil(figure.height() * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.scale(SCALE, SCALE);
        figure.draw(graphics);
        graphics.dispose();
        return pixels(image);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }

    @Test
    void panelsDrawnInAnyOrderGiveTheSamePixels() {
        int[] expected = drawnAtOnce(new Figure(panels(), 2, 500, 420));
        for (int[] order : new int[][] {{0, 1, 2, 3}, {3, 1, 0, 2}, {2, 0, 3, 1}}) {
            List<JFreeChart> panels = panels();
            FigureRaster raster = new FigureRaster(new GridLayout(4, 2, 500, 420), SCALE);
            for (int index : order) {
                raster.draw(index, panels.get(index));
            }
            assertThat(pixels(raster.image())).as(java.util.Arrays.toString(order)).isEqualTo(expected);
        }
        assertThat(pixels(new ChartWriter(SCALE).png(new Figure(panels(), 2, 500, 420)))).isEqualTo(expected);
    }

    @Test
    void panelsDrawnByTwoThreadsAtOnceGiveTheSamePixels() throws Exception {
        int[] expected = drawnAtOnce(new Figure(panels(), 2, 500, 420));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<JFreeChart> panels = panels();
                FigureRaster raster = new FigureRaster(new GridLayout(4, 2, 500, 420), SCALE);
                List<Future<?>> drawn = new ArrayList<>();
                for (int index = 0; index < 4; index++) {
                    int panel = index;
                    drawn.add(pool.submit(() -> raster.draw(panel, panels.get(panel))));
                }
                for (Future<?> task : drawn) {
                    task.get();
                }
                assertThat(pixels(raster.image())).as("round " + round).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRowOfPanelsEndsWhereTheNextBegins() {
        FigureRaster raster = new FigureRaster(new GridLayout(3, 2, 500, 421), 1.5);
        assertThat(raster.image().getWidth()).isEqualTo(1500);
        assertThat(raster.image().getHeight()).isEqualTo(1263);
        assertThat(raster.endOfRow(0)).isEqualTo(631); // row 631 (631.5 px) is shared with the next panels
        assertThat(raster.endOfRow(1)).isEqualTo(1263);
    }
}
