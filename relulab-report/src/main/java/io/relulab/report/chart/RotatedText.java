package io.relulab.report.chart;

import org.jfree.chart.text.TextUtils;

/**
 * Draws rotated text (the y-axis labels) as text while a figure is being drawn, and only then.
 *
 * <p>JFreeChart draws a rotated string either with {@code Graphics2D.drawString} or, with its global
 * "rotated string workaround" (on by default, for an old JDK bug that does not affect Java 17), as a
 * {@code TextLayout} — which SVG generators record as glyph outlines, so the label would no longer be
 * searchable text. The switch is a JFreeChart-wide static, so this class turns it off when the first of our
 * drawings starts and gives it back its previous value when the last one ends (drawings may run in
 * parallel threads). Nothing changes at class loading, and outside our drawings the host's setting holds.
 */
final class RotatedText {

    private static int drawings;
    private static boolean hostSetting;

    private RotatedText() {
    }

    /** Runs {@code drawing} with rotated strings drawn as text. */
    static void asText(Runnable drawing) {
        begin();
        try {
            drawing.run();
        } finally {
            end();
        }
    }

    private static synchronized void begin() {
        if (drawings++ == 0) {
            hostSetting = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
        }
    }

    private static synchronized void end() {
        if (--drawings == 0) {
            TextUtils.setUseDrawRotatedStringWorkaround(hostSetting);
        }
    }
}
