package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.data.synthetic.Datasets;
import io.relulab.cli.data.MakeClassificationCommand;
import io.relulab.data.synthetic.MakeClassification;
import io.relulab.data.synthetic.ProductOrder;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.StudySpec;
import io.relulab.nn.Initializer;
import io.relulab.nn.NetworkSpec;
import io.relulab.optim.OptimizerConfig;
import io.relulab.sweep.SweepDefaults;
import io.relulab.train.DivergenceGuard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The defaults of options whose value is an object — an optimiser, hidden widths, a list of activations — rendered
 * in the command line's syntax from the typed constant that states them once, in the layer that owns them
 * ({@link NetworkSpec}, {@link StudySpec}, {@link SweepDefaults}, {@link ProbeSet}).
 *
 * <p>Annotations need compile-time constants, so an option names its default as a picocli variable,
 * {@code defaultValue = OptionDefaults.HIDDEN} ({@code ${bundle:relulab.default.hidden}}); picocli fills it in from
 * {@link HelpVariables}, both where it parses the default (through the option's converter, like any typed value)
 * and where a help text says {@code ${DEFAULT-VALUE}}. Defaults that are compile-time constants — numbers such as
 * {@code "" + TrainingConfig.DEFAULT_EPOCHS}, names such as {@link DataSource#NOTEBOOK} — are written directly.
 */
public final class OptionDefaults {

    private static final String PREFIX = "${bundle:relulab.default.";

    /** The notebook's hidden widths ({@link NetworkSpec#NOTEBOOK_HIDDEN_SIZES}), e.g. {@code 64,32}. */
    public static final String HIDDEN = PREFIX + "hidden}";
    /** The notebook's optimiser ({@link StudySpec#DEFAULT_OPTIMIZER}), e.g. {@code adam:0.001}. */
    public static final String OPTIMIZER = PREFIX + "optimizer}";
    /** The notebook's kernel initialiser ({@link NetworkSpec#DEFAULT_INITIALIZER}). */
    public static final String INITIALIZER = PREFIX + "init}";
    /** The notebook's bias initialiser ({@link NetworkSpec#DEFAULT_BIAS_INITIALIZER}). */
    public static final String BIAS_INITIALIZER = PREFIX + "bias_init}";
    /** The notebook's probe ({@link ProbeSet#notebook()}), {@code first100}. */
    public static final String PROBE = PREFIX + "probe}";
    /** The default study's activations ({@link StudySpec#DEFAULT_ACTIVATIONS}). */
    public static final String STUDY_ACTIVATIONS = PREFIX + "study.activations}";
    /** The default study's scenarios ({@link StudySpec#DEFAULT_SCENARIOS}). */
    public static final String STUDY_SCENARIOS = PREFIX + "study.scenarios}";
    /** The default sweep's learning rates ({@link SweepDefaults#LEARNING_RATES}). */
    public static final String SWEEP_LEARNING_RATES = PREFIX + "sweep.learning_rates}";
    /** The default sweep's depths ({@link SweepDefaults#DEPTHS}). */
    public static final String SWEEP_DEPTHS = PREFIX + "sweep.depths}";
    /** The default sweep's widths ({@link SweepDefaults#WIDTHS}). */
    public static final String SWEEP_WIDTHS = PREFIX + "sweep.widths}";
    /** The default sweep's activations ({@link SweepDefaults#ACTIVATIONS}). */
    public static final String SWEEP_ACTIVATIONS = PREFIX + "sweep.activations}";
    /** The default sweep's kernel initialisers ({@link SweepDefaults#INITIALIZERS}). */
    public static final String SWEEP_INITIALIZERS = PREFIX + "sweep.inits}";
    /** The default sweep's optimiser templates by name ({@link SweepDefaults#OPTIMIZERS}; the grid sets their learning rate). */
    public static final String SWEEP_OPTIMIZERS = PREFIX + "sweep.optimizers}";
    /** The default sweep's epochs ({@link SweepDefaults#EPOCHS}). */
    public static final String SWEEP_EPOCHS = PREFIX + "sweep.epochs}";
    /** The default sweep's ReDo axis ({@link SweepDefaults#REDO}), e.g. {@code off}. */
    public static final String SWEEP_REDO = PREFIX + "sweep.redo}";

    /** The notebook's network in words, {@code Dense(64) -> act -> Dense(32) -> act -> Dense(1, sigmoid)}. */
    public static final String NOTEBOOK_NETWORK = PREFIX + "notebook.network}";
    /** The notebook's layer widths from input to output, {@code 20-64-32-1}. */
    public static final String NOTEBOOK_LAYERS = PREFIX + "notebook.layers}";
    /** The notebook's train/test split in percent, {@code 80/20}. */
    public static final String NOTEBOOK_SPLIT = PREFIX + "notebook.split}";
    /** The divergence guard's loss-explosion factor ({@link DivergenceGuard#DEFAULT_LOSS_EXPLOSION_FACTOR}), {@code 10^4}. */
    public static final String LOSS_EXPLOSION_FACTOR = PREFIX + "divergence.factor}";
    private OptionDefaults() {
    }

    /** Every default above by its bundle key, for {@link HelpVariables}. */
    static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, HIDDEN, join(NetworkSpec.NOTEBOOK_HIDDEN_SIZES, String::valueOf, ","));
        put(values, OPTIMIZER, StudySpec.DEFAULT_OPTIMIZER.spec());
        put(values, INITIALIZER, NetworkSpec.DEFAULT_INITIALIZER.spec());
        put(values, BIAS_INITIALIZER, NetworkSpec.DEFAULT_BIAS_INITIALIZER.spec());
        put(values, PROBE, ProbeSet.notebook().describe());
        put(values, STUDY_ACTIVATIONS, join(StudySpec.DEFAULT_ACTIVATIONS, Activation::spec, ","));
        put(values, STUDY_SCENARIOS, join(StudySpec.DEFAULT_SCENARIOS, Scenario::name, ","));
        put(values, SWEEP_LEARNING_RATES, join(SweepDefaults.LEARNING_RATES, String::valueOf, ","));
        put(values, SWEEP_DEPTHS, join(SweepDefaults.DEPTHS, String::valueOf, ","));
        put(values, SWEEP_WIDTHS, join(SweepDefaults.WIDTHS, String::valueOf, ","));
        put(values, SWEEP_ACTIVATIONS, join(SweepDefaults.ACTIVATIONS, Activation::spec, ","));
        put(values, SWEEP_INITIALIZERS, join(SweepDefaults.INITIALIZERS, Initializer::spec, ","));
        put(values, SWEEP_OPTIMIZERS, join(SweepDefaults.OPTIMIZERS, OptimizerConfig::name, SweepCommand.OPTIMIZER_SEPARATOR));
        put(values, SWEEP_EPOCHS, join(SweepDefaults.EPOCHS, String::valueOf, ","));
        put(values, SWEEP_REDO, join(SweepDefaults.REDO, SweepCommand::redoWord, ","));
        put(values, NOTEBOOK_NETWORK, NetworkSpec.NOTEBOOK_HIDDEN_SIZES.stream().map(width -> "Dense(" + width + ") -> act -> ")
                .collect(Collectors.joining()) + "Dense(1, sigmoid)");
        put(values, NOTEBOOK_LAYERS, MakeClassification.NOTEBOOK.features() + "-" + join(NetworkSpec.NOTEBOOK_HIDDEN_SIZES, String::valueOf, "-")
                + "-1");
        long testPercent = Math.round(100 * Datasets.NOTEBOOK_TEST_FRACTION);
        put(values, NOTEBOOK_SPLIT, (100 - testPercent) + "/" + testPercent);
        put(values, MakeClassificationCommand.DEFAULT_PRODUCT_ORDER, MakeClassificationCommand.orderName(ProductOrder.DEFAULT));
        put(values, LOSS_EXPLOSION_FACTOR, powerOfTen(DivergenceGuard.DEFAULT_LOSS_EXPLOSION_FACTOR));
        return values;
    }

    /** {@code 10000.0} → {@code 10^4}; a number that is no power of ten as a spec number. */
    private static String powerOfTen(double value) {
        long exponent = Math.round(Math.log10(value));
        return Math.pow(10, exponent) == value ? "10^" + exponent : OptimizerConfig.specNumber(value);
    }

    /** The bundle key of a variable such as {@link #HIDDEN}. */
    static String key(String variable) {
        return variable.substring("${bundle:".length(), variable.length() - 1);
    }

    private static void put(Map<String, String> values, String variable, String value) {
        values.put(key(variable), value);
    }

    private static <T> String join(List<T> values, Function<T, String> text, String separator) {
        return values.stream().map(text).collect(Collectors.joining(separator));
    }
}
