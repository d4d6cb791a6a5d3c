package io.relulab.activation;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of an {@link ActivationType}, in the order spec strings give them ({@code softplus:BETA,THRESHOLD}).
 *
 * <p>A parameter is a number (the record validates its range when it is built) or one of a few words
 * (GELU's {@code tanh}/{@code none}). It has a default — used when a spec leaves it out — unless it is
 * required, in which case it says why there is no default.
 *
 * @param name            the placeholder shown in syntax summaries, e.g. {@code "SLOPE"} (for a word parameter:
 *                        the word that is worth writing, e.g. {@code "tanh"})
 * @param description     its name for users, in messages, e.g. {@code "slope"} (the record's component may be named
 *                        otherwise, e.g. {@code negativeSlope})
 * @param defaultValue    a {@link Double} (number) or {@link String} (word) used when the spec leaves the parameter
 *                        out; {@code null} for a required parameter
 * @param words           the accepted words, lower case; empty for a number
 * @param requiredBecause for a required parameter, why it has no default; otherwise {@code null}
 */
public record ActivationParameter(String name, String description, Object defaultValue, List<String> words,
        String requiredBecause) {

    /** Validates the combination. */
    public ActivationParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        words = List.copyOf(words);
        if ((defaultValue == null) == (requiredBecause == null)) {
            throw new IllegalArgumentException(name + ": give either a default or the reason it is required");
        }
        if (defaultValue != null && !(words.isEmpty() ? defaultValue instanceof Double : words.contains(defaultValue))) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not a " + (words.isEmpty() ? "number"
                    : "word of " + words));
        }
    }

    /** A number with a default. */
    public static ActivationParameter number(String name, String description, double defaultValue) {
        return new ActivationParameter(name, description, defaultValue, List.of(), null);
    }

    /** A number that every spec must give, with the reason there is no default. */
    public static ActivationParameter requiredNumber(String name, String description, String requiredBecause) {
        return new ActivationParameter(name, description, null, List.of(), requiredBecause);
    }

    /** One of {@code words} (lower case), {@code defaultWord} among them. */
    public static ActivationParameter word(String name, String description, String defaultWord, List<String> words) {
        return new ActivationParameter(name, description, defaultWord, words, null);
    }

    /** Whether a spec must give this parameter. */
    public boolean required() {
        return defaultValue == null;
    }

    /** Whether the parameter is a number (else a word). */
    public boolean isNumber() {
        return words.isEmpty();
    }
}
