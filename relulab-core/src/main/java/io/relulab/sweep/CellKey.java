package io.relulab.sweep;

import java.util.Objects;

/**
 * A cell of the dying map: a trial key without its seed.
 *
 * @param activation activation spec
 * @param learningRate learning rate
 * @param depth hidden layers
 * @param width units per hidden layer
 * @param init initialiser spec
 * @param optimizer optimiser name
 * @param redo ReDo on or off
 * @param data data label
 */
public record CellKey(String activation, double learningRate, int depth, int width, String init, String optimizer,
        boolean redo, String data) {

    public CellKey {
        Objects.requireNonNull(activation, "activation");
    }

    /** The cell of {@code key}. */
    public static CellKey of(TrialKey key) {
        return new CellKey(key.activation(), key.learningRate(), key.depth(), key.width(), key.init(), key.optimizer(),
                key.redo(), key.data());
    }

    /** This cell with another activation. */
    public CellKey withActivation(String other) {
        return new CellKey(other, learningRate, depth, width, init, optimizer, redo, data);
    }

    /** This cell with ReDo off. */
    public CellKey withoutRedo() {
        return new CellKey(activation, learningRate, depth, width, init, optimizer, false, data);
    }

    /** The panel group this cell is drawn in: everything but learning rate, depth and width. */
    public String variant() {
        return activation + ", " + init + ", " + optimizer + (redo ? ", ReDo" : "") + (data.equals("notebook") ? "" : ", " + data);
    }

    /** e.g. {@code lr 0.01, depth 4, width 16}. */
    public String position() {
        return "lr " + rate(learningRate) + ", depth " + depth + ", width " + width;
    }

    /** A learning rate as a reader writes it: {@code 0.0003}, not {@code 3.0E-4}; exact (it is the double's decimal). */
    public static String rate(double learningRate) {
        return java.math.BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }
}
