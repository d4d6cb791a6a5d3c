package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.ReluLabVersion;
import io.relulab.activation.Activation;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.TrialConfiguration;
import io.relulab.experiment.TrialRun;
import io.relulab.experiment.TrialRunner;
import io.relulab.experiment.TrialSettings;
import io.relulab.experiment.TrialSpec;
import io.relulab.loss.Loss;
import io.relulab.nn.Initializer;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.OutputHead;
import io.relulab.onnx.OnnxExporter;
import io.relulab.optim.OptimizerConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.report.TrainingJson;
import io.relulab.train.Evaluation;
import io.relulab.train.Trainer;
import io.relulab.train.TrainingConfig;
import io.relulab.train.TrainingListener;
import io.relulab.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab train}: one training run — by default the reference notebook's network, data and settings —
 * printing final train/test accuracy and loss, and optionally writing the run as JSON.
 *
 * <p>Structure: {@link #prepare()} turns the options into a {@link Setup} holding the run's {@link TrialSpec}: the
 * scenario's defaults with every explicitly given option winning over them, exactly as {@code relulab study}
 * resolves them. The run goes through {@link TrialRunner}, the one place a trial is assembled, so
 * {@code relulab train --activation A --scenario X --seed S} is trial (X, A, S) of {@code relulab study} bit for bit
 * (scenario {@code notebook} when none is named). {@link #json} builds the JSON document.
 *
 * <p>Exit codes: 0 completed (or stopped early), 1 diverged, 2 bad input.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train one network and print its final train/test accuracy and loss.",
            "Defaults reproduce the reference notebook: make_classification data split 80/20 and standardised,",
            "Dense(64) -> act -> Dense(32) -> act -> Dense(1, sigmoid), glorot_uniform, Keras Adam 0.001,",
            "binary cross-entropy, batch 32, 50 epochs, validation on the test split every epoch.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  relulab train --activation leaky_relu:0.1 --seed 3 --json run.json",
            "  relulab train --activation prelu --hidden 128,64,32 --optimizer adam:0.01 --init he_normal",
            "  relulab train --activation relu --optimizer sgd:0.1,0.9,nesterov --epochs 20",
            "  relulab train --data csv:mydata.csv --target label --test-size 0.25",
            "  relulab train --activation relu --scenario high-lr --probe full --json dying.json",
            "  relulab train --activation relu --scenario high-lr --redo --json recycled.json",
            "  relulab train --activation relu --scenario high-lr --export m.onnx",
            "",
            "A run whose loss becomes NaN or infinite, or explodes to more than 10^4 times its initial value,",
            "ends with status diverged and the epoch (exit code 1); its metrics are null in the JSON.",
        })
public final class TrainCommand implements Callable<Integer> {

    /** Something (usually a listener) that adds its findings to the run's JSON document. */
    public interface JsonContributor {
        /** Adds fields to the top-level JSON object. */
        void addTo(ObjectNode root);
    }

    /** Something (usually a listener) that adds lines to the run's printed summary. */
    public interface SummaryContributor {
        /** Prints its lines after the final metrics. */
        void printTo(PrintWriter out);
    }

    /**
     * Everything a run needs, derived from the options.
     *
     * @param data      the split (and scaled) data; the test part validates every epoch
     * @param dataLabel {@code notebook} or {@code csv:PATH}
     * @param scenario  the scenario the run's defaults come from ({@code notebook} when none was named)
     * @param trial     the trial: activation, seed, resolved configuration, monitor and ReDo settings; its generator
     *                  follows the study's seed convention ({@link TrialSpec})
     */
    public record Setup(PreparedData data, String dataLabel, Scenario scenario, TrialSpec trial) {

        /** The network's shape. */
        public NetworkSpec network() {
            return trial.network();
        }

        /** The optimiser's hyperparameters. */
        public OptimizerConfig optimizer() {
            return trial.configuration().optimizer();
        }

        /** The trainer's settings (without validation data: the runner validates on the test split). */
        public TrainingConfig training() {
            return trial.configuration().training();
        }

        /** The trial's seed. */
        public long seed() {
            return trial.seed();
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-a", "--activation"}, paramLabel = "SPEC", defaultValue = "relu",
            description = "Hidden activation (default: ${DEFAULT-VALUE}). One of: " + ActivationSpecs.SYNTAX_IN_HELP)
    private Activation activation = new Relu();

