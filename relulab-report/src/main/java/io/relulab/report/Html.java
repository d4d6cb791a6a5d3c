package io.relulab.report;

import java.util.Locale;

/** Escaping of text for HTML element content and quoted attribute values. */
final class Html {

    private Html() {
    }

    /** Replaces {@code & < > " '} by character references, so that any text can be placed in content or attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A string usable as an element id: lower-case letters, digits and hyphens, prefixed by {@code prefix}. */
    static String id(String prefix, String text) {
        StringBuilder id = new StringBuilder(prefix);
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            id.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-');
        }
        return id.toString();
    }
}
