package io.relulab.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code NAME[:P1,P2,...]} spec taken apart, as the activation and optimizer parsers read it: the spec without
 * surrounding blanks, the name before the first colon in lower case, and the comma-separated parameters after it,
 * each without surrounding blanks (none when there is no colon; {@code "elu:"} has one empty parameter).
 *
 * @param text the whole spec, stripped (quoted back in messages)
 * @param name the lower-case name
 * @param parameters the parameters as written
 */
record SpecText(String text, String name, String[] parameters) {

    /** A number as Java's {@link Double#parseDouble} reads it, without hexadecimal forms or type suffixes. */
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|Infinity)|NaN");

    /** Takes a non-blank spec apart. */
    static SpecText of(String spec) {
        String text = spec.strip();
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String[] parameters = colon < 0 ? new String[0] : text.substring(colon + 1).split(",", -1);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = parameters[i].strip();
        }
        return new SpecText(text, name, parameters);
    }

    /** True if {@code parameter} is a plain decimal number, {@code Infinity} or {@code NaN} (signs allowed). */
    static boolean isNumber(String parameter) {
        return NUMBER.matcher(parameter).matches();
    }
}
