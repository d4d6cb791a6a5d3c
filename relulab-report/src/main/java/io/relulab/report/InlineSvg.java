package io.relulab.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a stand-alone SVG document for inlining into an HTML page: drops the XML declaration and the
 * DOCTYPE (whose DTD address would be the only external reference), gives the root a {@code viewBox} so that CSS
 * can scale it, and prefixes every id — the SVG writer numbers clip paths the same way in every document
 * ({@code relulab…clip-0, …}), and two inline figures with the same ids would borrow each other's clipping
 * regions.
 *
 * <p>The edits are those of the regular expressions below, applied one after the other to the whole document. The
 * three that touch every part of it (ids, {@code url(#…)} and {@code href="#…"} references) are done by
 * scanning for their literal start with {@link String#indexOf(String, int)} and checking the rest by hand, with the
 * same result as {@link Matcher#replaceAll} of {@link #ID}, {@link #URL_REFERENCE} and {@link #HREF_REFERENCE}
 * (tested against them): a figure's SVG is hundreds of kilobytes, and a study inlines each panel twice (figure file
 * and report) in a cold JVM, where the regular-expression engine took most of the figures' text work.
 */
final class InlineSvg {

    private static final Pattern DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>\\s*");
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    /** An id attribute: {@code id="…"} or {@code id='…'}, not part of a longer attribute name. */
    static final Pattern ID = Pattern.compile("\\bid=([\"'])([^\"']+)\\1");
    /** A reference to an id in a presentation attribute or style: {@code url(#…)}. */
    static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)\"']+)\\)");
    /** A link to an id: {@code href="#…"} (also {@code xlink:href}). */
    static final Pattern HREF_REFERENCE = Pattern.compile("href=([\"'])#([^\"']+)\\1");
    private static final Pattern LENGTH = Pattern.compile("\\s(width|height)=[\"']([0-9.]+)(?:px)?[\"']");

    private InlineSvg() {
    }

    /** The SVG element of {@code document}, ready to be placed in HTML, with ids prefixed by {@code prefix}. */
    static String of(String document, String prefix) {
        String svg = document.contains("<?xml") ? DECLARATION.matcher(document).replaceFirst("") : document;
        svg = svg.contains("<!DOCTYPE") ? DOCTYPE.matcher(svg).replaceFirst("") : svg;
        svg = prefixIds(svg, prefix);
        svg = prefixUrlReferences(svg, prefix);
        svg = prefixHrefReferences(svg, prefix);
        Matcher root = ROOT.matcher(svg);
        if (root.find() && !root.group().contains("viewBox")) {
            String tag = root.group();
            Matcher lengths = LENGTH.matcher(tag);
            String width = null;
            String height = null;
            while (lengths.find()) {
                if (lengths.group(1).equals("width")) {
                    width = lengths.group(2);
                } else {
                    height = lengths.group(2);
                }
            }
            if (width != null && height != null) {
                String withViewBox = tag.replaceFirst("<svg\\b", Matcher.quoteReplacement(
                        String.format(Locale.ROOT, "<svg viewBox=\"0 0 %s %s\"", width, height)));
                svg = svg.substring(0, root.start()) + withViewBox + svg.substring(root.end());
            }
        }
        return svg.strip();
    }

    /** {@link #ID} replaced by {@code id=Q<prefix>VALUEQ}. */
    static String prefixIds(String svg, String prefix) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = svg.indexOf("id=", 0); at >= 0; at = svg.indexOf("id=", at + 1)) {
            if (at > 0 && isWordBefore(svg, at)) {
                continue;
            }
            int end = quotedValueEnd(svg, at + 3, false);
            if (end < 0) {
                continue;
            }
            out = out == null ? new StringBuilder(svg.length() + 256) : out;
            char quote = svg.charAt(at + 3);
            out.append(svg, copied, at).append("id=").append(quote).append(prefix).append(svg, at + 4, end - 1).append(quote);
            copied = end;
            at = end - 1;
        }
        return finish(svg, out, copied);
    }

    /** {@link #URL_REFERENCE} replaced by {@code url(#<prefix>NAME)}. */
    static String prefixUrlReferences(String svg, String prefix) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = svg.indexOf("url(#", 0); at >= 0; at = svg.indexOf("url(#", at + 1)) {
            int name = at + 5;
            int stop = name;
            while (stop < svg.length() && svg.charAt(stop) != ')' && !isQuote(svg.charAt(stop))) {
                stop++;
            }
            if (stop == name || stop == svg.length() || svg.charAt(stop) != ')') {
                continue;
            }
            out = out == null ? new StringBuilder(svg.length() + 256) : out;
            out.append(svg, copied, at).append("url(#").append(prefix).append(svg, name, stop).append(')');
            copied = stop + 1;
            at = stop;
        }
        return finish(svg, out, copied);
    }

    /** {@link #HREF_REFERENCE} replaced by {@code href=Q#<prefix>NAMEQ}. */
    static String prefixHrefReferences(String svg, String prefix) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = svg.indexOf("href=", 0); at >= 0; at = svg.indexOf("href=", at + 1)) {
            int end = quotedValueEnd(svg, at + 5, true);
            if (end < 0) {
                continue;
            }
            out = out == null ? new StringBuilder(svg.length() + 256) : out;
            char quote = svg.charAt(at + 5);
            out.append(svg, copied, at).append("href=").append(quote).append('#').append(prefix)
                    .append(svg, at + 7, end - 1).append(quote);
            copied = end;
            at = end - 1;
        }
        return finish(svg, out, copied);
    }

    /**
     * Where {@code (["'])#?([^"']+)\1} starting at {@code start} ends (the index after the closing quote), or −1 if it
     * does not match there; with {@code hash}, the {@code #} is required.
     */
    private static int quotedValueEnd(String svg, int start, boolean hash) {
        if (start >= svg.length() || !isQuote(svg.charAt(start))) {
            return -1;
        }
        char quote = svg.charAt(start);
        int value = start + 1;
        if (hash) {
            if (value >= svg.length() || svg.charAt(value) != '#') {
                return -1;
            }
            value++;
        }
        int stop = value;
        while (stop < svg.length() && !isQuote(svg.charAt(stop))) {
            stop++;
        }
        return stop > value && stop < svg.length() && svg.charAt(stop) == quote ? stop + 1 : -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * Whether the character before {@code index} makes {@code \b} fail before a word character at {@code index}: as
     * {@link Pattern}'s word boundary (without {@link Pattern#UNICODE_CHARACTER_CLASS}) decides it — a letter, a
     * digit, {@code _}, or a non-spacing mark that follows one (through further marks).
     */
    private static boolean isWordBefore(String text, int index) {
        int before = Character.codePointBefore(text, index);
        return isWord(before) || Character.getType(before) == Character.NON_SPACING_MARK && hasBaseCharacter(text, index - 1);
    }

    private static boolean isWord(int codePoint) {
        return codePoint == '_' || Character.isLetterOrDigit(codePoint);
    }

    /** {@code java.util.regex.Pattern}'s rule: a letter or digit at or before {@code index}, only marks between. */
    private static boolean hasBaseCharacter(String text, int index) {
        for (int x = index; x >= 0; x--) {
            int codePoint = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            if (Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static String finish(String svg, StringBuilder out, int copied) {
        return out == null ? svg : out.append(svg, copied, svg.length()).toString();
    }
}
