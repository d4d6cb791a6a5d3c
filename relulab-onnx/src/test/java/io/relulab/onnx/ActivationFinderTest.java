package io.relulab.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Gelu;
import io.relulab.activation.Hardswish;
import io.relulab.activation.Mish;
import io.relulab.activation.Relu6;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each activation op and exported pattern, built with the protobuf builders in the node order exporters use. */
class ActivationFinderTest {

    private static TestModels.Graph graph() {
        return new TestModels.Graph().input("x", -1, 4).output("y", -1, 4);
    }

    private static List<ActivationSite> find(TestModels.Graph graph) {
        return ActivationFinder.find(graph.model(17).getGraph());
    }

    @Test
    void everySingleOpIsAnActivation() {
        for (String op : List.of("Relu", "Elu", "Selu", "Celu", "Sigmoid", "Tanh", "HardSwish", "HardSigmoid", "Softplus", "Mish",
                "Gelu")) {
            List<ActivationSite> sites = find(graph().node(op, "/" + op, "y", "x"));
            assertThat(sites).as(op).hasSize(1);
            assertThat(sites.get(0).op()).isEqualTo(op);
            assertThat(sites.get(0).preActivation()).isEqualTo("x");
            assertThat(sites.get(0).producerOp()).isEqualTo("input");
            assertThat(sites.get(0).name()).isEqualTo("input x → " + op + " /" + op);
        }
    }

    @Test
    void hardSigmoidCanDieOnItsFlatParts() {
        ActivationSite site = find(graph().node("HardSigmoid", "/HardSigmoid", "y", new String[] {"x"},
                TestModels.floatAttribute("alpha", 0.5f), TestModels.floatAttribute("beta", 0.5f))).get(0);
        assertThat(site.activation().derivative(4, "l").at(0, -1.5)).isZero();
        assertThat(site.activation().derivative(4, "l").at(0, 0.2)).isEqualTo(0.5);
        assertThat(site.activation().canDie()).isTrue();
    }

    @Test
    void preluSlopesArePerUnitOrShared() {
        TestModels.Graph graph = graph();
        String slopes = graph.tensor("slope", new float[] {0, 0.1f, 0.2f, 0.3f}, 4);
        ActivationSite site = find(graph.node("PRelu", "/PRelu", "y", "x", slopes)).get(0);
        assertThat(site.activation().derivative(4, "l").at(0, -1)).isZero();
        assertThat(site.activation().derivative(4, "l").at(2, -1)).isEqualTo((double) 0.2f);
        assertThat(site.activation().canDie()).isTrue();
        assertThatThrownBy(() -> site.activation().derivative(5, "L1")).hasMessageContaining("PRelu has 4 slopes");
    }

    @Test
    void erfGeluWithTheHalfFirstAndTheScaleAsAMultiplication() {
        TestModels.Graph graph = graph();
        String inverseSqrt2 = graph.constant((float) (1 / Math.sqrt(2)));
        String half = graph.constant(0.5f);
        String one = graph.constant(1f);
        graph.node("Mul", "/Mul_scale", "s", "x", inverseSqrt2).node("Erf", "/Erf", "e", "s")
                .node("Add", "/Add", "a", one, "e").node("Mul", "/Mul_half", "hx", "x", half).node("Mul", "/Mul", "y", "hx", "a");
        List<ActivationSite> sites = find(graph);
        assertThat(sites).hasSize(1);
        assertThat(sites.get(0).activation().function()).isEqualTo(new Gelu());
        assertThat(sites.get(0).output()).isEqualTo("y");
    }

    @Test
    void tanhGeluWithPow() {
        TestModels.Graph graph = graph();
        String three = graph.constant(3f);
        String cubic = graph.constant(0.044715f);
        String scale = graph.constant((float) Math.sqrt(2 / Math.PI));
        String one = graph.constant(1f);
        String half = graph.constant(0.5f);
        graph.node("Pow", "/Pow", "p", "x", three).node("Mul", "/Mul", "c", "p", cubic).node("Add", "/Add", "i", "x", "c")
                .node("Mul", "/Mul_1", "u", "i", scale).node("Tanh", "/Tanh", "t", "u").node("Add", "/Add_1", "a", "t", one)
                .node("Mul", "/Mul_2", "m", "x", "a").node("Mul", "/Mul_3", "y", "m", half);
        List<ActivationSite> sites = find(graph);
        assertThat(sites).extracting(ActivationSite::op).containsExactly("GELU (tanh pattern)");
        assertThat(sites.get(0).activation().function()).isEqualTo(new Gelu(Gelu.Approximation.TANH));
        assertThat(sites.get(0).node()).isEqualTo("/Pow…/Mul_3");
    }

    @Test
    void aTanhThatIsNotPartOfAGeluStaysATanh() {
        TestModels.Graph graph = graph();
        String two = graph.constant(2f);
        graph.node("Mul", "/Mul", "u", "x", two).node("Tanh", "/Tanh", "y", "u");
        assertThat(find(graph)).extracting(ActivationSite::op).containsExactly("Tanh");
    }

