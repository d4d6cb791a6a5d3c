package io.relulab.cli;

import io.relulab.nn.NetworkSpec;
import io.relulab.train.Evaluation;
import io.relulab.train.TrainingResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The printed summary of a {@code relulab train} run (as {@link StudyTable} is the study's): what ran, how it ended,
 * the final metrics, then the lines each {@link Contributor} adds (the dead-neuron monitor's, ReDo's).
 */
final class TrainSummary {

    /** Something that adds lines to the summary, after the final metrics. */
    interface Contributor {
        /** Prints its lines. */
        void printTo(PrintWriter out);
    }

    private TrainSummary() {
    }

    /** Prints the summary of {@code result}, which took {@code seconds}, to {@code out}. */
    static void print(PrintWriter out, TrainSetup setup, TrainingResult result, double seconds, List<? extends Contributor> contributors) {
        NetworkSpec network = setup.network();
        out.printf(Locale.ROOT, "activation %s, seed %d, scenario %s, %s data: %d train rows, %d test rows, %d features%n",
                network.activation().spec(), setup.seed(), setup.scenario().name(), setup.dataLabel(), setup.data().train().rows(),
                setup.data().test().rows(), network.inputSize());
        out.printf(Locale.ROOT, "network %s, init %s, bias %s, optimizer %s, %d epochs of batch %d%n", shape(network),
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
        contributors.forEach(contributor -> contributor.printTo(out));
        out.flush();
    }

    /** {@code 20 -> 64 -> 32 -> 1 (sigmoid)}. */
    private static String shape(NetworkSpec network) {
        StringBuilder shape = new StringBuilder().append(network.inputSize());
        for (int width : network.hiddenSizes()) {
            shape.append(" -> ").append(width);
        }
        return shape.append(" -> ").append(network.outputSize()).append(" (").append(network.head().spec()).append(')').toString();
    }

    private static void printEvaluation(PrintWriter out, String name, Evaluation evaluation) {
        out.printf(Locale.ROOT, "%s accuracy %s  loss %s%n", name,
                evaluation.hasAccuracy() ? String.format(Locale.ROOT, "%.4f", evaluation.accuracy()) : "-",
                String.format(Locale.ROOT, "%.4f", evaluation.loss()));
    }
}
