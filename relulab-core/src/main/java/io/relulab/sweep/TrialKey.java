package io.relulab.sweep;

import io.relulab.random.NumpyRandom;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything that identifies one trial of a sweep, as the command line spells it. The key is what a trial's
 * result records, what a resumed sweep compares, and what its generator derives from.
 *
 * @param activation activation spec, e.g. {@code leaky_relu:0.1}
 * @param learningRate the optimiser's learning rate
 * @param depth number of hidden layers
 * @param width units per hidden layer
 * @param init kernel initialiser spec, e.g. {@code he_normal}
 * @param optimizer optimiser name, e.g. {@code adam} (its learning rate is {@link #learningRate})
 * @param redo whether ReDo recycling is on
 * @param data the data's label, e.g. {@code notebook}
 * @param seed the trial's seed
 */
public record TrialKey(String activation, double learningRate, int depth, int width, String init, String optimizer,
        boolean redo, String data, long seed) implements Serializable {

    public TrialKey {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(data, "data");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException("depth and width must be at least 1, got depth " + depth + ", width " + width);
        }
    }

    /**
     * The setting without activation and seed, e.g.
     * {@code lr=0.001 depth=2 width=16 init=glorot_uniform optimizer=adam redo=off data=notebook}: the
     * "scenario" of the trial in the study's terms.
     */
    public String setting() {
        return "lr=" + learningRate + " depth=" + depth + " width=" + width + " init=" + init + " optimizer=" + optimizer
                + " redo=" + (redo ? "on" : "off") + " data=" + data;
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
     * the study's convention with the setting in place of the scenario name. It depends on the key alone.
     */
    public NumpyRandom generator() {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey(setting()), NumpyRandom.labelKey(activation));
    }

    /** The hidden widths: {@code depth} layers of {@code width} units. */
    public java.util.List<Integer> hiddenSizes() {
        return java.util.Collections.nCopies(depth, width);
    }

    @Override
    public String toString() {
        return id().toLowerCase(Locale.ROOT);
    }
}