    @Option(names = "--hidden", paramLabel = "WIDTHS", defaultValue = "64,32",
            description = "Hidden layer widths, comma-separated, or 'none' (default: ${DEFAULT-VALUE}).")
    private String hidden;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "50", description = "Epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--optimizer", paramLabel = "SPEC", defaultValue = "adam:0.001", converter = OptimizerSpecs.Converter.class,
            description = "Optimizer (default: ${DEFAULT-VALUE}): " + OptimizerSpecs.SYNTAX + ". adam places epsilon as Keras"
                    + " (1e-7 on the uncorrected root), adam_pytorch as PyTorch (1e-8 on the corrected root).")
    private OptimizerConfig optimizer;

    @Option(names = "--init", paramLabel = "NAME", defaultValue = "glorot_uniform", converter = InitializerSpecs.Converter.class,
            description = "Kernel initializer (default: ${DEFAULT-VALUE}): glorot_uniform, glorot_normal, he_normal, he_uniform,"
                    + " lecun_normal, rai (Lu et al. 2020; draws the biases too).")
    private Initializer initializer;

    @Option(names = "--bias-init", paramLabel = "NAME", defaultValue = "zeros", converter = InitializerSpecs.Converter.class,
            description = "Bias initializer (default: ${DEFAULT-VALUE}), e.g. zeros or constant:0.01.")
    private Initializer biasInitializer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Trial seed, 0..4294967295 (default: ${DEFAULT-VALUE}): initial weights, shuffling, RReLU slopes.")
    private long seed;

    @Option(names = "--data", paramLabel = "notebook|csv:PATH", defaultValue = "notebook",
            description = "Data: the notebook's make_classification data, or a CSV file with a header row (default: ${DEFAULT-VALUE}).")
    private String data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Label column of a CSV file (required with --data csv:PATH).")
    private String target;

    @Option(names = "--test-size", paramLabel = "F", defaultValue = "0.2",
            description = "Test fraction of train_test_split (default: ${DEFAULT-VALUE}).")
    private double testSize;

    @Option(names = "--split-seed", paramLabel = "N", defaultValue = "42",
            description = "random_state of train_test_split (default: ${DEFAULT-VALUE}, the notebook's).")
    private long splitSeed;

    @Option(names = "--no-scale", description = "Do not standardise the features (default: StandardScaler fitted on train).")
    private boolean noScale;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the run (config, final metrics, history) as JSON.")
    private Path json;

    @CommandLine.Mixin
    private DeadNeuronOptions deadNeurons = new DeadNeuronOptions();

