package io.relulab.sweep;

import io.relulab.activation.Activation;
import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sweep: the axes of a grid and the settings every trial shares. {@link #trials()} expands it into one trial
 * per combination in a fixed order — activation, initialiser, optimiser, ReDo, epochs, hidden layers (for a grid:
 * width, then depth), learning rate, seed (the last varies fastest) — so that the same spec always gives the same
 * list.
 *
 * @param learningRates learning rates (put into each optimiser template)
 * @param layers the hidden layers: depths × widths, or explicit lists of widths
 * @param activations hidden activations; the first is the baseline of the comparisons
 * @param initializers kernel initialisers
 * @param optimizers optimiser templates whose learning rate the sweep replaces
 * @param redo ReDo off and/or on
 * @param epochs epochs of training
 * @param seeds trial seeds
 * @param settings what every trial shares
 */
public record SweepSpec(List<Double> learningRates, SweepLayers layers, List<Activation> activations,
        List<Initializer> initializers, List<OptimizerConfig> optimizers, List<Boolean> redo, List<Integer> epochs, List<Long> seeds,
        SweepSettings settings) {

    public SweepSpec {
        learningRates = distinct("learning rates", learningRates, String::valueOf);
        Objects.requireNonNull(layers, "layers");
        activations = distinct("activations", activations, Activation::spec);
        initializers = distinct("initializers", initializers, Initializer::spec);
        optimizers = distinct("optimizers", optimizers, OptimizerConfig::name);
        redo = distinct("redo", redo, String::valueOf);
        epochs = distinct("epochs", epochs, String::valueOf);
        seeds = distinct("seeds", seeds, String::valueOf);
        Objects.requireNonNull(settings, "settings");
        for (double rate : learningRates) {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("learning rates must be finite numbers > 0, got " + rate);
            }
        }
        for (int count : epochs) {
            if (count < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, got " + count);
            }
        }
    }

    /** The number of trials: the product of the axes' lengths. */
    public long size() {
        return (long) learningRates.size() * layers.lists().size() * activations.size() * initializers.size()
                * optimizers.size() * redo.size() * epochs.size() * seeds.size();
    }

    /** The baseline activation's spec (the first activation). */
    public String baseline() {
        return activations.get(0).spec();
    }

    /** Every trial, in the documented order. */
    public List<SweepTrial> trials() {
        if (size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a sweep of " + size() + " trials is too large");
        }
        String data = settings.data().label();
        List<SweepTrial> trials = new ArrayList<>((int) size());
        for (Activation activation : activations) {
            for (Initializer initializer : initializers) {
                for (OptimizerConfig template : optimizers) {
                    for (boolean recycle : redo) {
                        for (int count : epochs) {
                            for (List<Integer> hidden : layers.lists()) {
                                for (double rate : learningRates) {
                                    OptimizerConfig optimizer = LearningRates.withLearningRate(template, rate);
                                    for (long seed : seeds) {
                                        TrialKey key = new TrialKey(activation.spec(), rate, hidden, initializer.spec(),
                                                optimizer.name(), recycle, count, data, seed);
                                        trials.add(new SweepTrial(key, activation, initializer, optimizer));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return trials;
    }

    static <T> List<T> distinct(String name, List<T> values, Function<T, String> text) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (copy.stream().map(text).distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + " must be distinct, got "
                    + String.join(",", copy.stream().map(text).toList()));
        }
        return copy;
    }
}