    @Test
    void siluMishAndHardSwishPatterns() {
        assertThat(find(graph().node("Sigmoid", "/Sigmoid", "s", "x").node("Mul", "/Mul", "y", "x", "s")))
                .extracting(ActivationSite::op).containsExactly("SiLU (x·Sigmoid)");
        List<ActivationSite> mish = find(graph().node("Softplus", "/Softplus", "p", "x").node("Tanh", "/Tanh", "t", "p")
                .node("Mul", "/Mul", "y", "x", "t"));
        assertThat(mish).hasSize(1);
        assertThat(mish.get(0).activation().function()).isEqualTo(new Mish());
        List<ActivationSite> hardSwish = find(graph().node("HardSigmoid", "/HardSigmoid", "h", new String[] {"x"},
                TestModels.floatAttribute("alpha", 1f / 6)).node("Mul", "/Mul", "y", "x", "h"));
        assertThat(hardSwish).hasSize(1);
        assertThat(hardSwish.get(0).activation().function()).isEqualTo(new Hardswish());
        // a Sigmoid whose output is used elsewhere too is a plain Sigmoid
        TestModels.Graph shared = graph().node("Sigmoid", "/Sigmoid", "s", "x").node("Mul", "/Mul", "m", "x", "s")
                .node("Add", "/Add", "y", "m", "s");
        assertThat(find(shared)).extracting(ActivationSite::op).containsExactly("Sigmoid");
    }

    @Test
    void relu6AsClipOrAsReluThenClip() {
        TestModels.Graph clip = graph();
        String zero = clip.constant(0f);
        String six = clip.constant(6f);
        clip.node("Clip", "/Clip", "y", "x", zero, six);
        assertThat(find(clip)).extracting(ActivationSite::op).containsExactly("ReLU6 (Clip 0, 6)");
        TestModels.Graph pair = graph();
        String low = pair.constant(0f);
        String high = pair.constant(6f);
        pair.node("Relu", "/Relu", "r", "x").node("Clip", "/Clip", "y", "r", low, high);
        List<ActivationSite> sites = find(pair);
        assertThat(sites).hasSize(1);
        assertThat(sites.get(0).activation().function()).isEqualTo(new Relu6());
        assertThat(sites.get(0).preActivation()).isEqualTo("x");
        // Clip to another range is no activation
        TestModels.Graph other = graph();
        String minus = other.constant(-1f);
        String plus = other.constant(1f);
        other.node("Clip", "/Clip", "y", "x", minus, plus);
        assertThat(find(other)).isEmpty();
    }

    @Test
    void activationsComeInGraphOrderAndConvolutionsMarkChannelsFirst() {
        TestModels.Graph graph = new TestModels.Graph().input("x", -1, 1, 4, 4).output("y", -1, 2, 4, 4);
        String w = graph.tensor("w", new float[18], 2, 1, 3, 3);
        String scale = graph.tensor("scale", new float[] {1, 1}, 2);
        String bias = graph.tensor("bias", new float[] {0, 0}, 2);
        String mean = graph.tensor("mean", new float[] {0, 0}, 2);
        String variance = graph.tensor("var", new float[] {1, 1}, 2);
        graph.node("Conv", "/Conv", "c", new String[] {"x", w}, TestModels.intsAttribute("pads", 1, 1, 1, 1))
                .node("BatchNormalization", "/BN", "b", "c", scale, bias, mean, variance)
                .node("Relu", "/Relu", "r", "b")
                .node("Sigmoid", "/Sigmoid", "y", "r");
        List<ActivationSite> sites = find(graph);
        assertThat(sites).extracting(ActivationSite::name)
                .containsExactly("BatchNormalization /BN → Relu /Relu", "Relu /Relu → Sigmoid /Sigmoid");
        assertThat(sites).allMatch(ActivationSite::channelsFirst);
        assertThat(UnitAxisRule.byDefault().axisFor(sites.get(0), new long[] {8, 2, 4, 4})).isEqualTo(1);
    }

    @Test
    void unitAxisRule() {
        ActivationSite dense = find(graph().node("Relu", "/Relu", "y", "x")).get(0);
        assertThat(UnitAxisRule.byDefault().axisFor(dense, new long[] {8, 4})).isEqualTo(1);
        assertThat(UnitAxisRule.byDefault().axisFor(dense, new long[] {8, 5, 4})).isEqualTo(2);
        assertThat(UnitAxisRule.fixed(-2).axisFor(dense, new long[] {8, 5, 4})).isEqualTo(1);
        assertThatThrownBy(() -> UnitAxisRule.fixed(0).axisFor(dense, new long[] {8, 4}))
                .hasMessage("--unit-axis 0: layer input x → Relu /Relu has values of shape [8, 4]; expected an axis in 1..1 or -1..-1");
        assertThatThrownBy(() -> UnitAxisRule.fixed(3).axisFor(dense, new long[] {8, 4})).hasMessageStartingWith("--unit-axis 3:");
    }
}
