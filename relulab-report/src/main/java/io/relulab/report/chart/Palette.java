package io.relulab.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito colour-blind-safe palette, ordered for lines on a white background (the light ones late), with
 * its yellow, which cannot be seen as a line on white, replaced by a dark yellow, and one dash pattern per position so that series also differ in
 * grey-scale print and where lines overlap.
 *
 * <p>Source: Okabe and Ito, <i>Color Universal Design</i> (2002/2008); the same eight colours as
 * matplotlib's and ggplot2's colour-blind palettes.
 */
public final class Palette {

    /** Blue #0072B2. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Vermillion #D55E00. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Bluish green #009E73. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Reddish purple #CC79A7. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Orange #E69F00. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Sky blue #56B4E9. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Black #000000. */
    public static final Color BLACK = new Color(0x000000);
    /** Yellow #F0E442 (1.3:1 against white: too faint for a line, so not among {@link #COLOURS}). */
    public static final Color YELLOW = new Color(0xF0E442);
    /** A dark yellow #9E8E00 in yellow's place for lines: 3.3:1 against white, where Okabe–Ito's yellow is 1.3:1. */
    public static final Color DARK_YELLOW = new Color(0x9E8E00);

    /** The colours in the order series receive them. */
    public static final List<Color> COLOURS = List.of(
            BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK, DARK_YELLOW);

    /** Dash patterns (in units of the line width) in the order series receive them; null is solid. */
    private static final float[][] DASHES = {
        null,             // solid
        {3.2f, 1.6f},     // dashed
        {1.0f, 1.2f},     // dotted
        {4.0f, 1.4f, 1.0f, 1.4f}, // dash-dot
        {6.0f, 2.0f},     // long dash
        {4.0f, 1.2f, 1.0f, 1.2f, 1.0f, 1.2f}, // dash-dot-dot
        {2.0f, 2.0f},     // short dash
    };

    private Palette() {
    }

    /** The colour of series {@code index} (cycling). */
    public static Color colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** The stroke of series {@code index}: its dash pattern scaled to the given width (cycling). */
    public static BasicStroke stroke(int index, float width) {
        float[] pattern = DASHES[Math.floorMod(index, DASHES.length)];
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            dash[i] = pattern[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The colour with the given opacity in [0, 1], for bands. */
    public static Color translucent(Color colour, double opacity) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * opacity));
    }
}
