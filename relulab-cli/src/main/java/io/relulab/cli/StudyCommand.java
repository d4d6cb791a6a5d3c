package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.data.synthetic.Datasets;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.diagnostics.Redo;
import io.relulab.experiment.ParallelTrials;
import io.relulab.experiment.RedoSettings;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.ScenarioSummary;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.StudyResult;
import io.relulab.experiment.StudyRunner;
import io.relulab.experiment.StudySpec;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.TrialSettings;
import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import io.relulab.report.OutputFolder;
import io.relulab.report.StudyFigureWriter;
import io.relulab.report.StudyOutputs;
import io.relulab.report.StudyReportWriter;
import io.relulab.train.TrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab study}: the reference notebook's experiment done properly — several seeds, confidence
 * intervals, Welch's test, a scenario where ReLU units really die, figures and a self-contained report.
 */
@Command(
        name = StudyCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {
            "Compare activations over several seeds and scenarios, count dead units, and write a report.",
            "Defaults reproduce the reference notebook (its data, " + OptionDefaults.NOTEBOOK_LAYERS + " network, Adam, "
                    + TrainingConfig.DEFAULT_EPOCHS + " epochs) over " + StudySpec.DEFAULT_SEED_COUNT + " seeds,",
            "in the 'notebook' scenario (control) and 'high-lr' (Adam " + Scenario.HIGH_LEARNING_RATE + "). A scenario is a set of defaults:",
            "options given explicitly (--optimizer, --hidden, --init, --bias-init, --epochs, --batch-size) override it."
        },
        footer = {
            "",
            "Examples:",
            "  relulab study                                   # the reference study, written to relulab-out/",
            "  relulab study --seeds 20 --scenarios notebook,high-lr,deep-narrow",
            "  relulab study --activations relu,leaky_relu:0.01,gelu,silu --epochs 30",
            "  relulab study --data csv:mydata.csv --target label --out my-study",
            "  relulab study --scenarios high-lr --redo        # with ReDo neuron recycling",
            "  relulab study --scenarios high-lr --optimizer adam:0.001   # explicit options win over the scenario",
            "",
            "Re-run one trial (X, A, S) bit for bit: relulab train --scenario X --activation A --seed S (same explicit options).",
            "",
            "Scenarios: " + HelpVariables.SCENARIO_NAMES_IN_HELP + ".",
            "Exit codes: 0 done (diverged trials are reported as such), 1 every trial diverged, 2 bad usage or input."
        })
public final class StudyCommand implements Callable<Integer> {

    /** The subcommand's name. */
    static final String NAME = "study";

