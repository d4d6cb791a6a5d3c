package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.synthetic.Datasets;
import io.relulab.experiment.PlannedWork;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.StudyAggregator;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.StudySpec;
import io.relulab.experiment.TrialConfiguration;
import io.relulab.experiment.TrialRun;
import io.relulab.experiment.TrialRunner;
import io.relulab.experiment.TrialSettings;
import io.relulab.experiment.TrialSpec;
import io.relulab.nn.Initializer;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.OutputHead;
import io.relulab.onnx.OnnxExporter;
import io.relulab.optim.AdamConfig;
import io.relulab.optim.OptimizerConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.report.TrainingJson;
import io.relulab.train.TrainingConfig;
import io.relulab.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab train}: one training run — by default the reference notebook's network, data and settings —
 * printing final train/test accuracy and loss, and optionally writing the run as JSON.
 *
 * <p>Structure, along the study's lines: this class holds the options and runs; {@link #prepare()} turns the options
 * into a {@link TrainSetup} holding the run's {@link TrialSpec}: the scenario's defaults with every explicitly given
 * option winning over them, exactly as {@code relulab study} resolves them. The run goes through {@link TrialRunner},
 * the one place a trial is assembled, so {@code relulab train --activation A --scenario X --seed S} is trial (X, A, S)
 * of {@code relulab study} bit for bit (scenario {@code notebook} when none is named). {@link TrainSummary} prints the
 * summary and {@link TrainJson} builds the JSON document.
 *
 * <p>Exit codes: 0 completed (or stopped early), 1 diverged, 2 bad input.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train one network and print its final train/test accuracy and loss.",
            "Defaults reproduce the reference notebook: make_classification data split " + OptionDefaults.NOTEBOOK_SPLIT
                    + " and standardised,",
            OptionDefaults.NOTEBOOK_NETWORK + ", " + OptionDefaults.INITIALIZER + ", Keras " + OptionDefaults.OPTIMIZER + ",",
            "binary cross-entropy, batch " + TrainingConfig.DEFAULT_BATCH_SIZE + ", " + TrainingConfig.DEFAULT_EPOCHS
                    + " epochs, validation on the test split every epoch.",
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
            "A run whose loss becomes NaN or infinite, or explodes to more than " + OptionDefaults.LOSS_EXPLOSION_FACTOR
                    + " times its initial value,",
            "ends with status diverged and the epoch (exit code 1); its metrics are null in the JSON.",
        })
public final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-a", "--activation"}, paramLabel = "SPEC", defaultValue = StudyAggregator.DEFAULT_BASELINE,
            description = "Hidden activation (default: ${DEFAULT-VALUE}). One of: " + ActivationSpecs.SYNTAX_IN_HELP)
    private Activation activation;

    @Option(names = "--hidden", paramLabel = "WIDTHS", defaultValue = OptionDefaults.HIDDEN,
            description = "Hidden layer widths, comma-separated, or 'none' (default: ${DEFAULT-VALUE}).")
    private String hidden;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + TrainingConfig.DEFAULT_EPOCHS, description = "Epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + TrainingConfig.DEFAULT_BATCH_SIZE, description = "Batch size (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--optimizer", paramLabel = "SPEC", defaultValue = OptionDefaults.OPTIMIZER, converter = OptimizerSpecs.Converter.class,
            description = "Optimizer (default: ${DEFAULT-VALUE}): " + OptimizerSpecs.SYNTAX_IN_HELP + ". adam places epsilon as Keras"
                    + " (" + AdamConfig.KERAS_EPSILON + " on the uncorrected root), adam_pytorch as PyTorch (" + AdamConfig.PYTORCH_EPSILON
                    + " on the corrected root).")
    private OptimizerConfig optimizer;

    @Option(names = "--init", paramLabel = "NAME", defaultValue = OptionDefaults.INITIALIZER, converter = InitializerSpecs.Converter.class,
            description = "Kernel initializer (default: ${DEFAULT-VALUE}): glorot_uniform, glorot_normal, he_normal, he_uniform,"
                    + " lecun_normal, rai (Lu et al. 2020; draws the biases too).")
    private Initializer initializer;

    @Option(names = "--bias-init", paramLabel = "NAME", defaultValue = OptionDefaults.BIAS_INITIALIZER, converter = InitializerSpecs.Converter.class,
            description = "Bias initializer (default: ${DEFAULT-VALUE}), e.g. zeros or constant:0.01.")
    private Initializer biasInitializer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + StudySpec.FIRST_SEED,
            description = "Trial seed, 0..4294967295 (default: ${DEFAULT-VALUE}): initial weights, shuffling, RReLU slopes.")
    private long seed;

    @Option(names = "--data", paramLabel = "notebook|csv:PATH", defaultValue = DataSource.NOTEBOOK,
            description = "Data: the notebook's make_classification data, or a CSV file with a header row (default: ${DEFAULT-VALUE}).")
    private String data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Label column of a CSV file (required with --data csv:PATH).")
    private String target;

    @Option(names = "--test-size", paramLabel = "F", defaultValue = "" + Datasets.NOTEBOOK_TEST_FRACTION,
            description = "Test fraction of train_test_split (default: ${DEFAULT-VALUE}).")
    private double testSize;

    @Option(names = "--split-seed", paramLabel = "N", defaultValue = "" + Datasets.NOTEBOOK_SPLIT_RANDOM_STATE,
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
        TrainSetup setup = prepare();
        if (export != null) {
            checkExportable(setup);
        }
        TrialRun run = train(setup);
        DeadNeuronJson deadNeurons = new DeadNeuronJson(run.monitor(), run.redo().orElse(null),
                this.deadNeurons.scenario() == null ? null : setup.scenario());
        TrainingResult result = run.training();
        TrainSummary.print(spec.commandLine().getOut(), setup, result, (System.nanoTime() - start) / 1e9, List.of(deadNeurons));
        if (json != null) {
            TrainingJson.write(json, TrainJson.of(setup, result, List.of(deadNeurons)));
        }
        if (export != null && !result.diverged()) {
            OnnxExporter.write(run.network(), export);
        }
        return result.diverged() ? ReluLab.EXIT_FAILED : ReluLab.EXIT_OK;
    }

    /** Turns the options into a run's setup; user errors are one-line {@link IllegalArgumentException}s. */
    TrainSetup prepare() {
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
        return new TrainSetup(prepared, data.strip(), target, testSize, splitSeed, !noScale, scenario, trial);
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
    private void checkExportable(TrainSetup setup) {
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
    TrialRun train(TrainSetup setup) {
        PrintWriter err = spec.commandLine().getErr();
        StudyData studyData = StudyData.of(setup.dataLabel(), setup.data());
        PlannedWork.state(List.of(setup.trial()), studyData.train().rows());
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
}
