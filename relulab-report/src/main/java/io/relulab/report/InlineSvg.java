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
 */
final class InlineSvg {

    private static final Pattern DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>\\s*");
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=([\"'])([^\"']+)\\1");
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)\"']+)\\)");
    private static final Pattern HREF_REFERENCE = Pattern.compile("href=([\"'])#([^\"']+)\\1");
    private static final Pattern LENGTH = Pattern.compile("\\s(width|height)=[\"']([0-9.]+)(?:px)?[\"']");

    private InlineSvg() {
    }

    /** The SVG element of {@code document}, ready to be placed in HTML, with ids prefixed by {@code prefix}. */
    static String of(String document, String prefix) {
        String svg = DECLARATION.matcher(document).replaceFirst("");
        svg = DOCTYPE.matcher(svg).replaceFirst("");
        svg = ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement("id=" + m.group(1) + prefix + m.group(2) + m.group(1)));
        svg = URL_REFERENCE.matcher(svg).replaceAll(m -> Matcher.quoteReplacement("url(#" + prefix + m.group(1) + ")"));
        svg = HREF_REFERENCE.matcher(svg).replaceAll(m -> Matcher.quoteReplacement("href=" + m.group(1) + "#" + prefix + m.group(2) + m.group(1)));
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
}
