package io.relulab.report.chart;

/**
 * Makes AWT headless before any chart class touches it (unless the user chose otherwise), and makes
 * JFreeChart draw rotated text (the y-axis label) with {@code drawString} rather than as a glyph
 * outline, so that SVG output keeps it as searchable text; the old JDK bug that the outline workaround
 * avoided does not affect Java 17.
 */
final class Headless {

    private Headless() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }
}
