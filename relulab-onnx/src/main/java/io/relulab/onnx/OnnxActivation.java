package io.relulab.onnx;

import io.relulab.activation.Activation;
import io.relulab.activation.PRelu;
import io.relulab.diagnostics.UnitDerivative;
import java.util.Arrays;
import java.util.Objects;

/**
 * The activation function of one ONNX activation site, as far as the measures need it: a display kind
 * ({@code Relu}, {@code GELU (erf pattern)}, …) and the derivative f′(z), evaluated in double with the
 * activation's own formula (the ReLU Lab {@link Activation} of the same function, with the op's attributes),
 * PyTorch's convention at kinks. PReLU carries its learned slopes: one shared slope, or one per unit.
 *
 * @param kind     what the inspector reports as the layer's op
 * @param function the function (for PReLU: the derivative is taken per unit from {@code slopes})
 * @param slopes   PReLU's slopes (length 1 or one per unit), or {@code null} for every other activation
 */
public record OnnxActivation(String kind, Activation function, double[] slopes) {

    public OnnxActivation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(function, "function");
        slopes = slopes == null ? null : slopes.clone();
    }

    /** An activation without per-unit parameters. */
    static OnnxActivation of(String kind, Activation function) {
        return new OnnxActivation(kind, function, null);
    }

    /**
     * The per-unit derivative for a layer of {@code units} units.
     *
     * @throws IllegalArgumentException if PReLU's slopes are neither one shared value nor one per unit
     */
    public UnitDerivative derivative(int units, String layer) {
        if (slopes == null) {
            return new UnitDerivative() {
                @Override
                public double at(int unit, double z) {
                    return function.derivative(z);
                }

                /** The activation's bulk form: the same number, from the signs alone for the rectifiers. */
                @Override
                public double largestAbsolute(int unit, float[] values, int from, int to) {
                    return function.largestAbsoluteDerivative(values, from, to);
                }
            };
        }
        if (slopes.length != 1 && slopes.length != units) {
            throw new IllegalArgumentException("layer " + layer + ": PRelu has " + slopes.length + " slopes; expected 1 or one per"
                    + " unit (" + units + ") along the unit axis (choose it with --unit-axis)");
        }
        double[] perUnit = slopes.clone();
        return new UnitDerivative() {
            @Override
            public double at(int unit, double z) {
                return PRelu.derivative(z, slope(unit));
            }

            @Override
            public double largestAbsolute(int unit, float[] values, int from, int to) {
                return PRelu.largestAbsoluteDerivative(values, from, to, slope(unit));
            }

            private double slope(int unit) {
                return perUnit.length == 1 ? perUnit[0] : perUnit[unit];
            }
        };
    }

    /**
     * Whether every measure but the pre-activation range follows from the output h = f(z) alone, so that
     * {@link InspectionSettings#outputsOnly} may skip z: true for the {@code Relu} and {@code LeakyRelu} ops
     * (slope a ∈ [0, 1), as {@link io.relulab.activation.LeakyRelu} checks). For them h &gt; 0 exactly when z &gt; 0
     * (h = z there), h ≤ 0 exactly when z ≤ 0, and f′ depends only on that sign — so Pr[z &gt; 0], the largest
     * |f′| (dead, saturated) and, from h itself, inactive and the ReDo score are the same numbers whether they are
     * taken from z or from h. Not PReLU (a learned slope may be negative) and not the exported patterns.
     */
    public boolean followsFromOutput() {
        return slopes == null && (kind.equals("Relu") || kind.equals("LeakyRelu"));
    }

    /** Whether the function can have derivative 0 on a set of positive measure (ReLU family, hard sigmoid). */
    public boolean canDie() {
        if (slopes != null) {
            return Arrays.stream(slopes).anyMatch(slope -> slope == 0);
        }
        return function.canDie();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnnxActivation that && kind.equals(that.kind) && function.equals(that.function)
                && Arrays.equals(slopes, that.slopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, function, Arrays.hashCode(slopes));
    }

    @Override
    public String toString() {
        return kind + (slopes == null ? "" : Arrays.toString(slopes));
    }
}
