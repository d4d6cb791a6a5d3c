/**
 * Chart foundation shared by every figure ReLU Lab draws: a colour-blind-safe {@link
 * io.relulab.report.chart.Palette} (Okabe–Ito colours plus dash patterns, so lines stay apart in
 * grey-scale too), a {@link io.relulab.report.chart.LineChart} builder over JFreeChart for series of
 * (x, y) arrays with optional bands, {@link io.relulab.report.chart.Figure}s of several panels, and a
 * {@link io.relulab.report.chart.ChartWriter} that writes the same figure as PNG (JFreeChart's
 * {@code ChartUtils}) and SVG (JFreeSVG {@code SVGGraphics2D}), atomically, or returns the SVG for inline
 * HTML. Rendering is headless.
 *
 * <p>Loading or using these classes sets no JVM-wide property: an embedder on a machine without a display runs
 * with {@code -Djava.awt.headless=true} (the {@code relulab} program sets it in its {@code main}), and JFreeChart's
 * rotated-text switch is changed only while one of these figures is drawn ({@code RotatedText}).
 */
package io.relulab.report.chart;
