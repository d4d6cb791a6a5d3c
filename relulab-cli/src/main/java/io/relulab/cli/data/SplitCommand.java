package io.relulab.cli.data;

import io.relulab.data.CsvDatasets;
import io.relulab.data.Dataset;
import io.relulab.data.PreparedData;
import io.relulab.data.SplitSize;
import io.relulab.data.TrainTestSplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relulab data split}: scikit-learn's train_test_split (+ StandardScaler) on a CSV file. */
@Command(
        name = "split",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Split a CSV file into DIR/train.csv and DIR/test.csv exactly as scikit-learn 1.2.1's train_test_split does.",
            "The rows come in scikit-learn's order; --scale standardises both with a StandardScaler fitted on train.",
            "Numeric labels keep their numeric order; text labels become classes in first-seen order."
        },
        footer = {
            "",
            "Examples:",
            "  relulab data split --in data.csv --target y --test-size 0.2 --random-state 42 --out split/",
            "  relulab data split --in iris.csv --target species --test-size 30 --stratify --scale --random-state 0 --out out/",
        })
public final class SplitCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "CSV file with a header row.")
    Path input;

    @Option(names = "--target", paramLabel = "COLUMN", defaultValue = Dataset.DEFAULT_TARGET_NAME, description = "Label column (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--test-size", paramLabel = "F|N",
            description = "Test fraction in (0, 1) or row count (default " + TrainTestSplit.DEFAULT_TEST_FRACTION + " when --train-size is not given either).")
    String testSize;

    @Option(names = "--train-size", paramLabel = "F|N", description = "Train fraction or row count (default: the rest).")
    String trainSize;

    @CommandLine.Mixin
    RandomStateOption randomState;

    @Option(names = "--stratify", description = "Keep class proportions (StratifiedShuffleSplit).")
    boolean stratify;

    @Option(names = "--scale", description = "Standardise features with a StandardScaler fitted on the train rows.")
    boolean scale;

    @Option(names = "--shuffle", negatable = true, defaultValue = "" + TrainTestSplit.DEFAULT_SHUFFLE, fallbackValue = "true",
            description = "Shuffle before splitting (default: ${DEFAULT-VALUE}); --no-shuffle takes the leading rows for train.")
    boolean shuffle;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for train.csv and test.csv.")
    Path out;

    @Override
    public void run() {
        long seed = randomState.seed();
        Dataset data = CsvDatasets.read(input, target);
        TrainTestSplit split = new TrainTestSplit(
                testSize == null ? null : SplitSize.parse("--test-size", testSize),
                trainSize == null ? null : SplitSize.parse("--train-size", trainSize),
                shuffle, stratify);
        PreparedData prepared = PreparedData.prepare(data, split, seed, scale);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            String reason = e instanceof FileAlreadyExistsException ? "a file of that name exists" : e.getMessage();
            throw new UncheckedIOException("--out " + out + ": cannot create the output folder: " + reason, e);
        }
        CsvDatasets.write(prepared.train(), out.resolve("train.csv"));
        CsvDatasets.write(prepared.test(), out.resolve("test.csv"));
        PrintWriter err = spec.commandLine().getErr();
        StringBuilder classes = new StringBuilder();
        for (int i = 0; i < data.classCount(); i++) {
            classes.append(i == 0 ? "" : ", ").append(data.classNames().get(i)).append('=').append(i);
        }
        err.println(input + ": " + data.rows() + " rows, " + data.columns() + " features, target '" + target
                + "' with classes " + classes);
        err.println("wrote " + out.resolve("train.csv") + " (" + prepared.train().rows() + " rows) and "
                + out.resolve("test.csv") + " (" + prepared.test().rows() + " rows)"
                + (scale ? ", standardised with the scaler fitted on train" : ""));
        err.flush();
    }
}
