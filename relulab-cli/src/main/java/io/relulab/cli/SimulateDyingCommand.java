package io.relulab.cli;

import io.relulab.simulation.DyingSimulation;
import io.relulab.simulation.DyingSimulationConfig;
import io.relulab.simulation.DyingSimulationEpoch;
import io.relulab.simulation.DyingSimulationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relulab simulate-dying}: the reference notebook's toy dying-ReLU simulation, reproducing numpy's
 * draws for the given seed ({@link DyingSimulation}), followed by a computed explanation.
 */
@Command(
        name = "simulate-dying",
        mixinStandardHelpOptions = true,
        description = {
            "Run the notebook's toy dying-ReLU simulation and explain why units did or did not die.",
            "Random ReLU units get random updates (alive units only); dead units (pre-activation <= 0 on every input)",
            "are counted per epoch. Reproduces numpy's",
            "np.random.seed(SEED) draws exactly; prints the notebook's lines, then why units did or did not die.",
            "With the notebook's settings no unit dies; --input-scale 0.05 shows units dying and staying dead."
        },
        footer = {
            "",
            "Examples:",
            "  relulab simulate-dying                      # the notebook, seed 42: 0/100 dead in every epoch",
            "  relulab simulate-dying --input-scale 0.05   # units die and stay dead (17 -> 45 of 100)",
            "  relulab simulate-dying --inputs 3 --seed 7"
        })
final class SimulateDyingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", description = "numpy seed, 0..2^32-1 (default: ${DEFAULT-VALUE})")
    long seed = DyingSimulationConfig.NOTEBOOK_SEED;

    @Option(names = "--units", paramLabel = "N", description = "number of ReLU units (default: ${DEFAULT-VALUE})")
    int units = DyingSimulationConfig.NOTEBOOK_UNITS;

    @Option(names = "--input-dimension", paramLabel = "N", description = "input dimension (default: ${DEFAULT-VALUE})")
    int inputDimension = DyingSimulationConfig.NOTEBOOK_INPUT_DIMENSION;

    @Option(names = "--inputs", paramLabel = "N", description = "number of inputs each unit is tested on (default: ${DEFAULT-VALUE})")
    int inputCount = DyingSimulationConfig.NOTEBOOK_INPUT_COUNT;

    @Option(names = "--input-scale", paramLabel = "S", description = "standard deviation of the inputs N(0, s^2) (default: ${DEFAULT-VALUE})")
    double inputScale = DyingSimulationConfig.NOTEBOOK_INPUT_SCALE;

    @Option(names = "--weight-mean", paramLabel = "M", description = "mean of the initial weights (default: ${DEFAULT-VALUE})")
    double weightMean = DyingSimulationConfig.NOTEBOOK_WEIGHT_MEAN;

    @Option(names = "--weight-spread", paramLabel = "S", description = "standard deviation of the initial weights (default: ${DEFAULT-VALUE})")
    double weightSpread = DyingSimulationConfig.NOTEBOOK_WEIGHT_SPREAD;

    @Option(names = "--bias-mean", paramLabel = "M", description = "mean of the initial biases (default: ${DEFAULT-VALUE})")
    double biasMean = DyingSimulationConfig.NOTEBOOK_BIAS_MEAN;

    @Option(names = "--bias-spread", paramLabel = "S", description = "standard deviation of the initial biases (default: ${DEFAULT-VALUE})")
    double biasSpread = DyingSimulationConfig.NOTEBOOK_BIAS_SPREAD;

    @Option(names = "--update-scale", paramLabel = "S", description = "standard deviation of each epoch's random update (default: ${DEFAULT-VALUE})")
    double updateScale = DyingSimulationConfig.NOTEBOOK_UPDATE_SCALE;

    @Option(names = "--epochs", paramLabel = "N", description = "number of epochs (default: ${DEFAULT-VALUE})")
    int epochs = DyingSimulationConfig.NOTEBOOK_EPOCHS;

    @Override
    public Integer call() {
        DyingSimulationConfig config;
        try {
            config = new DyingSimulationConfig(seed, units, inputDimension, inputCount, inputScale, weightMean,
                    weightSpread, biasMean, biasSpread, updateScale, epochs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(withOptionNames(e.getMessage()), e);
        }
        DyingSimulationResult result = DyingSimulation.run(config);
        PrintWriter out = spec.commandLine().getOut();
        for (DyingSimulationEpoch epoch : result.epochs()) {
            out.println(result.line(epoch));
        }
        out.println();
        out.println(result.explanation());
        out.flush();
        return ReluLab.EXIT_OK;
    }

    /** Replaces the configuration's parameter names in a validation message by this command's option names. */
    static String withOptionNames(String message) {
        return OptionNames.inMessage(message,
                "inputDimension", "--input-dimension", "inputCount", "--inputs", "inputScale", "--input-scale",
                "weightMean", "--weight-mean", "weightSpread", "--weight-spread", "biasMean", "--bias-mean",
                "biasSpread", "--bias-spread", "updateScale", "--update-scale", "units", "--units",
                "epochs", "--epochs", "seed", "--seed");
    }
}
