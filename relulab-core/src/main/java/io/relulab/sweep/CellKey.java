package io.relulab.sweep;

import java.util.List;
import java.util.Objects;

/**
 * A cell of the dying map: a trial key without its seed.
 *
 * @param activation activation spec
 * @param learningRate learning rate
 * @param hidden the hidden layers' widths
 * @param init initialiser spec
 * @param optimizer optimiser name
 * @param redo ReDo on or off
 * @param epochs epochs of training
 * @param data data label
 */
public record CellKey(String activation, double learningRate, List<Integer> hidden, String init, String optimizer,
        boolean redo, int epochs, String data) {

    public CellKey {
        Objects.requireNonNull(activation, "activation");
        hidden = List.copyOf(hidden);
    }

    /** The cell of {@code key}. */
    public static CellKey of(TrialKey key) {
        return new CellKey(key.activation(), key.learningRate(), key.hidden(), key.init(), key.optimizer(),
                key.redo(), key.epochs(), key.data());
    }

    /** This cell with another activation. */
    public CellKey withActivation(String other) {
        return new CellKey(other, learningRate, hidden, init, optimizer, redo, epochs, data);
    }

    /** This cell with ReDo off. */
    public CellKey withoutRedo() {
        return new CellKey(activation, learningRate, hidden, init, optimizer, false, epochs, data);
    }

    /** The number of hidden layers. */
    public int depth() {
        return hidden.size();
    }

    /** The width of every hidden layer if they are all alike, else empty. */
    public java.util.OptionalInt uniformWidth() {
        return TrialKey.uniformWidth(hidden);
    }

    /**
     * The panel group this cell is drawn in: everything but learning rate and hidden layers, e.g.
     * {@code relu, he_normal, adam, ReDo, 10 epochs}.
     */
    public String variant() {
        return activation + ", " + init + ", " + optimizer + (redo ? ", ReDo" : "") + ", " + epochs + " epoch" + (epochs == 1 ? "" : "s")
                + (data.equals("notebook") ? "" : ", " + data);
    }

    /** e.g. {@code lr 0.01, depth 4, width 16}, or {@code lr 0.01, hidden 64,32} for layers of different widths. */
    public String position() {
        java.util.OptionalInt width = uniformWidth();
        return "lr " + rate(learningRate) + (width.isPresent() ? ", depth " + depth() + ", width " + width.getAsInt()
                : ", hidden " + TrialKey.widths(hidden));
    }

    /** A learning rate as a reader writes it: {@code 0.0003}, not {@code 3.0E-4}; exact (it is the double's decimal). */
    public static String rate(double learningRate) {
        return java.math.BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }
}
