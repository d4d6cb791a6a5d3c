package io.relulab.sweep;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.experiment.StudySpec;
import io.relulab.nn.Initializer;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.OptimizerConfig;
import java.util.List;

/**
 * The default grid of a sweep ({@code relulab sweep} with no axis options): a small grid around where ReLU units
 * start to die — three learning rates, two depths, one width, ReLU against Leaky ReLU and ELU — over
 * {@value #SEED_COUNT} seeds of 20 epochs ({@link #EPOCHS}). Stated once here; the command line's defaults and help are
 * rendered from these values.
 */
public final class SweepDefaults {

    /** Learning rates: 0.001 (Adam's default), 0.01 and 0.05 (the study's {@code high-lr}). */
    public static final List<Double> LEARNING_RATES = List.of(0.001, 0.01, 0.05);
    /** Numbers of hidden layers. */
    public static final List<Integer> DEPTHS = List.of(2, 4);
    /** Units per hidden layer. */
    public static final List<Integer> WIDTHS = List.of(32);
    /** Activations, the baseline (ReLU) first. */
    public static final List<Activation> ACTIVATIONS = List.of(new Relu(), new LeakyRelu(LeakyRelu.NOTEBOOK_NEGATIVE_SLOPE),
            new Elu(Elu.DEFAULT_ALPHA));
    /** Kernel initialisers: the notebook's. */
    public static final List<Initializer> INITIALIZERS = List.of(NetworkSpec.DEFAULT_INITIALIZER);
    /** Optimiser templates (their learning rate is replaced by the grid's): the notebook's Adam. */
    public static final List<OptimizerConfig> OPTIMIZERS = List.of(StudySpec.DEFAULT_OPTIMIZER);
    /** ReDo: off only. */
    public static final List<Boolean> REDO = List.of(false);
    /** Seeds per cell: seeds 0..{@value} − 1. */
    public static final int SEED_COUNT = 5;
    /** Epochs per trial: one value (epochs can be an axis too). */
    public static final List<Integer> EPOCHS = List.of(20);

    private SweepDefaults() {
    }
}
