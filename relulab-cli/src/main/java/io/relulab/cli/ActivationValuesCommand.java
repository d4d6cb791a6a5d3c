package io.relulab.cli;

import io.relulab.activation.Activation;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab activations values}: CSV {@code x,value,derivative} on stdout, one row per x, every
 * number printed with {@link Double#toString} so that it parses back to the same double.
 */
@Command(
        name = "values",
        mixinStandardHelpOptions = true,
        description = "Print f(x) and f'(x) of one activation as CSV x,value,derivative (numbers round-trip).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  relulab activations values --activation elu:1.0 --x -1,0,0.5",
            "  relulab activations values --activation leaky_relu:0.1 --x=-3,-1,0,1",
            "  relulab activations values --activation gelu:tanh",
            "",
            "At a kink the derivative follows PyTorch: relu'(0)=0, leaky_relu'(0)=slope, elu'(0)=alpha.",
        })
public final class ActivationValuesCommand implements Runnable {

    /** The inputs tabulated unless {@code --x} says otherwise: both sides of 0, the kink, and ±3. */
    static final String DEFAULT_INPUTS = "-3,-1,-0.5,0,0.5,1,3";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-a", "--activation"}, required = true, paramLabel = "SPEC",
            description = "Activation spec, e.g. relu, leaky_relu:0.1, elu:1.0, softplus:1,20. One of: "
                    + ActivationSpecs.SYNTAX_IN_HELP)
    private Activation activation;

    @Option(names = "--x", split = ",", paramLabel = "X", defaultValue = DEFAULT_INPUTS,
            description = "Comma-separated inputs (default: ${DEFAULT-VALUE}).")
    private List<Double> inputs;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder csv = new StringBuilder("x,value,derivative\n");
        for (double x : inputs) {
            csv.append(x).append(',').append(activation.value(x)).append(',').append(activation.derivative(x)).append('\n');
        }
        out.print(csv);
        out.flush();
    }
}
