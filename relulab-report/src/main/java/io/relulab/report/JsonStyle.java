package io.relulab.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one layout of every JSON file ReLU Lab writes ({@code results.json}, {@code relulab train --json}): two-space
 * indentation, {@code "key": value} with one space after the colon, one array element per line, {@code \n} line ends.
 */
final class JsonStyle {

    private JsonStyle() {
    }

    /** A fresh pretty printer in this style. */
    static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }
}
