package io.relulab.cli;

import io.relulab.activation.Activation;
import io.relulab.report.ActivationCharts;
import io.relulab.report.chart.ChartWriter;
import io.relulab.report.chart.Figure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relulab activations plot}: the notebook's three panels (functions, derivatives, negative
 * inputs) as PNG and SVG, each panel alone and the three side by side; prints the written paths.
 */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = {
            "Draw activation functions, their derivatives and their negative-input region as PNG and SVG.",
            "Functions on [-3, 3], derivatives, and the negative-input region [-2, 0] go to activation-functions,",
            "activation-derivatives, activation-negative-inputs, and activations (the three panels side by side).",
            "Prints the paths written."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  relulab activations plot --out /tmp/act",
            "  relulab activations plot --out figures --activations relu,gelu,silu,mish",
            "  relulab activations plot --out figures --activations relu,softplus:1,20,elu:0.5",
        })
public final class ActivationPlotCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the figures (created if missing).")
    private Path out;

    @Option(names = "--activations", split = ActivationSpecs.LIST_SEPARATOR, splitSynopsisLabel = ",",
            paramLabel = "SPEC", defaultValue = ActivationCharts.NOTEBOOK_SPECS,
            description = "Activations to draw, comma-separated (default: ${DEFAULT-VALUE}, the notebook's set).")
    private List<Activation> activations;

    @Override
    public void run() {
        ChartWriter writer = new ChartWriter();
        List<Path> written = new ArrayList<>();
        try {
            written.addAll(List.of(writer.writePngAndSvg(Figure.of(ActivationCharts.functions(activations)), out, "activation-functions")));
            written.addAll(List.of(writer.writePngAndSvg(Figure.of(ActivationCharts.derivatives(activations)), out, "activation-derivatives")));
            written.addAll(List.of(writer.writePngAndSvg(Figure.of(ActivationCharts.negativeInputs(activations)), out, "activation-negative-inputs")));
            written.addAll(List.of(writer.writePngAndSvg(ActivationCharts.figure(activations), out, "activations")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        written.forEach(stdout::println);
        stdout.flush();
    }
}
