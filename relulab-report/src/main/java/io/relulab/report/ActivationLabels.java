package io.relulab.report;

import io.relulab.activation.Activation;
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
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Human-readable names of activations for legends, tables and report text, e.g. {@code "Leaky ReLU
 * (α=0.1)"}, as opposed to the machine-readable {@link Activation#spec()} ({@code "leaky_relu:0.1"}).
 * Parameters are shown with at most four significant digits; an activation from outside this library is
 * labelled by its spec.
 */
public final class ActivationLabels {

    private ActivationLabels() {
    }

    /** The display name of {@code activation}. */
    public static String of(Activation activation) {
        if (activation instanceof Relu) {
            return "ReLU";
        }
        if (activation instanceof LeakyRelu leaky) {
            return "Leaky ReLU (α=" + number(leaky.negativeSlope()) + ")";
        }
        if (activation instanceof PRelu prelu) {
            return "PReLU (α=" + number(prelu.alpha()) + ")";
        }
        if (activation instanceof Rrelu rrelu) {
            return "RReLU (α~U[" + number(rrelu.lower()) + ", " + number(rrelu.upper()) + "])";
        }
        if (activation instanceof Relu6) {
            return "ReLU6";
        }
        if (activation instanceof Elu elu) {
            return "ELU (α=" + number(elu.alpha()) + ")";
        }
        if (activation instanceof Selu) {
            return "SELU";
        }
        if (activation instanceof Celu celu) {
            return "CELU (α=" + number(celu.alpha()) + ")";
        }
        if (activation instanceof Gelu gelu) {
            return gelu.approximation() == Gelu.Approximation.NONE ? "GELU" : "GELU (tanh)";
        }
        if (activation instanceof Swish swish) {
            return swish.beta() == Swish.SILU_BETA ? "SiLU" : "Swish (β=" + number(swish.beta()) + ")";
        }
        if (activation instanceof Mish) {
            return "Mish";
        }
        if (activation instanceof Softplus softplus) {
            boolean defaults = softplus.beta() == Softplus.DEFAULT_BETA && softplus.threshold() == Softplus.DEFAULT_THRESHOLD;
            return defaults ? "Softplus"
                    : "Softplus (β=" + number(softplus.beta()) + ", threshold=" + number(softplus.threshold()) + ")";
        }
        if (activation instanceof Hardswish) {
            return "Hardswish";
        }
        if (activation instanceof Sigmoid) {
            return "Sigmoid";
        }
        if (activation instanceof Tanh) {
            return "Tanh";
        }
        if (activation instanceof Identity) {
            return "Identity";
        }
        return activation.spec();
    }

    /** At most four significant digits, no trailing zeros: 0.1 → "0.1", 1.0 → "1", 1/3 → "0.3333". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "∞" : value < 0 ? "−∞" : "NaN";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
