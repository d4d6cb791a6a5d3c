package io.relulab.cli.data;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code relulab data}: scikit-learn-identical synthetic data and train/test splits as CSV. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = {
            "Generate scikit-learn-identical data sets and split CSV files the way scikit-learn does.",
            "The same --random-state gives the same numbers, bit for bit, as scikit-learn 1.2.1 with numpy 1.24."
        },
        subcommands = {
            MakeClassificationCommand.class,
            MakeMoonsCommand.class,
            MakeCirclesCommand.class,
            MakeBlobsCommand.class,
            SplitCommand.class,
        },
        footer = {
            "",
            "Examples:",
            "  relulab data make-classification --n-samples 2000 --n-features 20 --n-informative 15 \\",
            "      --n-redundant 5 --n-classes 2 --flip-y 0.1 --random-state 42 --out data.csv",
            "  relulab data split --in data.csv --target y --test-size 0.2 --random-state 42 --scale --out split/",
        })
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
