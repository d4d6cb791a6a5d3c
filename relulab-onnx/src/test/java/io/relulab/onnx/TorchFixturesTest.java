package io.relulab.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.diagnostics.UnitMeasures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models exported by PyTorch 1.13 with planted units ({@code torch/make_fixtures.py} makes them and measures every
 * activation module with forward hooks): the inspector reports exactly the units the hooks measured — the planted
 * ones and any that are naturally dead, inactive, dormant or saturated — layer by layer.
 */
class TorchFixturesTest {

    private static final Path FOLDER = Path.of("src/test/resources/io/relulab/onnx/torch");

    @ParameterizedTest
    @CsvSource({
        "mlp, 'Relu,LeakyRelu,Elu'",
        "cnn, 'Relu,Relu'",
        "ffn, 'GELU (erf pattern),GELU (tanh pattern),SiLU (x·Sigmoid)'",
    })
    void inspectorListsExactlyWhatTheForwardHooksMeasured(String name, String ops) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Files.readString(FOLDER.resolve(name + ".expected.json")));
        Inspection inspection = new ModelInspector(InspectionSettings.defaults().withBatchSize(16))
                .inspect(FOLDER.resolve(expected.get("model").asText()), FOLDER.resolve(expected.get("data").asText()));
        assertThat(inspection.rows()).isEqualTo(expected.get("rows").asLong());
        assertThat(inspection.opset()).isEqualTo(expected.get("opset").asInt());
        assertThat(inspection.layers()).extracting(InspectedLayer::op).containsExactly(ops.split(","));
        JsonNode layers = expected.get("layers");
        assertThat(inspection.layers()).hasSize(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            JsonNode hook = layers.get(i);
            JsonNode measured = hook.get("measured");
            InspectedLayer layer = inspection.layers().get(i);
            UnitMeasures measures = layer.measures();
            String label = name + " " + hook.get("module").asText();
            assertThat(layer.unitAxis()).as(label).isEqualTo(hook.get("unit_axis").asInt());
            assertThat(layer.units()).as(label).isEqualTo(measured.get("units").asInt());
            assertThat(measures.valuesPerUnit()).as(label).isEqualTo(measured.get("values_per_unit").asLong());
            assertThat(measures.deadUnits()).as(label + " dead").isEqualTo(ints(measured.get("dead")));
            assertThat(measures.inactiveUnits()).as(label + " inactive").isEqualTo(ints(measured.get("inactive")));
            assertThat(measures.dormantUnits()).as(label + " dormant").isEqualTo(ints(measured.get("dormant")));
            assertThat(measures.saturatedUnits()).as(label + " saturated").isEqualTo(ints(measured.get("saturated")));
            for (int unit = 0; unit < layer.units(); unit++) {
                assertThat(measures.unitActivationProbabilities().get(unit)).as(label + " Pr[z > 0] of unit " + unit)
                        .isEqualTo(measured.get("activation_probability").get(unit).asDouble());
            }
            // the planted units are among them
            hook.get("planted").fields().forEachRemaining(entry -> {
                List<Integer> planted = ints(entry.getValue());
                List<Integer> reported = switch (entry.getKey()) {
                    case "dead" -> measures.deadUnits();
                    case "inactive" -> measures.inactiveUnits();
                    case "saturated" -> measures.saturatedUnits();
                    default -> throw new IllegalStateException(entry.getKey());
                };
                assertThat(reported).as(label + " planted " + entry.getKey()).containsAll(planted);
            });
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }
}
