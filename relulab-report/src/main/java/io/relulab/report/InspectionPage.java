package io.relulab.report;

import io.relulab.diagnostics.UnitMeasures;
import java.util.List;
import java.util.Objects;

/**
 * What the inspection page shows: the model and data inspected, and per activation ("layer") its measures.
 * Built by the command line from an ONNX inspection, so that this module needs no ONNX classes.
 *
 * @param model      the model file
 * @param producer   the model's producer (e.g. {@code pytorch 1.13.1}), possibly empty
 * @param opset      its default-domain opset
 * @param input      the graph input the data fed
 * @param data       the data file
 * @param rows       rows read
 * @param dataSha256 the data file's SHA-256
 * @param tau        dormancy threshold used
 * @param saturationEpsilon saturation threshold used
 * @param layers     the activations in graph order
 */
public record InspectionPage(String model, String producer, int opset, String input, String data, long rows, String dataSha256,
        double tau, double saturationEpsilon, List<Layer> layers) {

    public InspectionPage {
        Objects.requireNonNull(model, "model");
        layers = List.copyOf(layers);
    }

    /**
     * One activation.
     *
     * @param name          e.g. {@code Gemm /0/Gemm → Relu /1/Relu}
     * @param op            e.g. {@code Relu} or {@code GELU (erf pattern)}
     * @param unitAxis      the axis holding the units
     * @param units         number of units
     * @param valuesPerUnit probe values per unit (rows × positions)
     * @param canDie        whether the activation can have dead units at all
     * @param measures      the per-unit measures
     * @param preActivationsRead whether the pre-activations were read (else the range is not shown)
     */
    public record Layer(String name, String op, int unitAxis, int units, long valuesPerUnit, boolean canDie, UnitMeasures measures,
            boolean preActivationsRead) {

        public Layer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(measures, "measures");
        }

        public double deadShare() {
            return (double) measures.deadUnits().size() / units;
        }

        public double inactiveShare() {
            return (double) measures.inactiveUnits().size() / units;
        }

        public double dormantShare() {
            return (double) measures.dormantUnits().size() / units;
        }

        public double saturatedShare() {
            return (double) measures.saturatedUnits().size() / units;
        }
    }
}
