package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.activation.Activations;
import io.relulab.activation.Celu;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Hardswish;
import io.relulab.activation.Identity;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Mish;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Relu6;
import io.relulab.activation.Rrelu;
import io.relulab.activation.Selu;
import io.relulab.activation.Sigmoid;
import io.relulab.activation.Softplus;
import io.relulab.activation.Swish;
import io.relulab.activation.Tanh;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * THE parser of activation specs, used by every command: {@code NAME} or {@code NAME:P1[,P2]}.
 *
 * <pre>
 * relu  relu6  selu  mish  hardswish  sigmoid  tanh  identity  silu       no parameters
 * leaky_relu:SLOPE       negative slope in [0, 1), required (frameworks disagree: PyTorch 0.01, Keras 0.3)
 * prelu[:ALPHA]          initial slope, default 0 (Keras); He et al. use 0.25
 * rrelu[:LOWER,UPPER]    slope range, default 0.125,0.3333333333333333 (PyTorch)
 * elu[:ALPHA]            default 1
 * celu[:ALPHA]           default 1
 * gelu[:tanh]            exact (erf) or the tanh approximation; gelu:none is the exact one
 * swish[:BETA]           x·σ(βx), default β = 1 (= silu)
 * softplus[:BETA[,THRESHOLD]]  defaults 1 and 20 (PyTorch)
 * </pre>
 *
 * Names are case-insensitive; whitespace around names and numbers is ignored. {@link Activation#spec()}
 * gives back a canonical spec that this parser turns into an equal activation. Errors are one-line
 * {@link IllegalArgumentException}s: an unknown name lists the valid ones, a wrong number of parameters
 * says how many are expected, and an invalid value gives the activation's own message with the parameter named as
 * in the spec syntax, such as {@code "leaky_relu slope must be in [0, 1), got 2.0"}.
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

    /** Short syntax summary for help texts. */
    public static final String SYNTAX = "relu, leaky_relu:SLOPE, prelu[:ALPHA], rrelu[:LOWER,UPPER], relu6, elu[:ALPHA], "
            + "selu, celu[:ALPHA], gelu[:tanh], silu, swish[:BETA], mish, softplus[:BETA[,THRESHOLD]], hardswish, "
            + "sigmoid, tanh, identity";

    private static final Pattern SEPARATOR = Pattern.compile(LIST_SEPARATOR);

    private ActivationSpecs() {
    }

    /** Parses one spec such as {@code "leaky_relu:0.1"}. */
    public static Activation parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty activation spec; valid names: " + String.join(", ", Activations.NAMES));
        }
        SpecText parts = SpecText.of(spec);
        String text = parts.text();
        String name = parts.name();
        String[] parameters = parts.parameters();
        Arguments arguments = new Arguments(text, name, parameters);
        try {
            return construct(text, name, parameters, arguments);
        } catch (IllegalArgumentException e) {
            throw withUserNames(e, name);
        }
    }

    /**
     * The activation records name their parameters as Java does ({@code negativeSlope must be in [0, 1), got 1.5});
     * a user typed a spec, so the message names the activation and the parameter as the spec syntax does
     * ({@code leaky_relu slope must be in [0, 1), got 1.5}).
     */
    private static IllegalArgumentException withUserNames(IllegalArgumentException e, String name) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (String[] parameter : PARAMETER_NAMES) {
            if (message.startsWith(parameter[0] + " ")) {
                return new IllegalArgumentException(name + " " + parameter[1] + message.substring(parameter[0].length()), e);
            }
        }
        return e;
    }

    /** The records' parameter names and the words of the spec syntax for them. */
    private static final String[][] PARAMETER_NAMES = {
        {"negativeSlope", "slope"}, {"alpha", "alpha"}, {"beta", "beta"}, {"lower", "lower bound"},
        {"upper", "upper bound"}, {"threshold", "threshold"},
    };

    private static Activation construct(String text, String name, String[] parameters, Arguments arguments) {
        return switch (name) {
            case Relu.NAME -> arguments.none(new Relu());
            case Relu6.NAME -> arguments.none(new Relu6());
            case Selu.NAME -> arguments.none(new Selu());
            case Mish.NAME -> arguments.none(new Mish());
            case Hardswish.NAME -> arguments.none(new Hardswish());
            case Sigmoid.NAME -> arguments.none(new Sigmoid());
            case Tanh.NAME -> arguments.none(new Tanh());
            case Identity.NAME -> arguments.none(new Identity());
            case Swish.SILU_NAME -> arguments.none(new Swish());
            case LeakyRelu.NAME -> {
                if (parameters.length == 0) {
                    throw new IllegalArgumentException("leaky_relu needs its negative slope, e.g. leaky_relu:0.1"
                            + " (frameworks disagree on a default: PyTorch 0.01, Keras 0.3)");
                }
                arguments.count(1, 1, "SLOPE");
                yield new LeakyRelu(arguments.number(0));
            }
            case PRelu.NAME -> {
                arguments.count(0, 1, "ALPHA");
                yield parameters.length == 0 ? new PRelu() : new PRelu(arguments.number(0));
            }
            case Rrelu.NAME -> {
                if (parameters.length == 1) {
                    throw new IllegalArgumentException("rrelu takes 0 or 2 parameters (LOWER,UPPER), got 1 in '" + text
                            + "'; e.g. rrelu:0.125,0.333");
                }
                arguments.count(0, 2, "LOWER,UPPER");
                yield parameters.length == 0 ? new Rrelu() : new Rrelu(arguments.number(0), arguments.number(1));
            }
            case Elu.NAME -> {
                arguments.count(0, 1, "ALPHA");
                yield parameters.length == 0 ? new Elu() : new Elu(arguments.number(0));
            }
            case Celu.NAME -> {
                arguments.count(0, 1, "ALPHA");
                yield parameters.length == 0 ? new Celu() : new Celu(arguments.number(0));
            }
            case Swish.NAME -> {
                arguments.count(0, 1, "BETA");
                yield parameters.length == 0 ? new Swish() : new Swish(arguments.number(0));
            }
            case Softplus.NAME -> {
                arguments.count(0, 2, "BETA[,THRESHOLD]");
                double beta = parameters.length > 0 ? arguments.number(0) : Softplus.DEFAULT_BETA;
                double threshold = parameters.length > 1 ? arguments.number(1) : Softplus.DEFAULT_THRESHOLD;
                yield new Softplus(beta, threshold);
            }
            case Gelu.NAME -> {
                arguments.count(0, 1, "tanh");
                if (parameters.length == 0) {
                    yield new Gelu();
                }
                yield switch (parameters[0].toLowerCase(Locale.ROOT)) {
                    case "tanh" -> new Gelu(Gelu.Approximation.TANH);
                    case "none", "erf" -> new Gelu(Gelu.Approximation.NONE);
                    default -> throw new IllegalArgumentException("gelu approximation must be tanh or none, got '"
                            + parameters[0] + "' in '" + text + "'");
                };
            }
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'"
                    + (text.equals(name) ? "" : " in '" + text + "'") + "; valid names: " + String.join(", ", Activations.NAMES));
        };
    }

    /** Parses a comma-separated list of specs, e.g. {@code "relu,softplus:1,20,elu:1.0"} (three specs). */
    public static List<Activation> parseList(String specs) {
        if (specs == null || specs.isBlank()) {
            throw new IllegalArgumentException("empty list of activation specs; valid names: " + String.join(", ", Activations.NAMES));
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

    /** The parameters of one spec, with checks that produce one-line messages. */
    private record Arguments(String text, String name, String[] parameters) {

        <T extends Activation> T none(T activation) {
            if (parameters.length > 0) {
                throw new IllegalArgumentException(name + " takes no parameters, got '" + text + "'");
            }
            return activation;
        }

        void count(int min, int max, String syntax) {
            if (parameters.length < min || parameters.length > max) {
                String expected = min == max ? "exactly " + min : min == 0 ? "at most " + max : min + " to " + max;
                throw new IllegalArgumentException(name + " takes " + expected + " parameter" + (max == 1 ? "" : "s")
                        + " (" + name + ":" + syntax + "), got " + parameters.length + " in '" + text + "'");
            }
        }

        double number(int index) {
            String parameter = parameters[index];
            if (!SpecText.isNumber(parameter)) {
                throw new IllegalArgumentException(name + ": parameter " + (index + 1) + " must be a number, got '"
                        + parameter + "' in '" + text + "'");
            }
            return Double.parseDouble(parameter);
        }
    }
}
