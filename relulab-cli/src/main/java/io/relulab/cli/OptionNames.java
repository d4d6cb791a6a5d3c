package io.relulab.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a command's option names into a core validation message: the core's records name their parameters
 * ({@code "trials must be at least 1, got 0"}), the user typed options ({@code --trials}). Only a parameter name
 * that opens the message is replaced, so values and the rest of the text stay as they were.
 */
final class OptionNames {

    private OptionNames() {
    }

    /**
     * The message with its leading parameter name replaced by the matching option name.
     *
     * @param message a one-line validation message
     * @param parametersAndOptions pairs: a parameter name, then its option (e.g. {@code "trials", "--trials"})
     */
    static String inMessage(String message, String... parametersAndOptions) {
        if (parametersAndOptions.length % 2 != 0) {
            throw new IllegalArgumentException("parametersAndOptions must come in pairs, got "
                    + parametersAndOptions.length + " names");
        }
        for (int i = 0; i < parametersAndOptions.length; i += 2) {
            Matcher leading = Pattern.compile("^" + Pattern.quote(parametersAndOptions[i]) + "\\b").matcher(message);
            if (leading.find()) {
                return leading.replaceFirst(Matcher.quoteReplacement(parametersAndOptions[i + 1]));
            }
        }
        return message;
    }
}
