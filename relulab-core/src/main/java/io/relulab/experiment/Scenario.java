package io.relulab.experiment;

import io.relulab.nn.Constant;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named training set-up: a set of defaults on top of the study's ({@link TrialSettings}) that is expected to kill
 * ReLU units — or, for the control, not to. A scenario changes only what it names; an option the user gives
 * explicitly overrides the scenario ({@link StudySpec#configuration}). Its description says what it changes and
 * why that is interesting; what happened is never part of it — the study computes that from its own trials.
 *
 * <p>Reproduce any trial of a study with
 * {@code relulab train --activation A --scenario NAME --seed S} and the same explicit options (README).
 *
 * @param name        preset name, e.g. {@code "high-lr"}
 * @param summary     what it changes in a few words, for lists in help texts, e.g. {@code "Adam 0.05"}
 * @param description what it changes and why
 * @param changes     the settings it changes
 */
public record Scenario(String name, String summary, String description, TrialSettings changes) {

    /** Learning rate of {@link #highLearningRate()}: Adam (Keras) 0.05. */
    public static final double HIGH_LEARNING_RATE = 0.05;
    /** Constant bias of {@link #negativeBias()}: −1. */
    public static final double NEGATIVE_BIAS = -1.0;
    /** Depth of {@link #deepNarrow()}: 10 hidden layers. */
    public static final int DEEP_NARROW_DEPTH = 10;
    /** Width of {@link #deepNarrow()}: 4 units per hidden layer. */
    public static final int DEEP_NARROW_WIDTH = 4;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(changes, "changes");
    }

    /** The control: the study's settings unchanged. */
    public static Scenario notebook() {
        return new Scenario("notebook", "the control", "the study's settings unchanged (the control)", TrialSettings.none());
    }

    /**
     * Adam (Keras) with learning rate {@value #HIGH_LEARNING_RATE}: large steps can push a unit's pre-activation
     * below zero for every input, after which a ReLU unit gets no gradient and cannot come back, while Leaky ReLU
     * and ELU units still can.
     */
    public static Scenario highLearningRate() {
        return new Scenario("high-lr", "Adam " + OptimizerConfig.specNumber(HIGH_LEARNING_RATE),
                "Adam learning rate " + OptimizerConfig.specNumber(HIGH_LEARNING_RATE)
                        + " instead of the default: large steps can push ReLU units below zero for every input, "
                        + "where they get no gradient and cannot recover",
                TrialSettings.none().withOptimizer(AdamConfig.keras(HIGH_LEARNING_RATE)));
    }

    /**
     * Every dense layer's biases start at {@value #NEGATIVE_BIAS}: with standardised inputs many units start with
     * a negative pre-activation for most inputs, so dying can happen at initialisation; whether the units come back
     * depends on the layers upstream still learning.
     */
    public static Scenario negativeBias() {
        return new Scenario("negative-bias", "biases " + OptimizerConfig.specNumber(NEGATIVE_BIAS),
                "every bias initialised to " + OptimizerConfig.specNumber(NEGATIVE_BIAS)
                        + ": many ReLU units start below zero for most inputs; they can only come back if the layers "
                        + "before them move their inputs",
                TrialSettings.none().withBiasInitializer(new Constant(NEGATIVE_BIAS)));
    }

    /**
     * {@value #DEEP_NARROW_DEPTH} hidden layers of {@value #DEEP_NARROW_WIDTH} units: the deep, narrow regime where
     * Lu et al. (2020, "Dying ReLU and Initialization: Theory and Numerical Examples") show that a ReLU network can
     * be born dead — one layer with every unit dead makes the output constant.
     */
    public static Scenario deepNarrow() {
        return new Scenario("deep-narrow", DEEP_NARROW_DEPTH + " layers of width " + DEEP_NARROW_WIDTH,
                DEEP_NARROW_DEPTH + " hidden layers of " + DEEP_NARROW_WIDTH + " units: deep, narrow ReLU networks can be "
                        + "born dead (Lu et al. 2020) — one fully dead layer makes the output constant",
                TrialSettings.none().withHiddenSizes(Collections.nCopies(DEEP_NARROW_DEPTH, DEEP_NARROW_WIDTH)));
    }

    /** Every preset, control first. */
    public static List<Scenario> all() {
        return List.of(notebook(), highLearningRate(), negativeBias(), deepNarrow());
    }

    /** The presets' names, control first. */
    public static List<String> names() {
        return all().stream().map(Scenario::name).toList();
    }

    /** The preset called {@code name}, if there is one. */
    public static Optional<Scenario> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