    /** Where the study is written unless {@code --out} says otherwise. */
    static final String DEFAULT_OUT = "relulab-out";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--activations", paramLabel = "SPECS", split = ActivationSpecs.LIST_SEPARATOR, splitSynopsisLabel = ",", defaultValue = OptionDefaults.STUDY_ACTIVATIONS,
            description = "Activation specs to compare, the first one that is relu is the baseline (default: ${DEFAULT-VALUE}).")
    private List<Activation> activations;

    @Option(names = "--seeds", paramLabel = "N|A-B|LIST", defaultValue = "" + StudySpec.DEFAULT_SEED_COUNT,
            description = "A count N (seeds 0..N-1), a range A-B, or a comma-separated list (default: ${DEFAULT-VALUE}; one seed: 7-7).")
    private String seeds;

    @Option(names = "--scenarios", paramLabel = "NAMES", split = ",", defaultValue = OptionDefaults.STUDY_SCENARIOS, converter = ScenarioConverter.class,
            description = "Scenarios to run (default: ${DEFAULT-VALUE}).")
    private List<Scenario> scenarios;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per trial (default: " + TrainingConfig.DEFAULT_EPOCHS + ").")
    private Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Rows per batch (default: " + TrainingConfig.DEFAULT_BATCH_SIZE + ").")
    private Integer batchSize;

    @Option(names = "--optimizer", paramLabel = "SPEC", converter = OptimizerSpecs.Converter.class, description = "Optimizer spec, e.g. adam:0.001, sgd:0.1,0.9, rmsprop:0.001 (default: " + OptionDefaults.OPTIMIZER + ", Keras' defaults).")
    private OptimizerConfig optimizer;

    @Option(names = "--init", paramLabel = "NAME", converter = InitializerSpecs.Converter.class, description = "Kernel initializer (default: " + OptionDefaults.INITIALIZER + "): glorot_uniform, glorot_normal, he_normal, he_uniform, lecun_normal, rai.")
    private Initializer init;

    @Option(names = "--bias-init", paramLabel = "NAME", converter = InitializerSpecs.Converter.class, description = "Bias initializer (default: " + OptionDefaults.BIAS_INITIALIZER + "), e.g. zeros or constant:0.01.")
    private Initializer biasInit;

    @Option(names = "--hidden", paramLabel = "WIDTHS", description = "Hidden layer widths, comma-separated (default: " + OptionDefaults.HIDDEN + ").")
    private String hidden;

    @Option(names = "--data", paramLabel = "notebook|csv:PATH", defaultValue = DataSource.NOTEBOOK,
            description = "'notebook' (the notebook's make_classification data) or csv:PATH (your own data; needs --target).")
    private String data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Target column of the CSV file.")
    private String target;

    @Option(names = "--test-size", paramLabel = "F", defaultValue = "" + Datasets.NOTEBOOK_TEST_FRACTION,
            description = "Test fraction of train_test_split, for the notebook's data and CSV files (default: ${DEFAULT-VALUE}).")
    private double testSize;

    @Option(names = "--split-seed", paramLabel = "N", defaultValue = "" + Datasets.NOTEBOOK_SPLIT_RANDOM_STATE,
            description = "random_state of train_test_split (default: ${DEFAULT-VALUE}, the notebook's).")
    private long splitSeed;

    @Option(names = "--probe", paramLabel = "PROBE", defaultValue = OptionDefaults.PROBE, converter = ProbeConverter.class,
            description = "Rows on which dead units are counted: first100 (the notebook's), full, or stream (default: ${DEFAULT-VALUE}).")
    private ProbeSet probe;

    @Option(names = "--saturation-eps", paramLabel = "EPS", defaultValue = "" + DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON,
            description = "A unit is saturated when its largest |f'(z)| over the probe rows is below this (default: ${DEFAULT-VALUE}).")
    private double saturationEpsilon;

    @Option(names = "--redo", description = "Recycle dormant units with ReDo (Sokar et al. 2023).")
    private boolean redo;

    @Option(names = "--redo-period", paramLabel = "STEPS", defaultValue = "" + Redo.DEFAULT_PERIOD, description = "Steps between ReDo checks (default: ${DEFAULT-VALUE}).")
    private int redoPeriod;

    @Option(names = "--redo-tau", paramLabel = "TAU", defaultValue = "" + Redo.DEFAULT_TAU, description = "ReDo dormancy threshold tau (default: ${DEFAULT-VALUE}).")
    private double redoTau;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT, description = "Output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Trials run in parallel (default: all cores). Results do not depend on it.")
    private Integer threads;

    @Option(names = "--quiet", description = "Print only the paths of the files written.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        int threadCount = threads == null ? ParallelTrials.defaultThreads() : requirePositive("--threads", threads);
        StudySpec spec = buildSpec();

        StudyResult result;
        StudyOutputs outputs;
        String command = commandSpec.qualifiedName();
        try (OutputFolder folder = OutputFolder.lock(out);
                Progress progress = Progress.start(command, "trials", spec.trials().size(), quiet,
                        commandSpec.commandLine().getErr());
                Interruption interruption = Interruption.install(command, progress, () -> aftermath(folder))) {
            // figure 1's activation panels need no trial: drawn while the trials run
            StudyFigureWriter figures = StudyFigureWriter.start(activations);
            result = StudyRunner.run(spec, reproduceCommand(), threadCount, progress::stepTo);
            progress.close();
            outputs = StudyReportWriter.write(result, figures, folder);
        }

        if (!quiet) {
            printSummary(stdout, result);
        }
        stdout.println("Report:  " + outputs.report());
        stdout.println("Results: " + outputs.results() + ", " + outputs.history());
        stdout.println("Figures: " + outputs.folder().resolve(StudyReportWriter.FIGURES_FOLDER));
        stdout.flush();
        return result.allDiverged() ? ReluLab.EXIT_FAILED : ReluLab.EXIT_OK;
    }

    /**
     * Whether {@code args} (starting with the subcommand's name) look like a study of the notebook's data, the default:
     * {@code study} without {@code --data}, {@code --test-size} or {@code --split-seed} and without asking for help or
     * the version. Only a hint for making the data ahead ({@link StudyData#prepareNotebook()}); a wrong guess costs the
     * time to make it, never a result.
     */
    static boolean readsNotebookData(String... args) {
        if (args.length == 0 || !args[0].equals(NAME)) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("--data") || arg.startsWith("--test-size") || arg.startsWith("--split-seed")
                    || arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** Cleans up an interrupted run and says what it left. */
    private String aftermath(OutputFolder folder) {
        return folder.abandon() ? "nothing was published, " + out + " is unchanged"
                : "the report was already published to " + out;
    }

    private StudySpec buildSpec() throws IOException {
        StudyData studyData = loadData();
        StudySpec spec = StudySpec.notebook(studyData, activations, scenarios, seedList());
        TrialSettings explicit = TrialSettings.none();
        if (hidden != null) {
            explicit = explicit.withHiddenSizes(HiddenWidths.parse("--hidden", hidden, false));
        }
        if (init != null) {
            explicit = explicit.withInitializer(init);
        }
        if (biasInit != null) {
            if (biasInit.drawsBiases()) {
                throw new IllegalArgumentException("--bias-init " + biasInit.spec() + ": expected one that draws biases alone"
                        + " (zeros, constant:VALUE, ...)");
            }
            explicit = explicit.withBiasInitializer(biasInit);
        }
        if (optimizer != null) {
            explicit = explicit.withOptimizer(optimizer);
        }
        if (epochs != null) {
            explicit = explicit.withEpochs(requirePositive("--epochs", epochs));
        }
        if (batchSize != null) {
            explicit = explicit.withBatchSize(requirePositive("--batch-size", batchSize));
        }
        Optional<RedoSettings> redoSettings = redo ? Optional.of(new RedoSettings(redoPeriod, redoTau)) : Optional.empty();
        StudySpec study = spec.withExplicit(explicit)
                .withMonitor(DeadNeuronOptions.analyzer(probe, spec.monitor().tau(), saturationEpsilon)).withRedo(redoSettings);
        checkSizes(study);
        return study;
    }

    /** Refuses networks that do not fit in the heap and warns of batches larger than the train part, per scenario. */
    private void checkSizes(StudySpec study) {
        int parallel = Math.min(threads == null ? ParallelTrials.defaultThreads() : threads, study.trials().size());
        int trainRows = study.data().train().rows();
        for (Scenario scenario : study.scenarios()) {
            var configuration = study.configuration(scenario);
            var network = configuration.network();
            String widths = hidden != null ? hidden
                    : network.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(","));
            NetworkSize.requireFits("--hidden", widths, network, configuration.training().batchSize(), parallel,
                    Runtime.getRuntime().maxMemory());
        }
        int batch = study.scenarios().stream().mapToInt(s -> study.configuration(s).training().batchSize()).max().orElse(1);
        DataSource.batchWarning(batch, trainRows).ifPresent(message -> {
            PrintWriter err = commandSpec.commandLine().getErr();
            err.println(commandSpec.qualifiedName() + ": " + message);
            err.flush();
        });
    }

    private StudyData loadData() {
        DataSource source = DataSource.parse(data, target);
        boolean notebookSplit = testSize == Datasets.NOTEBOOK_TEST_FRACTION && splitSeed == Datasets.NOTEBOOK_SPLIT_RANDOM_STATE;
        if (source.isNotebook() && notebookSplit) {
            return StudyData.notebook();
        }
        return StudyData.of(source.splitDescription(testSize, splitSeed, true), source.prepare(testSize, splitSeed, true));
    }

    /** {@code N} → seeds 0..N−1; {@code A-B} → A..B; {@code a,b,c} → those seeds (a single seed: {@code 7-7} or {@code 7,}). */
    List<Long> seedList() {
        return SeedList.parse(seeds);
    }

    private String reproduceCommand() {
        // the original arguments start with the subcommand name: relulab study ...
        List<String> args = commandSpec.commandLine().getParent().getParseResult().originalArgs();
        return "./relulab" + args.stream().map(StudyCommand::quote).map(a -> " " + a).collect(Collectors.joining());
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_.,:/=+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    static void printSummary(PrintWriter out, StudyResult result) {
        out.println(result.simulationSummary());
        out.println();
        String probe = result.provenance().measurement().probe().inWords();
        for (ScenarioSummary scenario : result.scenarios()) {
            out.println("Scenario " + scenario.scenario() + ": " + scenario.setup().description() + ".");
            out.println("  ran with: " + scenario.setup().describeConfiguration()
                    + result.provenance().measurement().redo().map(r -> ", ReDo every " + r.period() + " steps (tau " + r.tau() + ")")
                            .orElse(""));
            scenario.observations().forEach(o -> out.println("  " + o));
            out.println("Dead units per layer (" + StudyTable.layerLegend(scenario) + ") on " + probe
                    + "; dead = no gradient on any probe row.");
            out.print(StudyTable.render(scenario));
            out.println("Findings:");
            scenario.findings().forEach(f -> out.println("  - " + f));
            out.println();
        }
        List<TrialResult> diverged = result.trials().stream().filter(t -> !t.finished()).toList();
        if (!diverged.isEmpty()) {
            out.println("Diverged trials: " + diverged.stream()
                    .map(t -> t.scenario() + "/" + t.activation() + "/seed " + t.seed() + " (epoch " + t.divergedEpoch() + ")")
                    .collect(Collectors.joining(", ")));
        }
    }

    private static int requirePositive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
        return value;
    }

    /** Parses a scenario name. */
    static final class ScenarioConverter implements CommandLine.ITypeConverter<Scenario> {
        @Override
        public Scenario convert(String value) {
            return Scenario.named(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown scenario '" + value + "', expected one of "
                            + String.join(", ", Scenario.names())));
        }
    }

    /** Parses a probe-set name. */
    static final class ProbeConverter implements CommandLine.ITypeConverter<ProbeSet> {

        /** The probes study and sweep offer: the notebook's first rows, the full training set, streamed. */
        private static final List<ProbeSet> PROBES = List.of(ProbeSet.notebook(), ProbeSet.full(),
                ProbeSet.streamed(ProbeSet.DEFAULT_STREAM_BATCH));

        @Override
        public ProbeSet convert(String value) {
            for (ProbeSet probe : PROBES) {
                if (name(probe).equals(value)) {
                    return probe;
                }
            }
            List<String> names = PROBES.stream().map(ProbeConverter::name).toList();
            throw new CommandLine.TypeConversionException("unknown probe '" + value + "', expected "
                    + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
        }

        /** {@code first100}, {@code full} or {@code stream} (a streamed probe of the default batch size). */
        private static String name(ProbeSet probe) {
            return probe.kind() == ProbeSet.Kind.STREAMED ? "stream" : probe.describe();
        }
    }
}
