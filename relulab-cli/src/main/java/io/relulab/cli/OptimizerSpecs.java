package io.relulab.cli;

import io.relulab.optim.AdamConfig;
import io.relulab.optim.EpsilonPlacement;
import io.relulab.optim.OptimizerConfig;
import io.relulab.optim.RmsPropConfig;
import io.relulab.optim.SgdConfig;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The optimiser spec parser: {@code NAME[:PARAMETERS]}, one {@link Kind} per optimiser, listed once in {@link #KINDS}
 * (the syntax summary, the help and the "unknown optimizer" message are read from it).
 *
 * <pre>
 *   adam[:LR[,BETA1,BETA2[,EPSILON]]]          Keras Adam: ε {@value AdamConfig#KERAS_EPSILON} added to the uncorrected √v
 *   adam_pytorch[:LR[,BETA1,BETA2[,EPSILON]]]  PyTorch Adam: ε {@value AdamConfig#PYTORCH_EPSILON} added to the corrected √v̂
 *   sgd[:LR[,MOMENTUM[,nesterov]]]             Keras SGD
 *   rmsprop[:LR[,RHO[,MOMENTUM[,EPSILON]]]]    Keras RMSprop
 * </pre>
 *
 * Parameters left out take the config records' defaults ({@link AdamConfig#DEFAULT_LEARNING_RATE},
 * {@link SgdConfig#DEFAULT_LEARNING_RATE}, {@link RmsPropConfig#DEFAULT_RHO}, …). Names are case-insensitive. Errors are
 * one-line {@link IllegalArgumentException}s naming the spec, the offending part and what was expected; invalid values
 * give the config record's own message. {@link #format} gives back a spec this parser turns into an equal config.
 */
public final class OptimizerSpecs {

    /**
     * One optimiser the parser knows.
     *
     * @param name            its name, as {@link OptimizerConfig#name()} gives it
     * @param parameterSyntax its parameters, e.g. {@code LR[,MOMENTUM[,nesterov]]}
     * @param maxParameters   how many parameters it takes at most
     * @param parser          builds the config from the spec's text and its parameters (already counted)
     */
    private record Kind(String name, String parameterSyntax, int maxParameters, Parser parser) {
        String syntax() {
            return name + "[:" + parameterSyntax + "]";
        }
    }

    @FunctionalInterface
    private interface Parser {
        OptimizerConfig parse(String text, String[] parameters);
    }

    /** Every optimiser, in help order. */
    private static final List<Kind> KINDS = List.of(
            new Kind(AdamConfig.keras().name(), "LR[,BETA1,BETA2[,EPSILON]]", 4, (text, parameters) -> adam(text, parameters, true)),
            new Kind(AdamConfig.pytorch().name(), "LR[,BETA1,BETA2[,EPSILON]]", 4, (text, parameters) -> adam(text, parameters, false)),
            new Kind(new SgdConfig(SgdConfig.DEFAULT_LEARNING_RATE, 0.0, false).name(), "LR[,MOMENTUM[,nesterov]]", 3, OptimizerSpecs::sgd),
            new Kind(new RmsPropConfig(RmsPropConfig.DEFAULT_LEARNING_RATE, RmsPropConfig.DEFAULT_RHO, 0.0, RmsPropConfig.DEFAULT_EPSILON,
                    false).name(), "LR[,RHO[,MOMENTUM[,EPSILON]]]", 4, OptimizerSpecs::rmsProp));

    /** Syntax summary for help texts, e.g. {@code adam[:LR[,BETA1,BETA2[,EPSILON]]], …}. */
    public static final String SYNTAX = KINDS.stream().map(Kind::syntax).collect(Collectors.joining(", "));

    /** {@link #SYNTAX} for help texts in annotations, which need a constant: a variable that picocli fills in ({@link HelpVariables}). */
    public static final String SYNTAX_IN_HELP = "${bundle:" + HelpVariables.OPTIMIZER_SYNTAX + "}";

    private OptimizerSpecs() {
    }

    /** Parses one spec such as {@code "adam:0.001"} or {@code "sgd:0.1,0.9,nesterov"}. */
    public static OptimizerConfig parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty optimizer spec; expected one of: " + SYNTAX);
        }
        SpecText parts = SpecText.of(spec);
        String text = parts.text();
        String name = parts.name();
        String[] parameters = parts.parameters();
        Kind kind = KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + name + "'" + (text.equals(name) ? "" : " in '" + text + "'") + "; expected " + names()));
        if (parameters.length > kind.maxParameters()) {
            throw new IllegalArgumentException("optimizer '" + text + "': " + name + " takes at most " + kind.maxParameters()
                    + " parameters (" + name + ":" + kind.parameterSyntax() + "), got " + parameters.length);
        }
        return kind.parser().parse(text, parameters);
    }

    /** {@code adam, adam_pytorch, sgd or rmsprop}. */
    private static String names() {
        List<String> names = KINDS.stream().map(Kind::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static OptimizerConfig adam(String text, String[] parameters, boolean keras) {
        if (parameters.length == 2) {
            throw new IllegalArgumentException("optimizer '" + text + "': " + (keras ? AdamConfig.keras() : AdamConfig.pytorch()).name()
                    + " takes LR, LR,BETA1,BETA2 or LR,BETA1,BETA2,EPSILON; got 2 parameters");
        }
        double learningRate = parameters.length > 0 ? number(text, parameters, 0) : AdamConfig.DEFAULT_LEARNING_RATE;
        double beta1 = parameters.length > 1 ? number(text, parameters, 1) : AdamConfig.DEFAULT_BETA1;
        double beta2 = parameters.length > 2 ? number(text, parameters, 2) : AdamConfig.DEFAULT_BETA2;
        double epsilon = parameters.length > 3 ? number(text, parameters, 3)
                : keras ? AdamConfig.KERAS_EPSILON : AdamConfig.PYTORCH_EPSILON;
        return new AdamConfig(learningRate, beta1, beta2, epsilon, keras ? EpsilonPlacement.KERAS : EpsilonPlacement.PYTORCH);
    }

    private static OptimizerConfig sgd(String text, String[] parameters) {
        double learningRate = parameters.length > 0 ? number(text, parameters, 0) : SgdConfig.DEFAULT_LEARNING_RATE;
        double momentum = parameters.length > 1 ? number(text, parameters, 1) : 0.0;
        boolean nesterov = false;
        if (parameters.length > 2) {
            if (!parameters[2].equalsIgnoreCase("nesterov")) {
                throw new IllegalArgumentException("optimizer '" + text + "': third sgd parameter must be 'nesterov', got '"
                        + parameters[2] + "'");
            }
            nesterov = true;
        }
        return new SgdConfig(learningRate, momentum, nesterov);
    }

    private static OptimizerConfig rmsProp(String text, String[] parameters) {
        double learningRate = parameters.length > 0 ? number(text, parameters, 0) : RmsPropConfig.DEFAULT_LEARNING_RATE;
        double rho = parameters.length > 1 ? number(text, parameters, 1) : RmsPropConfig.DEFAULT_RHO;
        double momentum = parameters.length > 2 ? number(text, parameters, 2) : 0.0;
        double epsilon = parameters.length > 3 ? number(text, parameters, 3) : RmsPropConfig.DEFAULT_EPSILON;
        return new RmsPropConfig(learningRate, rho, momentum, epsilon, false);
    }

    /** The shortest spec of a config ({@link OptimizerConfig#spec()}), e.g. {@code "adam:0.05"}. */
    public static String format(OptimizerConfig config) {
        if (config instanceof RmsPropConfig rms && rms.centered()) {
            throw new IllegalArgumentException("a centred RMSprop has no spec");
        }
        return config.spec();
    }

    private static double number(String text, String[] parameters, int index) {
        String parameter = parameters[index];
        if (!SpecText.isNumber(parameter)) {
            throw new IllegalArgumentException("optimizer '" + text + "': parameter " + (index + 1) + " must be a number, got '"
                    + parameter + "'");
        }
        return Double.parseDouble(parameter);
    }

    /** picocli converter for {@code OptimizerConfig} options. */
    public static final class Converter extends SpecConverter<OptimizerConfig> {
        /** Converts with {@link #parse(String)}. */
        public Converter() {
            super(OptimizerSpecs::parse);
        }
    }
}
