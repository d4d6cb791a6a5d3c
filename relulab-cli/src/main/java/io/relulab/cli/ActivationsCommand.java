package io.relulab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code relulab activations}: look at activation functions (values, derivatives, plots). */
@Command(
        name = "activations",
        mixinStandardHelpOptions = true,
        description = "Activation functions and their derivatives: print values, draw the notebook's panels.",
        subcommands = {ActivationValuesCommand.class, ActivationPlotCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  relulab activations values --activation elu:1.0 --x -1,0,0.5",
            "  relulab activations plot --out figures --activations relu,gelu,softplus:1,20",
            "",
            "Activation specs: " + ActivationSpecs.SYNTAX_IN_HELP,
        })
public final class ActivationsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: values or plot");
    }
}
