package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.ReluLabVersion;
import io.relulab.loss.Loss;
import io.relulab.nn.NetworkSpec;
import io.relulab.report.TrainingJson;
import io.relulab.train.Evaluation;
import io.relulab.train.TrainingResult;
import java.util.List;

/**
 * The JSON document of a {@code relulab train} run ({@code --json}): {@code activation, seed, trial_scenario, status,
 * epoch, stop_reason, steps, train_accuracy, test_accuracy, train_loss, test_loss} (null when diverged),
 * {@code history}, {@code config}, {@code data}, {@code relulab_version}, then whatever each {@link Contributor}
 * adds (the dead-neuron monitor's findings). Written with {@link TrainingJson}'s conventions (relulab-report).
 */
final class TrainJson {

    /** Something that adds fields to the top-level object. */
    interface Contributor {
        /** Adds its fields to {@code root}. */
        void addTo(ObjectNode root);
    }

    private TrainJson() {
    }

    /** The document of {@code result}. */
    static ObjectNode of(TrainSetup setup, TrainingResult result, List<? extends Contributor> contributors) {
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
        ObjectNode data = root.putObject("data");
        data.put("source", setup.dataLabel());
        data.put("train_rows", setup.data().train().rows());
        data.put("test_rows", setup.data().test().rows());
        data.put("features", setup.data().train().columns());
        data.put("fingerprint", setup.data().source().fingerprint());
        root.put("relulab_version", ReluLabVersion.get());
        contributors.forEach(contributor -> contributor.addTo(root));
        return root;
    }

    /** The run's settings in the command line's syntax. */
    private static ObjectNode config(TrainSetup setup) {
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
        config.put("target", setup.target());
        config.put("test_size", setup.testSize());
        config.put("split_seed", setup.splitSeed());
        config.put("scale", setup.scaled());
        return config;
    }
}
