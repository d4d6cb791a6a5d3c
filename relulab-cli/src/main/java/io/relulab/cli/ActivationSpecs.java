package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.activation.ActivationParameter;
import io.relulab.activation.ActivationType;
import io.relulab.activation.Activations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * THE parser of activation specs, used by every command: {@code NAME} or {@code NAME:P1[,P2]}, with the names,
 * parameters and defaults of the registry ({@link Activations#TYPES}); {@link #SYNTAX} lists them, e.g.
 * {@code leaky_relu:SLOPE} (required: frameworks disagree on a default), {@code prelu[:ALPHA]},
 * {@code rrelu[:LOWER,UPPER]} (none or both), {@code softplus[:BETA[,THRESHOLD]]}, {@code gelu[:tanh]}.
 *
 * Names are case-insensitive; whitespace around names and numbers is ignored. {@link Activation#spec()}
 * gives back a canonical spec that this parser turns into an equal activation. Errors are one-line
 * {@link IllegalArgumentException}s: an unknown name lists the valid ones, a wrong number of parameters
 * says how many are expected, and an invalid value gives the activation's own message, such as
 * {@code "negativeSlope must be in [0, 1), got 2.0"}.
 *
 * <p>Lists of specs are separated by commas; because {@code softplus:1,20} contains a comma itself, a
 * comma starts a new spec only when the next character is a letter (and the next word is not the
 * number {@code Infinity} or {@code NaN}): {@code relu,softplus:1,20,elu:1.0} is three specs.
 */
public final class ActivationSpecs {

    /**
     * The regular expression that separates specs in a list: a comma followed by a letter that does not
     * begin {@code Infinity} or {@code NaN}. Usable as picocli's {@code split} attribute.
     */
    public static final String LIST_SEPARATOR = ",(?=[A-Za-z_])(?!Infinity|NaN)";

    /** Short syntax summary for help texts: every registered type's syntax, in registry order. */
    public static final String SYNTAX = Activations.TYPES.stream().map(ActivationType::syntax).collect(Collectors.joining(", "));

    /** {@link #SYNTAX} for help texts in annotations, which need a constant: a variable that picocli fills in ({@link HelpVariables}). */
    public static final String SYNTAX_IN_HELP = "${bundle:" + HelpVariables.ACTIVATION_SYNTAX + "}";

    private static final Pattern SEPARATOR = Pattern.compile(LIST_SEPARATOR);

    private ActivationSpecs() {
    }

    /** Parses one spec such as {@code "leaky_relu:0.1"}. */
    public static Activation parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty activation spec; valid names: " + validNames());
        }
        SpecText parts = SpecText.of(spec);
        String text = parts.text();
        String name = parts.name();
        ActivationType<?> type = Activations.type(name).orElseThrow(() -> new IllegalArgumentException("unknown activation '"
                + name + "'" + (text.equals(name) ? "" : " in '" + text + "'") + "; valid names: " + validNames()));
        String[] given = parts.parameters();
        checkCount(type, text, given.length);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            values.add(value(type, type.parameters().get(i), i, given[i], text));
        }
        return type.create(values);
    }

    /** Explains a number of parameters that {@code type} does not take. */
    private static void checkCount(ActivationType<?> type, String text, int count) {
        String name = type.name();
        List<ActivationParameter> parameters = type.parameters();
        int min = type.requiredCount();
        int max = parameters.size();
        if (max == 0 && count > 0) {
            throw new IllegalArgumentException(name + " takes no parameters, got '" + text + "'");
        }
        String example = type.examples().get(0).spec();
        if (count == 0 && min > 0) {
            ActivationParameter first = parameters.get(0);
            throw new IllegalArgumentException(name + " needs its " + first.description() + ", e.g. " + example
                    + " (" + first.requiredBecause() + ")");
        }
        if (type.allOrNone() && count > 0 && count < max) {
            throw new IllegalArgumentException(name + " takes 0 or " + max + " parameters (" + type.parameterSyntax() + "), got "
                    + count + " in '" + text + "'; e.g. " + example);
        }
        if (count < min || count > max) {
            String expected = min == max ? "exactly " + min : min == 0 ? "at most " + max : min + " to " + max;
            throw new IllegalArgumentException(name + " takes " + expected + " parameter" + (max == 1 ? "" : "s")
                    + " (" + name + ":" + type.parameterSyntax() + "), got " + count + " in '" + text + "'");
        }
    }

    /** Parameter {@code index} of a spec as the type takes it: a {@link Double} or one of its words. */
    private static Object value(ActivationType<?> type, ActivationParameter parameter, int index, String given, String text) {
        if (parameter.isNumber()) {
            if (!SpecText.isNumber(given)) {
                throw new IllegalArgumentException(type.name() + ": parameter " + (index + 1) + " must be a number, got '"
                        + given + "' in '" + text + "'");
            }
            return Double.parseDouble(given);
        }
        String word = given.toLowerCase(Locale.ROOT);
        if (!parameter.words().contains(word)) {
            throw new IllegalArgumentException(type.name() + " " + parameter.description() + " must be "
                    + oneOf(parameter.words()) + ", got '" + given + "' in '" + text + "'");
        }
        return word;
    }

    /** "a", "a or b", "a, b or c". */
    private static String oneOf(List<String> words) {
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    private static String validNames() {
        return String.join(", ", Activations.NAMES);
    }

    /** Parses a comma-separated list of specs, e.g. {@code "relu,softplus:1,20,elu:1.0"} (three specs). */
    public static List<Activation> parseList(String specs) {
        if (specs == null || specs.isBlank()) {
            throw new IllegalArgumentException("empty list of activation specs; valid names: " + validNames());
        }
        List<Activation> activations = new ArrayList<>();
        for (String spec : split(specs)) {
            activations.add(parse(spec));
        }
        return activations;
    }

    /** Splits a list of specs at the commas that start a new spec (see the class comment). */
    public static List<String> split(String specs) {
        return List.of(SEPARATOR.split(specs.strip(), -1));
    }

    /** The picocli converter: lets commands declare {@code Activation} and {@code List<Activation>} options. */
    public static final class Converter extends SpecConverter<Activation> {
        /** Converts with {@link #parse(String)}. */
        public Converter() {
            super(ActivationSpecs::parse);
        }
    }
}
