package io.relulab.onnx;

import io.relulab.activation.Activation;
import java.util.Locale;

/**
 * The two ONNX activations whose parameters ReLU Lab's own activations do not cover: {@code HardSigmoid}
 * with any α, β, and {@code Selu} with non-default α, γ. Formulas from the ONNX operator specification;
 * derivatives with PyTorch's convention at the kinks (0 where the function is flat or at a corner).
 */
final class OnnxOnlyActivations {

    private OnnxOnlyActivations() {
    }

    /**
     * ONNX {@code HardSigmoid}: f(x) = max(0, min(1, αx + β)) (defaults α = 0.2, β = 0.5; PyTorch exports
     * α = 1/6). f′(x) = α where 0 &lt; αx + β &lt; 1, else 0 (PyTorch's {@code hardsigmoid_backward} uses the open
     * interval). A unit can be dead: f′ = 0 on both flat parts.
     */
    record HardSigmoid(double alpha, double beta) implements Activation {
        @Override
        public double value(double x) {
            return Math.max(0, Math.min(1, alpha * x + beta));
        }

        @Override
        public double derivative(double x) {
            double y = alpha * x + beta;
            return y > 0 && y < 1 ? alpha : 0;
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "hard_sigmoid:%s,%s", alpha, beta);
        }

        @Override
        public boolean canDie() {
            return true;
        }
    }

    /** ONNX {@code Selu}: f(x) = γx for x &gt; 0, γα(eˣ − 1) otherwise; f′(x) = γ for x &gt; 0, γαeˣ otherwise. */
    record ScaledElu(double alpha, double gamma) implements Activation {
        @Override
        public double value(double x) {
            return x > 0 ? gamma * x : gamma * alpha * Math.expm1(x);
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? gamma : gamma * alpha * Math.exp(x);
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "selu:%s,%s", alpha, gamma);
        }
    }
}
