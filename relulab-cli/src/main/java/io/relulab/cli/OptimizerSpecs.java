package io.relulab.cli;

import io.relulab.optim.AdamConfig;
import io.relulab.optim.EpsilonPlacement;
import io.relulab.optim.OptimizerConfig;
import io.relulab.optim.RmsPropConfig;
import io.relulab.optim.SgdConfig;

/**
 * The optimiser spec parser: {@code NAME[:PARAMETERS]}.
 *
 * <pre>
 *   adam[:LR[,BETA1,BETA2[,EPSILON]]]          Keras Adam: ε 1e-7 added to the uncorrected √v (default lr 0.001)
 *   adam_pytorch[:LR[,BETA1,BETA2[,EPSILON]]]  PyTorch Adam: ε 1e-8 added to the corrected √v̂
 *   sgd[:LR[,MOMENTUM[,nesterov]]]             Keras SGD (default lr 0.01, momentum 0)
 *   rmsprop[:LR[,RHO[,MOMENTUM[,EPSILON]]]]    Keras RMSprop (default lr 0.001, ρ 0.9, ε 1e-7)
 * </pre>
 *
 * Names are case-insensitive. Errors are one-line {@link IllegalArgumentException}s naming the spec, the
 * offending part and what was expected; invalid values give the config record's own message.
 * {@link #format} gives back a spec this parser turns into an equal config.
 */
public final class OptimizerSpecs {

    /** Short syntax summary for help texts. */
    public static final String SYNTAX = "adam[:LR[,BETA1,BETA2[,EPSILON]]], adam_pytorch[:...], sgd[:LR[,MOMENTUM[,nesterov]]], "
            + "rmsprop[:LR[,RHO[,MOMENTUM[,EPSILON]]]]";

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
        return switch (name) {
            case "adam", "adam_pytorch" -> {
                boolean keras = name.equals("adam");
                count(text, name, parameters, 4, "LR[,BETA1,BETA2[,EPSILON]]");
                if (parameters.length == 2) {
                    throw new IllegalArgumentException("optimizer '" + text + "': " + name
                            + " takes LR, LR,BETA1,BETA2 or LR,BETA1,BETA2,EPSILON; got 2 parameters");
                }
                double learningRate = parameters.length > 0 ? number(text, parameters, 0) : AdamConfig.DEFAULT_LEARNING_RATE;
                double beta1 = parameters.length > 1 ? number(text, parameters, 1) : AdamConfig.DEFAULT_BETA1;
                double beta2 = parameters.length > 2 ? number(text, parameters, 2) : AdamConfig.DEFAULT_BETA2;
                double epsilon = parameters.length > 3 ? number(text, parameters, 3)
                        : keras ? AdamConfig.KERAS_EPSILON : AdamConfig.PYTORCH_EPSILON;
                yield new AdamConfig(learningRate, beta1, beta2, epsilon, keras ? EpsilonPlacement.KERAS : EpsilonPlacement.PYTORCH);
            }
            case "sgd" -> {
                count(text, name, parameters, 3, "LR[,MOMENTUM[,nesterov]]");
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
                yield new SgdConfig(learningRate, momentum, nesterov);
            }
            case "rmsprop" -> {
                count(text, name, parameters, 4, "LR[,RHO[,MOMENTUM[,EPSILON]]]");
                double learningRate = parameters.length > 0 ? number(text, parameters, 0) : RmsPropConfig.DEFAULT_LEARNING_RATE;
                double rho = parameters.length > 1 ? number(text, parameters, 1) : RmsPropConfig.DEFAULT_RHO;
                double momentum = parameters.length > 2 ? number(text, parameters, 2) : 0.0;
                double epsilon = parameters.length > 3 ? number(text, parameters, 3) : RmsPropConfig.DEFAULT_EPSILON;
                yield new RmsPropConfig(learningRate, rho, momentum, epsilon, false);
            }
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'" + (text.equals(name) ? "" : " in '" + text + "'")
                    + "; expected adam, adam_pytorch, sgd or rmsprop");
        };
    }

    /** The shortest spec of a config ({@link OptimizerConfig#spec()}), e.g. {@code "adam:0.05"}. */
    public static String format(OptimizerConfig config) {
        if (config instanceof RmsPropConfig rms && rms.centered()) {
            throw new IllegalArgumentException("a centred RMSprop has no spec");
        }
        return config.spec();
    }

    private static void count(String text, String name, String[] parameters, int max, String syntax) {
        if (parameters.length > max) {
            throw new IllegalArgumentException("optimizer '" + text + "': " + name + " takes at most " + max + " parameters ("
                    + name + ":" + syntax + "), got " + parameters.length);
        }
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
