package io.relulab.cli;

import io.relulab.ReluLabVersion;
import io.relulab.activation.Activation;
import io.relulab.data.synthetic.Datasets;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.diagnostics.Redo;
import io.relulab.math.MatrixKernels;
import io.relulab.experiment.LocalTrialExecutor;
import io.relulab.experiment.Measurement;
import io.relulab.experiment.ParallelTrials;
import io.relulab.experiment.Provenance;
import io.relulab.experiment.StudyData;
import io.relulab.experiment.TrialExecutor;
import io.relulab.experiment.TrialExecutorProvider;
import io.relulab.nn.Initializer;
import io.relulab.optim.OptimizerConfig;
import io.relulab.report.StudyReportWriter;
import io.relulab.report.SweepFolder;
import io.relulab.report.SweepReportWriter;
import io.relulab.report.SweepTrialLog;
import io.relulab.sweep.DyingMap;
import io.relulab.sweep.SweepDefaults;
import io.relulab.sweep.SweepData;
import io.relulab.sweep.SweepLayers;
import io.relulab.sweep.SweepSettings;
import io.relulab.sweep.SweepSpec;
import io.relulab.sweep.SweepTrial;
import io.relulab.sweep.SweepTrialRunner;
import io.relulab.sweep.TrialKey;
import io.relulab.sweep.TrialOutcome;
import io.relulab.train.TrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab sweep}: a grid of trials over learning rate × hidden layers (depth × width, or explicit lists) ×
 * activation × initialiser × optimiser × ReDo × epochs × seed, on this machine or on Apache Spark, resumable, ending
 * in the dying map. The grid can come from a spec file ({@code --spec}, {@link SweepSpecFile}); explicit options
 * override its values.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run a grid of trials and draw the dying map of where units die.",
            "The map shows learning rate x depth, one panel per width (or one row per --hidden list), and how far",
            "alternative activations, initialisers or ReDo move the boundary. Trials are appended to",
            "DIR/trials/*.jsonl as they finish; the same command into the same folder resumes and runs only the",
            "missing trials. --spec FILE reads the whole sweep from JSON (see the README); options given on the",
            "command line override the file's values."
        },
        footer = {
            "",
            "Examples:",
            "  relulab sweep --learning-rates 0.001,0.05 --depths 2,3 --widths 16 --activations relu,leaky_relu:0.1 --seeds 2 --epochs 4 --out A",
            "  relulab sweep --learning-rates 1e-4,1e-3,1e-2,1e-1 --depths 2,4,8 --widths 16,64 \\",
            "                --activations relu,leaky_relu:0.1,elu,gelu --inits glorot_uniform,he_normal,rai --seeds 10 --out big",
            "  relulab sweep ... --engine spark --master local[2] --out B     # the same trials, bit for bit, as a Spark job",
            "  relulab sweep --hidden '64,32;128' --epochs 4,8 --learning-rates 0.01,0.1 --seeds 3 --out C",
            "  relulab sweep --spec grid.json --seeds 10 --out D               # the file's sweep with 10 seeds",
            "  relulab sweep --spec A/results.json --out E                     # run A's sweep again",
            "",
            "Exit codes: 0 done (diverged trials are reported as such), 1 every trial diverged, 2 bad usage or input."
        })
public final class SweepCommand implements Callable<Integer> {

