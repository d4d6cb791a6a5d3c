package io.relulab.cli.data;

import io.relulab.data.synthetic.MakeCircles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relulab data make-circles}. */
@Command(
        name = "make-circles",
        mixinStandardHelpOptions = true,
        description = "scikit-learn 1.2.1's make_circles: a circle inside a circle, CSV x0,x1,y.",
        footer = {"", "Example:", "  relulab data make-circles --n-samples 400 --noise 0.05 --factor 0.5 --random-state 1 --out circles.csv"})
public final class MakeCirclesCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CurveOptions options;

    @Option(names = "--factor", paramLabel = "F", defaultValue = "" + MakeCircles.DEFAULT_FACTOR,
            description = "Inner circle radius relative to the outer, in [0, 1) (default ${DEFAULT-VALUE}).")
    double factor;

    @CommandLine.Mixin
    DatasetOutput output;

    @Override
    public void run() {
        int[] counts = options.outerAndInner();
        MakeCircles circles = new MakeCircles(counts[0], counts[1], options.shuffle, options.noiseOption(), factor);
        output.write(circles.generate(options.randomState.seed()), spec.commandLine());
    }
}
