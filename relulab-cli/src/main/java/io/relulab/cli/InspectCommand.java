package io.relulab.cli;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.onnx.InspectedLayer;
import io.relulab.onnx.Inspection;
import io.relulab.onnx.InspectionSettings;
import io.relulab.onnx.ModelInspector;
import io.relulab.onnx.UnitAxisRule;
import io.relulab.report.InspectionPage;
import io.relulab.report.InspectionReportWriter;
import io.relulab.report.TrainingJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relulab inspect MODEL.onnx --data FILE}: the dead, inactive, τ-dormant and saturated units of a model
 * trained elsewhere, per unit, channel or feature, with the training monitor's definitions. The model runs in
 * ONNX Runtime on a copy whose activations' inputs and outputs are graph outputs; the data is streamed in
 * batches. Prints a table (warnings on stderr); {@code --json FILE} and {@code --out DIR} write the details.
 *
 * <p>Exit codes: 0 inspected, 2 bad usage or input (one line on stderr).
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Find the dead, inactive, dormant and saturated units of an ONNX model on your data.",
            "Every activation op (Relu, LeakyRelu, PRelu, Elu, Selu, Celu, Gelu, Sigmoid, Tanh, HardSwish, HardSigmoid,",
            "Softplus, Mish, Clip 0..6) and the patterns PyTorch exports for GELU (erf and tanh), SiLU, Mish and hard swish.",
            "Units: per unit of [N, F]; per channel (axis 1) after a convolution; else the last axis, e.g. [N, T, F].",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  # in PyTorch (README, 'Inspect your own model', gives the full line):",
            "  #   torch.onnx.export(model, example_batch, 'model.onnx', input_names=['input'])",
            "  relulab inspect model.onnx --data images.npy --json inspect.json --out inspect/",
            "  relulab inspect model.onnx --data train.csv --target y --limit 1000",
            "  relulab train --scenario high-lr --export m.onnx && relulab inspect m.onnx --data split/train.csv --target y",
        })
public final class InspectCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.onnx", description = "The ONNX model (self-contained, opset 7..23).")
    private Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "Data: a CSV file (header row, numeric columns) or a .npy file (float32/float64, C order, rows first).")
    private Path data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "A CSV column to leave out, e.g. the label column.")
    private String target;

    @Option(names = "--input", paramLabel = "NAME", description = "The model input the data feeds (when the model has several).")
    private String input;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + InspectionSettings.DEFAULT_BATCH_SIZE,
            description = "Rows per ONNX Runtime call (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N rows (default: all).")
    private Long limit;

    @Option(names = "--unit-axis", paramLabel = "AXIS",
            description = "Axis of each activation that holds the units, for every layer (negative counts from the end).")
    private Integer unitAxis;

    @Option(names = "--tau", paramLabel = "T", defaultValue = "" + DeadNeuronAnalyzer.DEFAULT_TAU,
            description = "Dormancy threshold: ReDo score <= T is dormant (default: ${DEFAULT-VALUE}).")
    private double tau;

    @Option(names = "--saturation-eps", paramLabel = "EPS", defaultValue = "" + DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON,
            description = "Saturation threshold: largest |f'(z)| < EPS is saturated (default: ${DEFAULT-VALUE}).")
    private double saturationEpsilon;

    @Option(names = "--outputs-only", description = {"Faster: for Relu and LeakyRelu layers read only the activation's output",
        "(every measure follows from it) and leave out their pre-activation range."})
    private boolean outputsOnly;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every layer's unit lists and per-unit numbers as JSON.")
    private Path json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write an HTML page (inspect.html) with the layers' figures.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        InspectionSettings settings = new InspectionSettings(batchSize, limit == null ? Long.MAX_VALUE : limit, input, target,
                unitAxis == null ? UnitAxisRule.byDefault() : UnitAxisRule.fixed(unitAxis), tau, saturationEpsilon, outputsOnly);
        checkWritable(json, "--json");
        if (out != null) {
            checkFolder(out);
        }
        Inspection inspection = new ModelInspector(settings).inspect(model, data);
        PrintWriter stdout = spec.commandLine().getOut();
        InspectionTable.print(inspection, stdout);
        PrintWriter err = spec.commandLine().getErr();
        InspectionTable.warnings(inspection).forEach(err::println);
        err.flush();
        if (json != null) {
            TrainingJson.write(json, InspectionJson.of(inspection));
        }
        if (out != null) {
            Path page = InspectionReportWriter.write(page(inspection), out);
            stdout.println("wrote " + page);
            stdout.flush();
        }
        return ReluLab.EXIT_OK;
    }

    /** The report module's view of the inspection. */
    static InspectionPage page(Inspection inspection) {
        List<InspectionPage.Layer> layers = new ArrayList<>();
        for (InspectedLayer layer : inspection.layers()) {
            layers.add(new InspectionPage.Layer(layer.name(), layer.op(), layer.unitAxis(), layer.units(),
                    layer.measures().valuesPerUnit(), layer.canDie(), layer.measures(), layer.preActivationsRead()));
        }
        return new InspectionPage(inspection.model().toString(), inspection.producer(), inspection.opset(), inspection.input(),
                inspection.data().toString(), inspection.rows(), inspection.dataSha256(), inspection.settings().tau(),
                inspection.settings().saturationEpsilon(), layers);
    }

    private static void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": folder " + parent + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + ": is a folder; expected a file name");
        }
    }

    private static void checkFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + folder + ": is a file; expected a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + folder + ": cannot create the folder (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("--out " + folder + ": the folder is not writable");
        }
    }
}
