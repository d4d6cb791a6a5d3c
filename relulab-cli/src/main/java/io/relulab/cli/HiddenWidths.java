package io.relulab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --hidden WIDTHS} option of every command that builds a network: comma-separated positive layer widths
 * ({@code 64,32}), or {@code none} where a command can train without a hidden layer ({@code train}: logistic
 * regression). An empty list, an empty entry or a width below 1 is a one-line error naming the option and the value.
 */
final class HiddenWidths {

    /** The word for "no hidden layer". */
    static final String NONE = "none";

    private HiddenWidths() {
    }

    /**
     * Parses {@code text}.
     *
     * @param noneAllowed whether {@value #NONE} (no hidden layer) is accepted
     * @throws IllegalArgumentException e.g. {@code --hidden ',,': expected comma-separated positive integers such as
     *     64,32; the list is empty}
     */
    static List<Integer> parse(String option, String text, boolean noneAllowed) {
        String expected = "expected comma-separated positive integers such as 64,32" + (noneAllowed ? " or none" : "");
        String stripped = text.strip();
        if (noneAllowed && stripped.equalsIgnoreCase(NONE)) {
            return List.of();
        }
        if (!noneAllowed && stripped.equalsIgnoreCase(NONE)) {
            throw new IllegalArgumentException(option + " none: this command needs at least one hidden layer; "
                    + expected);
        }
        if (stripped.replace(",", "").isBlank()) {
            throw new IllegalArgumentException(option + " '" + text + "': " + expected + "; the list is empty");
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : stripped.split(",", -1)) {
            String entry = part.strip();
            int width;
            try {
                width = Integer.parseInt(entry);
            } catch (NumberFormatException e) {
                width = 0;
            }
            if (width < 1) {
                throw new IllegalArgumentException(option + " " + text + ": " + expected + "; "
                        + (entry.isEmpty() ? "an entry is empty" : "'" + entry + "' is not one"));
            }
            widths.add(width);
        }
        return widths;
    }
}