    /** Separates the optimiser specs of {@code --optimizers} (their parameters are separated by commas). */
    static final String OPTIMIZER_SEPARATOR = ";";
    /** Where the sweep is written unless {@code --out} says otherwise. */
    static final String DEFAULT_OUT = "relulab-sweep";
    /** {@code --engine} for threads on this machine. */
    static final String LOCAL_ENGINE = "local";
    /** {@code --engine} for Apache Spark. */
    static final String SPARK_ENGINE = "spark";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "The sweep as JSON: its fields are these options' names with _ for -, e.g. learning_rates, hidden, epochs; "
                    + "or a previous sweep's results.json. Options given here override the file's values.")
    private Path specFile;

    @Option(names = "--learning-rates", split = ",", defaultValue = OptionDefaults.SWEEP_LEARNING_RATES, paramLabel = "LR",
            description = "Learning rates, put into each optimizer (default: ${DEFAULT-VALUE}).")
    private List<Double> learningRates;

    @Option(names = "--depths", split = ",", defaultValue = OptionDefaults.SWEEP_DEPTHS, paramLabel = "N", description = "Numbers of hidden layers (default: ${DEFAULT-VALUE}).")
    private List<Integer> depths;

    @Option(names = "--widths", split = ",", defaultValue = OptionDefaults.SWEEP_WIDTHS, paramLabel = "N", description = "Units per hidden layer (default: ${DEFAULT-VALUE}).")
    private List<Integer> widths;

    @Option(names = "--hidden", split = ";", paramLabel = "WIDTHS",
            description = "Explicit hidden-layer lists instead of --depths x --widths: repeat the option or separate lists with ';', "
                    + "e.g. --hidden 64,32 --hidden 128 or --hidden '64,32;128'.")
    private List<String> hidden;

    @Option(names = "--activations", split = ActivationSpecs.LIST_SEPARATOR, splitSynopsisLabel = ",", defaultValue = OptionDefaults.SWEEP_ACTIVATIONS,
            paramLabel = "SPEC", description = "Activations; the first is the baseline of the comparisons (default: ${DEFAULT-VALUE}).")
    private List<Activation> activations;

    @Option(names = "--inits", split = ",", defaultValue = OptionDefaults.SWEEP_INITIALIZERS, converter = InitializerSpecs.Converter.class, paramLabel = "NAME",
            description = "Kernel initializers: glorot_uniform, glorot_normal, he_normal, he_uniform, lecun_normal, rai (default: ${DEFAULT-VALUE}).")
    private List<Initializer> inits;

    @Option(names = "--optimizers", split = OPTIMIZER_SEPARATOR, defaultValue = OptionDefaults.SWEEP_OPTIMIZERS, converter = OptimizerSpecs.Converter.class, paramLabel = "SPEC",
            description = "Optimizers separated by ';', e.g. 'adam;sgd:0.01,0.9'; the sweep's learning rates replace theirs (default: ${DEFAULT-VALUE}).")
    private List<OptimizerConfig> optimizers;

    @Option(names = "--redo", split = ",", defaultValue = OptionDefaults.SWEEP_REDO, paramLabel = "off|on",
            description = "ReDo neuron recycling off, on, or both: off,on (default: ${DEFAULT-VALUE}).")
    private List<String> redo;

    @Option(names = "--seeds", defaultValue = "" + SweepDefaults.SEED_COUNT, paramLabel = "N|A-B|LIST", description = "A count N (seeds 0..N-1), a range A-B, or a list (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--epochs", split = ",", defaultValue = OptionDefaults.SWEEP_EPOCHS, paramLabel = "N", description = "Epochs per trial, one or more (default: ${DEFAULT-VALUE}).")
    private List<Integer> epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + TrainingConfig.DEFAULT_BATCH_SIZE, description = "Rows per batch (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--data", defaultValue = DataSource.NOTEBOOK, paramLabel = "notebook|csv:PATH", description = "'notebook' or csv:PATH (needs --target).")
    private String data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Target column of the CSV file.")
    private String target;

    @Option(names = "--test-size", defaultValue = "" + Datasets.NOTEBOOK_TEST_FRACTION, paramLabel = "F", description = "Test fraction for CSV data (default: ${DEFAULT-VALUE}).")
    private double testSize;

    @Option(names = "--split-seed", defaultValue = "" + Datasets.NOTEBOOK_SPLIT_RANDOM_STATE, paramLabel = "N", description = "random_state of the CSV split (default: ${DEFAULT-VALUE}).")
    private long splitSeed;

    @Option(names = "--probe", defaultValue = OptionDefaults.PROBE, paramLabel = "PROBE", converter = StudyCommand.ProbeConverter.class,
            description = "Rows on which dead units are counted: first100, full or stream (default: ${DEFAULT-VALUE}).")
    private ProbeSet probe;

    @Option(names = "--redo-period", paramLabel = "STEPS", defaultValue = "" + Redo.DEFAULT_PERIOD, description = "Steps between ReDo checks (default: ${DEFAULT-VALUE}).")
    private int redoPeriod;

    @Option(names = "--redo-tau", defaultValue = "" + Redo.DEFAULT_TAU, paramLabel = "T", description = "ReDo dormancy threshold tau (default: ${DEFAULT-VALUE}).")
    private double redoTau;

    @Option(names = "--engine", defaultValue = LOCAL_ENGINE, paramLabel = "local|spark", description = "local (threads on this machine) or spark (default: ${DEFAULT-VALUE}).")
    private String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL, e.g. local[2], yarn, k8s://https://HOST:443 (default: spark-submit's).")
    private String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Spark partitions (default: one per 8 trials, at least the default parallelism).")
    private Integer partitions;

    @Option(names = "--threads", paramLabel = "N", description = "Local engine: trials run in parallel (default: all cores). Results do not depend on it.")
    private Integer threads;

    @Option(names = "--out", defaultValue = DEFAULT_OUT, paramLabel = "DIR", description = "Sweep folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--quiet", description = "Print only the paths of the files written.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        PrintWriter stderr = commandSpec.commandLine().getErr();
        SweepSpec spec = buildSpec(specFile == null ? null : SweepSpecFile.read(specFile));
        java.util.function.Supplier<TrialExecutor> engineChoice = executor();
        List<SweepTrial> trials = spec.trials();
        StudyReportWriter.checkWritable(out);
        String command = commandSpec.qualifiedName();
        try (SweepFolder folder = SweepFolder.open(out, spec.settings().describe())) {
            Set<String> wanted = trials.stream().map(t -> t.key().id()).collect(Collectors.toCollection(HashSet::new));
            List<TrialOutcome> outcomes = new ArrayList<>();
            Set<String> done = new HashSet<>();
            SweepTrialLog.read(out, trial -> {
                if (wanted.contains(trial.key().id())) {
                    done.add(trial.key().id());
                    outcomes.add(TrialOutcome.of(trial));
                }
            });
            List<SweepTrial> missing = trials.stream().filter(t -> !done.contains(t.key().id())).toList();
            if (!done.isEmpty()) {
                stderr.println("resuming: " + done.size() + " of " + trials.size() + " trials already done");
                stderr.flush();
            }
            double seconds = 0;
            String engineText = "no trial to run";
            SweepReportWriter.Outputs outputs;
            DyingMap map;
            try (Progress progress = Progress.start(command, "trials", missing.size(), quiet || missing.isEmpty(), stderr);
                    Interruption interruption = Interruption.install(command, progress, () -> aftermath(folder))) {
                if (!missing.isEmpty()) {
                    try (TrialExecutor executor = engineChoice.get(); SweepTrialLog log = SweepTrialLog.open(out)) {
                        engineText = executor.describe();
                        int[] finished = {0};
                        long started = System.nanoTime();
                        SweepTrialRunner runner = new SweepTrialRunner(spec.settings());
                        runner.statePlannedWork(missing);
                        executor.run(missing, runner, result -> {
                            log.append(result);
                            outcomes.add(TrialOutcome.of(result));
                            progress.stepTo(++finished[0]);
                        });
                        seconds = (System.nanoTime() - started) / 1e9;
                    }
                }
                progress.close();
                Map<String, Integer> order = new java.util.HashMap<>();
                for (int i = 0; i < trials.size(); i++) {
                    order.put(trials.get(i).key().id(), i);
                }
                outcomes.sort(java.util.Comparator.comparingInt(o -> order.get(o.key().id())));
                map = DyingMap.of(outcomes, spec.baseline());
                StudyData studyData = spec.settings().data().load();
                Provenance provenance = new Provenance(ReluLabVersion.get(), reproduceCommand(), configuration(spec),
                        new Measurement(spec.settings().probe(), Optional.of(spec.settings().redo()).filter(r -> spec.redo().contains(true))),
                        studyData.description(), studyData.fingerprint(), studyData.train().rows(), studyData.test().rows(),
                        studyData.train().columns(), MatrixKernels.FUSED_MULTIPLY_ADD, System.getProperty("java.version"), Instant.now());
                outputs = SweepReportWriter.write(provenance, SweepSpecFile.toJson(spec), map, folder.outputFolder(),
                        trials.stream().map(t -> t.key().id()).toList());
            }
            if (!quiet) {
                map.findings().forEach(f -> stdout.println("- " + f));
                if (!missing.isEmpty()) {
                    stdout.println(String.format(Locale.ROOT, "Ran %d trials in %.1f s (%.2f trials/s; %s).", missing.size(), seconds,
                            missing.size() / seconds, engineText));
                }
            }
            stdout.println("Report:  " + outputs.report());
            stdout.println("Results: " + outputs.results() + ", " + outputs.history());
            stdout.println("Trials:  " + out.resolve(SweepTrialLog.FOLDER));
            stdout.flush();
            boolean allDiverged = !outcomes.isEmpty() && outcomes.stream().noneMatch(TrialOutcome::finished);
            return allDiverged ? ReluLab.EXIT_FAILED : ReluLab.EXIT_OK;
        }
    }

    /**
     * Cleans up an interrupted sweep (its staging folder; the trial log stays, since resuming needs it) and says
     * what is left and how to resume.
     */
    private String aftermath(SweepFolder folder) {
        boolean nothingPublished = folder.outputFolder().abandon();
        return "the trials that finished are kept in " + out.resolve(SweepTrialLog.FOLDER)
                + (nothingPublished ? "; no new report was published" : "; the report was already published")
                + "; to resume, run the same command again: " + reproduceCommand();
    }

    /** Checks the engine options now; the executor (a Spark context, say) is started only when trials must run. */
    private java.util.function.Supplier<TrialExecutor> executor() {
        switch (engine) {
            case LOCAL_ENGINE -> {
                if (master != null || partitions != null) {
                    throw new IllegalArgumentException("--master and --partitions apply only to --engine spark");
                }
                int count = threads == null ? ParallelTrials.defaultThreads() : positive("--threads", threads);
                return () -> new LocalTrialExecutor(count);
            }
            case SPARK_ENGINE -> {
                if (threads != null) {
                    throw new IllegalArgumentException("--threads applies only to --engine local (Spark's master sets its cores, e.g. local[2])");
                }
                TrialExecutorProvider provider = TrialExecutorProvider.find(SPARK_ENGINE).orElseThrow(() -> new IllegalArgumentException(
                        "--engine spark needs the relulab-spark module and Spark on the class path: run ./relulab (it adds them) "
                                + "or spark-submit the relulab-spark jar"));
                Map<String, String> settings = new LinkedHashMap<>();
                if (master != null) {
                    settings.put("master", master);
                }
                if (partitions != null) {
                    settings.put("partitions", String.valueOf(positive("--partitions", partitions)));
                }
                return () -> provider.create(settings);
            }
            default -> throw new IllegalArgumentException("--engine must be local or spark, got '" + engine + "'");
        }
    }

    /**
     * The sweep from the options and, if given, the spec file's values: an option given on the command line wins, a
     * value of the file comes next, the option's default last (the project's rule: explicit options win).
     */
    private SweepSpec buildSpec(SweepSpecFile.Values file) {
        if (file != null) {
            learningRates = fromFile("--learning-rates", learningRates, file.learningRates());
            activations = fromFile("--activations", activations, file.activations());
            inits = fromFile("--inits", inits, file.inits());
            optimizers = fromFile("--optimizers", optimizers, file.optimizers());
            redo = fromFile("--redo", redo, file.redo());
            epochs = fromFile("--epochs", epochs, file.epochs());
            batchSize = fromFile("--batch-size", batchSize, file.batchSize());
            probe = fromFile("--probe", probe, file.probe());
            data = fromFile("--data", data, file.data());
            target = fromFile("--target", target, file.target());
            testSize = fromFile("--test-size", testSize, file.testSize());
            splitSeed = fromFile("--split-seed", splitSeed, file.splitSeed());
            redoPeriod = fromFile("--redo-period", redoPeriod, file.redoPeriod());
            redoTau = fromFile("--redo-tau", redoTau, file.redoTau());
        }
        boolean layersGiven = given("--hidden") || given("--depths") || given("--widths");
        if (file != null && !layersGiven) {
            depths = file.depths() != null ? file.depths() : depths;
            widths = file.widths() != null ? file.widths() : widths;
        }
        if (hidden != null && (given("--depths") || given("--widths"))) {
            throw new IllegalArgumentException("--hidden and --depths/--widths are alternatives: give explicit lists of widths, "
                    + "or a depths x widths grid");
        }
        DataSource source = DataSource.parse(data, target);
        SweepData sweepData = source.isNotebook() ? SweepData.notebook()
                : SweepData.csv(source.csvFile().orElseThrow().toString(), target, testSize, splitSeed);
        if (!(testSize > 0 && testSize < 1)) {
            throw new IllegalArgumentException("--test-size must be in (0, 1), got " + testSize);
        }
        SweepSettings settings = new SweepSettings(sweepData, positive("--batch-size", batchSize),
                probe.kind(), probe.rows(), DeadNeuronAnalyzer.DEFAULT_TAU, positive("--redo-period", redoPeriod), redoTau);
        List<Boolean> redoAxis = redo.stream().map(SweepCommand::redoOn).toList();
        List<Long> seedList = file != null && file.seeds() != null && !given("--seeds") ? file.seeds() : SeedList.parse(seeds);
        learningRates.forEach(rate -> {
            if (!(rate > 0) || rate.isInfinite()) {
                throw new IllegalArgumentException("--learning-rates must be finite numbers > 0, got " + rate);
            }
        });
        epochs.forEach(count -> positive("--epochs", count));
        SweepLayers layers;
        if (hidden != null) {
            layers = SweepLayers.lists(hidden.stream().map(text -> HiddenWidths.parse("--hidden", text, false)).toList());
        } else if (file != null && file.hidden() != null && !layersGiven) {
            layers = SweepLayers.lists(file.hidden());
        } else {
            depths.forEach(depth -> positive("--depths", depth));
            widths.forEach(width -> positive("--widths", width));
            layers = SweepLayers.grid(depths, widths);
        }
        return new SweepSpec(learningRates, layers, activations, inits, optimizers, redoAxis, epochs, seedList, settings);
    }

    /** The sweep that the sweep command's {@code args} describe, expanded but not run (for tests). */
    static SweepSpec expand(String... args) throws IOException {
        SweepCommand command = new SweepCommand();
        new CommandLine(command).registerConverter(Activation.class, new ActivationSpecs.Converter())
                .setResourceBundle(new HelpVariables()).parseArgs(args);
        return command.buildSpec(command.specFile == null ? null : SweepSpecFile.read(command.specFile));
    }

    /** Whether {@code option} was given on the command line. */
    private boolean given(String option) {
        return commandSpec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The option's value if it was given on the command line, else the file's if it has one, else the default. */
    private <T> T fromFile(String option, T value, T fileValue) {
        return fileValue == null || given(option) ? value : fileValue;
    }

    private Map<String, String> configuration(SweepSpec spec) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("learning_rates", join(spec.learningRates()));
        if (spec.layers().isGrid()) {
            configuration.put("depths", join(spec.layers().depths()));
            configuration.put("widths", join(spec.layers().widths()));
        } else {
            configuration.put("hidden", spec.layers().explicit().stream().map(TrialKey::widths).collect(Collectors.joining(";")));
        }
        configuration.put("activations", spec.activations().stream().map(Activation::spec).collect(Collectors.joining(",")));
        configuration.put("inits", spec.initializers().stream().map(Initializer::spec).collect(Collectors.joining(",")));
        configuration.put("optimizers", spec.optimizers().stream().map(OptimizerConfig::spec).collect(Collectors.joining(OPTIMIZER_SEPARATOR)));
        configuration.put("redo", spec.redo().stream().map(SweepCommand::redoWord).collect(Collectors.joining(",")));
        configuration.put("epochs", join(spec.epochs()));
        configuration.put("seeds", join(spec.seeds()));
        configuration.put("trials", String.valueOf(spec.size()));
        configuration.putAll(spec.settings().describe());
        return configuration;
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static boolean redoOn(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals(redoWord(false)) || word.equals(redoWord(true))) {
            return word.equals(redoWord(true));
        }
        throw new IllegalArgumentException("--redo must be off, on or off,on, got '" + value + "'");
    }

    /** The {@code --redo} word for ReDo off or on. */
    static String redoWord(boolean on) {
        return on ? "on" : "off";
    }

    private String reproduceCommand() {
        List<String> args = commandSpec.commandLine().getParent().getParseResult().originalArgs();
        return "relulab" + args.stream().map(a -> a.matches("[A-Za-z0-9_.,:/=+\\[\\]-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .map(a -> " " + a).collect(Collectors.joining());
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
        return value;
    }
}
