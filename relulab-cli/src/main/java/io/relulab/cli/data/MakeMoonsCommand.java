package io.relulab.cli.data;

import io.relulab.data.synthetic.MakeMoons;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code relulab data make-moons}. */
@Command(
        name = "make-moons",
        mixinStandardHelpOptions = true,
        description = "scikit-learn 1.2.1's make_moons: two interleaving half circles, CSV x0,x1,y.",
        footer = {"", "Example:", "  relulab data make-moons --n-samples 500 --noise 0.1 --random-state 0 --out moons.csv"})
public final class MakeMoonsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CurveOptions options;

    @CommandLine.Mixin
    DatasetOutput output;

    @Override
    public void run() {
        int[] counts = options.outerAndInner();
        MakeMoons moons = new MakeMoons(counts[0], counts[1], options.shuffle, options.noiseOption());
        output.write(moons.generate(options.randomState.seed()), spec.commandLine());
    }
}