    @Option(names = "--export", paramLabel = "FILE",
            description = "Write the trained network as ONNX (opset 17; inspect it with relulab inspect).")
    private Path export;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Setup setup = prepare();
        if (export != null) {
            checkExportable(setup);
        }
        TrialRun run = train(setup);
        DeadNeuronJson deadNeurons = new DeadNeuronJson(run.monitor(), run.redo().orElse(null),
                this.deadNeurons.scenario() == null ? null : setup.scenario());
        TrainingResult result = run.training();
        printSummary(setup, result, (System.nanoTime() - start) / 1e9, List.of(deadNeurons));
        if (json != null) {
            TrainingJson.write(json, json(setup, result, List.of(deadNeurons)));
        }
        if (export != null && !result.diverged()) {
            OnnxExporter.write(run.network(), export);
        }
        return result.diverged() ? ReluLab.EXIT_FAILED : ReluLab.EXIT_OK;
    }

    /** Turns the options into a run's setup; user errors are one-line {@link IllegalArgumentException}s. */
    Setup prepare() {
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new IllegalArgumentException("--seed " + seed + " is outside 0.." + NumpyRandom.MAX_SEED);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs " + epochs + ": expected at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size " + batchSize + ": expected at least 1");
        }
        PreparedData prepared = loadData();
        Dataset train = prepared.train();
        int classes = prepared.source().classCount();
        OutputHead head = classes <= 2 ? OutputHead.SIGMOID : OutputHead.SOFTMAX;
        // the options' values (their defaults where not given) are the defaults; the scenario changes them;
        // options given explicitly win over the scenario
        TrialConfiguration defaults = new TrialConfiguration(new NetworkSpec(train.columns(), hiddenWidths(), activation,
                initializer, biasInitializer, head, head == OutputHead.SIGMOID ? 1 : classes), optimizer,
                TrialConfiguration.DEFAULT_TRAINING.withEpochs(epochs).withBatchSize(batchSize));
        Scenario scenario = deadNeurons.scenario() == null ? Scenario.notebook() : deadNeurons.scenario();
        TrialConfiguration configuration = scenario.changes().overriddenBy(explicitOptions()).applyTo(defaults);
        NetworkSize.requireFits("--hidden", hidden, configuration.network(), configuration.training().batchSize(), 1,
                Runtime.getRuntime().maxMemory());
        DataSource.batchWarning(configuration.training().batchSize(), train.rows()).ifPresent(this::warn);
        TrialSpec trial = new TrialSpec(scenario.name(), activation, seed, configuration, deadNeurons.analyzer(),
                deadNeurons.redoSettings());
        return new Setup(prepared, data.strip(), scenario, trial);
    }

    /** The settings the user gave on the command line; they override the scenario. */
    private TrialSettings explicitOptions() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        TrialSettings explicit = TrialSettings.none();
        if (parsed.hasMatchedOption("--hidden")) {
            explicit = explicit.withHiddenSizes(hiddenWidths());
        }
        if (parsed.hasMatchedOption("--init")) {
            explicit = explicit.withInitializer(initializer);
        }
        if (parsed.hasMatchedOption("--bias-init")) {
            explicit = explicit.withBiasInitializer(biasInitializer);
        }
        if (parsed.hasMatchedOption("--optimizer")) {
            explicit = explicit.withOptimizer(optimizer);
        }
        if (parsed.hasMatchedOption("--epochs")) {
            explicit = explicit.withEpochs(epochs);
        }
        if (parsed.hasMatchedOption("--batch-size")) {
            explicit = explicit.withBatchSize(batchSize);
        }
        return explicit;
    }

    /** Fails before training if {@code --export} could not be written: a folder in the way, an activation without ONNX form. */
    private void checkExportable(Setup setup) {
        if (Files.isDirectory(export)) {
            throw new IllegalArgumentException("--export " + export + ": is a folder; expected a file name such as model.onnx");
        }
        try {
            OnnxExporter.toModel(setup.network().build(setup.trial().generator()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--export " + export + ": " + e.getMessage());
        }
    }

    /** Runs the trial through the study's trial runner, with the monitor's step checks and warnings on stderr. */
    TrialRun train(Setup setup) {
        PrintWriter err = spec.commandLine().getErr();
        StudyData studyData = StudyData.of(setup.dataLabel(), setup.data());
        return new TrialRunner(studyData).runObserved(setup.trial(), deadNeurons.checkEverySteps(), warning -> {
            err.println("warning: " + warning.message());
            err.flush();
        });
    }

    private PreparedData loadData() {
        return DataSource.parse(data, target).prepare(testSize, splitSeed, !noScale);
    }

    private List<Integer> hiddenWidths() {
        return HiddenWidths.parse("--hidden", hidden, true);
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
    }

    private void printSummary(Setup setup, TrainingResult result, double seconds, List<? extends TrainingListener> listeners) {
        PrintWriter out = spec.commandLine().getOut();
        NetworkSpec network = setup.network();
        StringBuilder shape = new StringBuilder().append(network.inputSize());
        for (int width : network.hiddenSizes()) {
            shape.append(" -> ").append(width);
        }
        shape.append(" -> ").append(network.outputSize()).append(" (").append(network.head().spec()).append(')');
        out.printf(Locale.ROOT, "activation %s, seed %d, scenario %s, %s data: %d train rows, %d test rows, %d features%n",
                network.activation().spec(), setup.seed(), setup.scenario().name(), setup.dataLabel(), setup.data().train().rows(),
                setup.data().test().rows(), network.inputSize());
        out.printf(Locale.ROOT, "network %s, init %s, bias %s, optimizer %s, %d epochs of batch %d%n", shape,
                network.initializer().spec(), network.biasInitializer().spec(), OptimizerSpecs.format(setup.optimizer()),
                setup.training().epochs(), setup.training().batchSize());
        switch (result.status()) {
            case DIVERGED -> out.printf(Locale.ROOT, "status: diverged in epoch %d: %s%n", result.epoch(), result.stopReason());
            case STOPPED_EARLY -> out.printf(Locale.ROOT, "status: stopped early in epoch %d: %s%n", result.epoch(), result.stopReason());
            case COMPLETED -> out.printf(Locale.ROOT, "status: completed, %d epochs, %d steps, %.1f s%n", result.epoch(),
                    result.steps(), seconds);
        }
        if (!result.diverged()) {
            printEvaluation(out, "train", result.training());
            printEvaluation(out, "test ", result.validation());
        }
        for (TrainingListener listener : listeners) {
            if (listener instanceof SummaryContributor contributor) {
                contributor.printTo(out);
            }
        }
        out.flush();
    }

    private static void printEvaluation(PrintWriter out, String name, Evaluation evaluation) {
        out.printf(Locale.ROOT, "%s accuracy %s  loss %s%n", name,
                evaluation.hasAccuracy() ? String.format(Locale.ROOT, "%.4f", evaluation.accuracy()) : "-",
                String.format(Locale.ROOT, "%.4f", evaluation.loss()));
    }

    /**
     * The run as JSON: {@code activation, seed, status, epoch, stop_reason, steps, train_accuracy, test_accuracy,
     * train_loss, test_loss} (null when diverged), {@code history}, {@code config}, {@code data},
     * {@code relulab_version}, then whatever {@link JsonContributor} listeners add.
     */
    ObjectNode json(Setup setup, TrainingResult result, List<? extends TrainingListener> listeners) {
        ObjectNode root = TrainingJson.object();
        root.put("activation", setup.network().activation().spec());
        root.put("seed", setup.seed());
        root.put("trial_scenario", setup.scenario().name());
        root.put("status", result.status().label());
        root.put("epoch", result.epoch());
        root.put("stop_reason", result.stopReason());
        root.put("steps", result.steps());
        Evaluation train = result.training();
        Evaluation test = result.validation();
        TrainingJson.putNumber(root, "train_accuracy", train == null ? Double.NaN : train.accuracy());
        TrainingJson.putNumber(root, "test_accuracy", test == null ? Double.NaN : test.accuracy());
        TrainingJson.putNumber(root, "train_loss", train == null ? Double.NaN : train.loss());
        TrainingJson.putNumber(root, "test_loss", test == null ? Double.NaN : test.loss());
        root.set("history", TrainingJson.history(result.history()));
        root.set("config", config(setup));
        ObjectNode dataNode = root.putObject("data");
        dataNode.put("source", setup.dataLabel());
        dataNode.put("train_rows", setup.data().train().rows());
        dataNode.put("test_rows", setup.data().test().rows());
        dataNode.put("features", setup.data().train().columns());
        dataNode.put("fingerprint", setup.data().source().fingerprint());
        root.put("relulab_version", ReluLabVersion.get());
        for (TrainingListener listener : listeners) {
            if (listener instanceof JsonContributor contributor) {
                contributor.addTo(root);
            }
        }
        return root;
    }

    private ObjectNode config(Setup setup) {
        NetworkSpec network = setup.network();
        ObjectNode config = TrainingJson.object();
        config.put("activation", network.activation().spec());
        ArrayNode widths = config.putArray("hidden");
        network.hiddenSizes().forEach(widths::add);
        config.put("output_head", network.head().spec());
        config.put("outputs", network.outputSize());
        config.put("loss", Loss.forHead(network.head()).name());
        config.put("init", network.initializer().spec());
        config.put("bias_init", network.biasInitializer().spec());
        config.put("optimizer", OptimizerSpecs.format(setup.optimizer()));
        config.put("epochs", setup.training().epochs());
        config.put("batch_size", setup.training().batchSize());
        config.put("shuffle", setup.training().shuffle());
        TrainingJson.putNumber(config, "divergence_loss_factor", setup.training().divergenceGuard().lossExplosionFactor());
        config.put("seed", setup.seed());
        config.put("data", setup.dataLabel());
        config.put("target", target);
        config.put("test_size", testSize);
        config.put("split_seed", splitSeed);
        config.put("scale", !noScale);
        return config;
    }
}
