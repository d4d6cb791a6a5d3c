package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.report.TrainingJson;
import io.relulab.simulation.BornDeadCell;
import io.relulab.simulation.BornDeadConfig;
import io.relulab.simulation.BornDeadInitialization;
import io.relulab.simulation.BornDeadResult;
import io.relulab.simulation.BornDeadSimulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relulab born-dead}: Monte Carlo probability that a deep narrow ReLU network is born dead
 * (constant over its input domain at initialisation), per initialisation, width and depth
 * ({@link BornDeadSimulation}).
 */
@Command(
        name = "born-dead",
        mixinStandardHelpOptions = true,
        description = {
            "Estimate how likely a narrow, deep ReLU network is to be born dead, per initialisation, width and depth.",
            "A network with 1-D input and DEPTH hidden layers of WIDTH units is born dead when it is",
            "constant on [-sqrt 7, sqrt 7] (401 grid points, 0 included) at initialisation (Lu et al. 2020).",
            "Prints probability +- standard error per cell, and beside He the bias-free bound 1-(1-2^-N)^L.",
            "Initialisations: he (N(0, 2/fan_in), bias 0), he_bias (biases drawn like the weights),",
            "rai (randomized asymmetric initialisation: one Beta(2,1) entry per unit)."
        },
        footer = {
            "",
            "Examples:",
            "  relulab born-dead --widths 2,3,4,5,10 --depths 1,2,5,10,20,50 --init he,he_bias,rai --trials 4000",
            "  relulab born-dead --widths 3 --depths 10 --init he --trials 4000 --json born-dead.json"
        })
final class BornDeadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--widths", paramLabel = "WIDTHS", split = ",", description = "hidden-layer widths (default: ${DEFAULT-VALUE})")
    List<Integer> widths = new ArrayList<>(List.of(2, 3, 4, 5, 10));

    @Option(names = "--depths", paramLabel = "DEPTHS", split = ",", description = "numbers of hidden layers (default: ${DEFAULT-VALUE})")
    List<Integer> depths = new ArrayList<>(List.of(1, 2, 5, 10, 20, 50));

    @Option(names = "--init", paramLabel = "INITS", split = ",", description = "initialisations: he, he_bias, rai (default: ${DEFAULT-VALUE})")
    List<String> initializations = new ArrayList<>(List.of("he", "he_bias", "rai"));

    @Option(names = "--trials", paramLabel = "N", description = "networks drawn per cell (default: ${DEFAULT-VALUE})")
    int trials = 4000;

    @Option(names = "--seed", paramLabel = "N", description = "master seed; each cell derives its own generator (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--quiet", description = "no progress display on stderr")
    boolean quiet;

    @Option(names = "--json", paramLabel = "FILE", description = "also write {\"cells\": [{init, width, depth, trials, probability, stderr}, ...]} to FILE")
    Path json;

    @Override
    public Integer call() throws IOException {
        List<BornDeadInitialization> parsed = new ArrayList<>();
        for (String key : initializations) {
            parsed.add(parseInitialization(key.trim()));
        }
        BornDeadConfig config;
        try {
            config = BornDeadConfig.of(widths, depths, parsed, trials, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(withOptionNames(e.getMessage()), e);
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threadCount);
        }
        String command = spec.qualifiedName();
        BornDeadResult result;
        try (Progress progress = Progress.start(command, "trials", BornDeadSimulation.networks(config), quiet,
                spec.commandLine().getErr());
                Interruption interruption = Interruption.install(command, progress,
                        () -> json == null ? "nothing was written" : "nothing was written, " + json + " is unchanged")) {
            result = BornDeadSimulation.run(config, threadCount, progress::stepTo);
        }
        PrintWriter out = spec.commandLine().getOut();
        printTable(out, result);
        out.flush();
        if (json != null) {
            TrainingJson.write(json, toJson(result));
        }
        return ReluLab.EXIT_OK;
    }

    /** Replaces the configuration's parameter names in a validation message by this command's option names. */
    static String withOptionNames(String message) {
        return OptionNames.inMessage(message, "widths", "--widths", "depths", "--depths", "initializations", "--init",
                "trials", "--trials", "seed", "--seed");
    }

    static BornDeadInitialization parseInitialization(String key) {
        for (BornDeadInitialization value : BornDeadInitialization.values()) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("--init: unknown initialisation '" + key + "', expected he, he_bias or rai");
    }

    static void printTable(PrintWriter out, BornDeadResult result) {
        BornDeadConfig config = result.config();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%5s %5s", "width", "depth"));
        for (BornDeadInitialization init : config.initializations()) {
            header.append(String.format(Locale.ROOT, "  %-18s", init.key()));
            if (init == BornDeadInitialization.HE) {
                header.append(String.format(Locale.ROOT, "  %-8s", "bound"));
            }
        }
        out.println(header.toString().stripTrailing());
        for (int width : config.widths()) {
            for (int depth : config.depths()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d %5d", width, depth));
                for (BornDeadInitialization init : config.initializations()) {
                    BornDeadCell cell = result.cell(init, width, depth).orElseThrow();
                    row.append(String.format(Locale.ROOT, "  %.4f ± %.4f   ", cell.probability(), cell.standardError()));
                    if (init == BornDeadInitialization.HE) {
                        row.append(String.format(Locale.ROOT, "  %.4f  ", cell.biasFreeBound()));
                    }
                }
                out.println(row.toString().stripTrailing());
            }
        }
        out.println(String.format(Locale.ROOT,
                "%d trials per cell, seed %d; probability ± binomial standard error; bound = 1-(1-2^-width)^depth "
                        + "(bias-free He only).", config.trials(), config.seed()));
    }

    static ObjectNode toJson(BornDeadResult result) {
        ObjectNode root = TrainingJson.object();
        root.put("seed", result.config().seed());
        root.put("gridPoints", result.config().gridPoints());
        root.put("domainHalfWidth", result.config().domainHalfWidth());
        ArrayNode cells = root.putArray("cells");
        for (BornDeadCell cell : result.cells()) {
            ObjectNode node = cells.addObject();
            node.put("init", cell.initialization().key());
            node.put("width", cell.width());
            node.put("depth", cell.depth());
            node.put("trials", cell.trials());
            node.put("bornDead", cell.bornDead());
            node.put("probability", cell.probability());
            node.put("stderr", cell.standardError());
            if (cell.initialization() == BornDeadInitialization.HE) {
                node.put("biasFreeBound", cell.biasFreeBound());
            }
        }
        return root;
    }
}
