package io.relulab.sweep;

import io.relulab.random.NumpyRandom;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Everything that identifies one trial of a sweep, as the command line spells it. The key is what a trial's
 * result records, what a resumed sweep compares, and what its generator derives from.
 *
 * @param activation activation spec, e.g. {@code leaky_relu:0.1}
 * @param learningRate the optimiser's learning rate
 * @param hidden the hidden layers' widths, input side first, e.g. {@code [64, 32]}; {@code depth × width} of a grid
 *     is {@code depth} copies of {@code width}
 * @param init kernel initialiser spec, e.g. {@code he_normal}
 * @param optimizer optimiser name, e.g. {@code adam} (its learning rate is {@link #learningRate})
 * @param redo whether ReDo recycling is on
 * @param epochs epochs of training
 * @param data the data's label, e.g. {@code notebook}
 * @param seed the trial's seed
 */
public record TrialKey(String activation, double learningRate, List<Integer> hidden, String init, String optimizer,
        boolean redo, int epochs, String data, long seed) implements Serializable {

    public TrialKey {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(data, "data");
        hidden = List.copyOf(hidden);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (hidden.isEmpty() || hidden.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("hidden layers must be at least one width >= 1, got " + hidden);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
    }

    /** {@code depth} hidden layers of {@code width} units: one point of a depth × width grid. */
    public static List<Integer> layers(int depth, int width) {
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException("depth and width must be at least 1, got depth " + depth + ", width " + width);
        }
        return Collections.nCopies(depth, width);
    }

    /** The number of hidden layers. */
    public int depth() {
        return hidden.size();
    }

    /** The width of every hidden layer if they are all alike, else empty. */
    public OptionalInt uniformWidth() {
        return uniformWidth(hidden);
    }

    /** The width of every layer of {@code hidden} if they are all alike, else empty. */
    static OptionalInt uniformWidth(List<Integer> hidden) {
        return hidden.stream().distinct().count() == 1 ? OptionalInt.of(hidden.get(0)) : OptionalInt.empty();
    }

    /** The hidden widths as the command line writes them, e.g. {@code 64,32}. */
    public static String widths(List<Integer> hidden) {
        return hidden.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The setting without activation and seed, e.g.
     * {@code lr=0.001 depth=2 width=16 init=glorot_uniform optimizer=adam redo=off epochs=4 data=notebook} (layers of
     * different widths: {@code hidden=64,32} in place of depth and width): the "scenario" of the trial in the study's
     * terms.
     */
    public String setting() {
        OptionalInt width = uniformWidth();
        String layers = width.isPresent() ? "depth=" + depth() + " width=" + width.getAsInt() : "hidden=" + widths(hidden);
        return "lr=" + learningRate + " " + layers + " init=" + init + " optimizer=" + optimizer
                + " redo=" + (redo ? "on" : "off") + " epochs=" + epochs + " data=" + data;
    }

    /** The key without the seed: the cell of the dying map this trial belongs to. */
    public String cell() {
        return "activation=" + activation + " " + setting();
    }

    /** The whole key as one line, unique within a sweep. */
    public String id() {
        return cell() + " seed=" + seed;
    }

    /**
     * The trial's generator: {@code NumpyRandom.forStream(seed, labelKey(setting()), labelKey(activation))},
     * the study's convention with the setting in place of the scenario name. It depends on the whole key (every
     * field is in the setting, the activation or the seed) and on nothing else.
     */
    public NumpyRandom generator() {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey(setting()), NumpyRandom.labelKey(activation));
    }

    /** The hidden widths. */
    public List<Integer> hiddenSizes() {
        return hidden;
    }

    @Override
    public String toString() {
        return id().toLowerCase(Locale.ROOT);
    }
}
