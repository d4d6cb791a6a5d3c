package io.relulab.onnx;

import io.relulab.activation.Celu;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Hardswish;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Mish;
import io.relulab.activation.Relu;
import io.relulab.activation.Relu6;
import io.relulab.activation.Selu;
import io.relulab.activation.Sigmoid;
import io.relulab.activation.Softplus;
import io.relulab.activation.Swish;
import io.relulab.activation.Tanh;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;

/**
 * Finds every activation of an ONNX graph, in graph order: the single ops {@link #SINGLE_OPS} and the
 * patterns that exporters write for functions without an op of their own at the model's opset —
 * <ul>
 *   <li>erf-GELU, x·½(1 + erf(x/√2)): {@code Div(x, √2) → Erf → Add 1 → Mul x → Mul ½} (PyTorch, opset &lt; 20;
 *       the ½ and x factors in either order, or x/√2 written as x·(1/√2));</li>
 *   <li>tanh-GELU, ½x(1 + tanh(√(2/π)(x + 0.044715x³))): the cube as {@code Pow(x, 3)} or {@code x·(x·x)};</li>
 *   <li>SiLU, x·σ(x): {@code Sigmoid → Mul x}, and swish x·σ(βx): {@code Mul β → Sigmoid → Mul x}; Mish, x·tanh(softplus(x)): {@code Softplus → Tanh → Mul x};
 *       hard swish, x·hardsigmoid(x) with α = 1/6, β = ½ (PyTorch, opset &lt; 14);</li>
 *   <li>ReLU6: {@code Clip(x, 0, 6)}, or {@code Relu → Clip(0, 6)} as PyTorch writes {@code F.relu6}.</li>
 * </ul>
 * A pattern's nodes are claimed by it, so its {@code Sigmoid} or {@code Tanh} is not reported again. Constants
 * are matched to float32 precision (relative 1e-5).
 */
public final class ActivationFinder {

    /** The single activation ops recognised (ONNX names). */
    public static final List<String> SINGLE_OPS = List.of("Relu", "LeakyRelu", "PRelu", "Elu", "Selu", "Celu", "Gelu",
            "Sigmoid", "Tanh", "HardSwish", "HardSigmoid", "Softplus", "Mish", "Clip");

    /** Ops through which a convolution's channel axis stays axis 1 (elementwise, normalisation, pooling). */
    private static final Set<String> CHANNEL_PRESERVING = Set.of("Add", "Sub", "Mul", "Div", "Identity", "Dropout",
            "BatchNormalization", "InstanceNormalization", "GroupNormalization", "MaxPool", "AveragePool", "LpPool",
            "Pad", "Resize", "Upsample", "Relu", "LeakyRelu", "Clip", "Sigmoid", "Tanh", "Elu");

    private static final Set<String> CONVOLUTIONS = Set.of("Conv", "ConvTranspose", "ConvInteger", "QLinearConv");

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double GELU_CUBIC = 0.044715;

    private final GraphProto graph;
    private final GraphConstants constants;
    private final Map<String, NodeProto> producers = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<NodeProto>> consumers = new HashMap<>();
    private final Set<NodeProto> claimed = new HashSet<>();

    private ActivationFinder(GraphProto graph) {
        this.graph = graph;
        this.constants = new GraphConstants(graph);
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            positions.put(key(node), i);
            for (String output : node.getOutputList()) {
                producers.put(output, node);
            }
            for (String input : node.getInputList()) {
                if (!input.isEmpty()) {
                    consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
                }
            }
        }
    }

    /** Every activation of {@code graph}, in graph order (by each activation's last node). */
    public static List<ActivationSite> find(GraphProto graph) {
        return new ActivationFinder(graph).findAll();
    }

    /** The distinct op types of a graph, sorted (for the "no activation found" message). */
    public static Set<String> opTypes(GraphProto graph) {
        Set<String> ops = new TreeSet<>();
        graph.getNodeList().forEach(node -> ops.add(node.getOpType()));
        return ops;
    }

    private List<ActivationSite> findAll() {
        List<ActivationSite> sites = new ArrayList<>();
        // patterns first, so that their Sigmoid, Tanh, HardSigmoid and Relu nodes are claimed
        for (NodeProto node : graph.getNodeList()) {
            if (claimed.contains(node)) {
                continue;
            }
            Optional<ActivationSite> site = switch (node.getOpType()) {
                case "Erf" -> erfGelu(node);
                case "Tanh" -> tanhGelu(node);
                case "Sigmoid" -> swish(node).or(() -> gated(node, List.of(), OnnxActivation.of("SiLU (x·Sigmoid)", new Swish())));
                case "Softplus" -> gated(node, List.of("Tanh"), OnnxActivation.of("Mish (x·Tanh(Softplus))", new Mish()));
                case "HardSigmoid" -> isHardSwishGate(node)
                        ? gated(node, List.of(), OnnxActivation.of("HardSwish (x·HardSigmoid)", new Hardswish()))
                        : Optional.empty();
                case "Relu" -> reluThenClip(node);
                default -> Optional.empty();
            };
            site.ifPresent(sites::add);
        }
        for (NodeProto node : graph.getNodeList()) {
            if (!claimed.contains(node)) {
                single(node).ifPresent(sites::add);
            }
        }
        sites.sort(Comparator.comparingInt(ActivationSite::graphIndex));
        return sites;
    }

    private Optional<ActivationSite> single(NodeProto node) {
        String op = node.getOpType();
        OnnxActivation activation = switch (op) {
            case "Relu" -> OnnxActivation.of(op, new Relu());
            case "LeakyRelu" -> OnnxActivation.of(op, new LeakyRelu(floatAttribute(node, "alpha", 0.01)));
            case "PRelu" -> prelu(node);
            case "Elu" -> OnnxActivation.of(op, new Elu(floatAttribute(node, "alpha", 1.0)));
            case "Selu" -> selu(node);
            case "Celu" -> OnnxActivation.of(op, new Celu(floatAttribute(node, "alpha", 1.0)));
            case "Gelu" -> OnnxActivation.of(op, new Gelu(stringAttribute(node, "approximate", "none").equals("tanh")
                    ? Gelu.Approximation.TANH : Gelu.Approximation.NONE));
            case "Sigmoid" -> OnnxActivation.of(op, new Sigmoid());
            case "Tanh" -> OnnxActivation.of(op, new Tanh());
            case "HardSwish" -> OnnxActivation.of(op, new Hardswish());
            case "HardSigmoid" -> OnnxActivation.of(op, new OnnxOnlyActivations.HardSigmoid(floatAttribute(node, "alpha", 0.2),
                    floatAttribute(node, "beta", 0.5)));
            case "Softplus" -> OnnxActivation.of(op, new Softplus(1, Double.POSITIVE_INFINITY));
            case "Mish" -> OnnxActivation.of(op, new Mish());
            case "Clip" -> isRelu6Clip(node) ? OnnxActivation.of("ReLU6 (Clip 0, 6)", new Relu6()) : null;
            default -> null;
        };
        if (activation == null || node.getInputCount() == 0 || node.getOutputCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(site(List.of(node), node.getInput(0), node.getOutput(0), activation));
    }

    private OnnxActivation prelu(NodeProto node) {
        if (node.getInputCount() < 2) {
            return null;
        }
        double[] slopes = constants.values(node.getInput(1)).orElseThrow(() -> new IllegalArgumentException("PRelu node "
                + node.getName() + ": its slope " + node.getInput(1) + " is not a constant of the graph; expected learned slopes"));
        return new OnnxActivation("PRelu", new io.relulab.activation.PRelu(slopes.length == 1 ? slopes[0] : 0), slopes);
    }

    private static OnnxActivation selu(NodeProto node) {
        double alpha = floatAttribute(node, "alpha", (float) Selu.ALPHA);
        double gamma = floatAttribute(node, "gamma", (float) Selu.SCALE);
        if (alpha == (float) Selu.ALPHA && gamma == (float) Selu.SCALE) {
            return OnnxActivation.of("Selu", new Selu());
        }
        return OnnxActivation.of("Selu", new OnnxOnlyActivations.ScaledElu(alpha, gamma));
    }

    // ---- patterns -------------------------------------------------------------------------------------------

    /** erf-GELU anchored at its Erf node. */
    private Optional<ActivationSite> erfGelu(NodeProto erf) {
        NodeProto scale = producers.get(erf.getInput(0));
        if (scale == null) {
            return Optional.empty();
        }
        String x;
        if (scale.getOpType().equals("Div") && isConstant(scale.getInput(1), SQRT_2)) {
            x = scale.getInput(0);
        } else if (scale.getOpType().equals("Mul")) {
            x = operandBeside(scale, value -> isConstant(value, 1 / SQRT_2));
        } else {
            x = null;
        }
        if (x == null) {
            return Optional.empty();
        }
        return geluTail(List.of(scale, erf), erf.getOutput(0), x, OnnxActivation.of("GELU (erf pattern)", new Gelu()));
    }

    /** tanh-GELU anchored at its Tanh node. */
    private Optional<ActivationSite> tanhGelu(NodeProto tanh) {
        NodeProto scale = producers.get(tanh.getInput(0));
        if (scale == null || !scale.getOpType().equals("Mul")) {
            return Optional.empty();
        }
        String inner = operandBeside(scale, value -> isConstant(value, SQRT_2_OVER_PI));
        NodeProto sum = inner == null ? null : producers.get(inner);
        if (sum == null || !sum.getOpType().equals("Add") || sum.getInputCount() != 2) {
            return Optional.empty();
        }
        for (int side = 0; side < 2; side++) {
            String x = sum.getInput(side);
            List<NodeProto> cubic = cubicTerm(sum.getInput(1 - side), x);
            if (cubic != null) {
                List<NodeProto> nodes = new ArrayList<>(cubic);
                nodes.add(sum);
                nodes.add(scale);
                nodes.add(tanh);
                return geluTail(nodes, tanh.getOutput(0), x, OnnxActivation.of("GELU (tanh pattern)",
                        new Gelu(Gelu.Approximation.TANH)));
            }
        }
        return Optional.empty();
    }

    /** The nodes of 0.044715·x³ ({@code Pow(x, 3)} or x·(x·x), in any operand order), or {@code null}. */
    private List<NodeProto> cubicTerm(String value, String x) {
        NodeProto times = producers.get(value);
        if (times == null || !times.getOpType().equals("Mul")) {
            return null;
        }
        String cube = operandBeside(times, v -> isConstant(v, GELU_CUBIC));
        NodeProto cubeNode = cube == null ? null : producers.get(cube);
        if (cubeNode == null) {
            return null;
        }
        if (cubeNode.getOpType().equals("Pow") && cubeNode.getInput(0).equals(x) && isConstant(cubeNode.getInput(1), 3)) {
            return List.of(cubeNode, times);
        }
        if (cubeNode.getOpType().equals("Mul")) {
            String square = operandBeside(cubeNode, x::equals);
            NodeProto squareNode = square == null ? null : producers.get(square);
            if (squareNode != null && squareNode.getOpType().equals("Mul") && squareNode.getInput(0).equals(x)
                    && squareNode.getInput(1).equals(x)) {
                return List.of(squareNode, cubeNode, times);
            }
        }
        return null;
    }

    /**
     * The common tail of both GELU patterns: {@code value} (erf(…) or tanh(…)) plus 1, then multiplied by x and
     * by ½ in either order (or by a precomputed x·½).
     */
    private Optional<ActivationSite> geluTail(List<NodeProto> head, String value, String x, OnnxActivation activation) {
        NodeProto plusOne = onlyConsumer(value, "Add");
        if (plusOne == null || operandBeside(plusOne, v -> isConstant(v, 1)) == null
                || !List.of(plusOne.getInput(0), plusOne.getInput(1)).contains(value)) {
            return Optional.empty();
        }
        List<NodeProto> nodes = new ArrayList<>(head);
        nodes.add(plusOne);
        boolean needX = true;
        boolean needHalf = true;
        String current = plusOne.getOutput(0);
        while (needX || needHalf) {
            NodeProto times = onlyConsumer(current, "Mul");
            if (times == null || times.getInputCount() != 2) {
                return Optional.empty();
            }
            String other = times.getInput(0).equals(current) ? times.getInput(1) : times.getInput(0);
            NodeProto otherProducer = producers.get(other);
            if (needX && other.equals(x)) {
                needX = false;
            } else if (needHalf && isConstant(other, 0.5)) {
                needHalf = false;
            } else if (needX && needHalf && otherProducer != null && otherProducer.getOpType().equals("Mul")
                    && List.of(otherProducer.getInput(0), otherProducer.getInput(1)).contains(x)
                    && operandBeside(otherProducer, v -> isConstant(v, 0.5)) != null) {
                nodes.add(otherProducer);
                needX = false;
                needHalf = false;
            } else {
                return Optional.empty();
            }
            nodes.add(times);
            current = times.getOutput(0);
        }
        return Optional.of(site(nodes, x, current, activation));
    }

    /** x·g(x) where g is {@code gate} followed by the ops {@code between}: SiLU, Mish, hard swish. */
    private Optional<ActivationSite> gated(NodeProto gate, List<String> between, OnnxActivation activation) {
        String x = gate.getInput(0);
        List<NodeProto> nodes = new ArrayList<>(List.of(gate));
        String current = gate.getOutput(0);
        for (String op : between) {
            NodeProto next = onlyConsumer(current, op);
            if (next == null) {
                return Optional.empty();
            }
            nodes.add(next);
            current = next.getOutput(0);
        }
        NodeProto times = onlyConsumer(current, "Mul");
        if (times == null || times.getInputCount() != 2) {
            return Optional.empty();
        }
        String other = times.getInput(0).equals(current) ? times.getInput(1) : times.getInput(0);
        if (!other.equals(x)) {
            return Optional.empty();
        }
        nodes.add(times);
        return Optional.of(site(nodes, x, times.getOutput(0), activation));
    }

    /** Swish with β ≠ 1, x·σ(βx): {@code Mul(x, β) → Sigmoid → Mul x}. */
    private Optional<ActivationSite> swish(NodeProto sigmoid) {
        NodeProto scale = producers.get(sigmoid.getInput(0));
        if (scale == null || !scale.getOpType().equals("Mul") || onlyConsumer(scale.getOutput(0), "Sigmoid") == null) {
            return Optional.empty();
        }
        for (int side = 0; side < scale.getInputCount(); side++) {
            String x = scale.getInput(side);
            Optional<Double> beta = constants.scalar(scale.getInput(1 - side));
            NodeProto times = onlyConsumer(sigmoid.getOutput(0), "Mul");
            if (beta.isPresent() && beta.get() >= 0 && times != null && times.getInputCount() == 2
                    && List.of(times.getInput(0), times.getInput(1)).contains(x)) {
                return Optional.of(site(List.of(scale, sigmoid, times), x, times.getOutput(0),
                        OnnxActivation.of("Swish (x·Sigmoid(βx))", new Swish(beta.get()))));
            }
        }
        return Optional.empty();
    }

    private boolean isHardSwishGate(NodeProto hardSigmoid) {
        return Math.abs(floatAttribute(hardSigmoid, "alpha", 0.2) - 1.0 / 6) < 1e-6
                && Math.abs(floatAttribute(hardSigmoid, "beta", 0.5) - 0.5) < 1e-6;
    }

    /** {@code Relu → Clip(0, 6)}, PyTorch's export of {@code F.relu6}. */
    private Optional<ActivationSite> reluThenClip(NodeProto relu) {
        NodeProto clip = onlyConsumer(relu.getOutput(0), "Clip");
        if (clip == null || !isRelu6Clip(clip)) {
            return Optional.empty();
        }
        return Optional.of(site(List.of(relu, clip), relu.getInput(0), clip.getOutput(0),
                OnnxActivation.of("ReLU6 (Relu → Clip 0, 6)", new Relu6())));
    }

    /** Whether a Clip node clips to [0, 6]: attributes before opset 11, constant inputs from opset 11. */
    private boolean isRelu6Clip(NodeProto clip) {
        double min;
        double max;
        if (clip.getInputCount() >= 3) {
            min = constants.scalar(clip.getInput(1)).orElse(Double.NaN);
            max = constants.scalar(clip.getInput(2)).orElse(Double.NaN);
        } else {
            min = floatAttribute(clip, "min", Float.NaN);
            max = floatAttribute(clip, "max", Float.NaN);
        }
        return min == 0 && max == 6;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private ActivationSite site(List<NodeProto> nodes, String preActivation, String output, OnnxActivation activation) {
        claimed.addAll(nodes);
        NodeProto first = nodes.get(0);
        NodeProto last = nodes.get(nodes.size() - 1);
        String node = nodes.size() == 1 ? nodeName(first) : nodeName(first) + "…" + nodeName(last);
        NodeProto producer = producers.get(preActivation);
        String producerOp = producer == null ? "input" : producer.getOpType();
        String producerName = producer == null ? preActivation : nodeName(producer);
        String kind = nodes.size() == 1 ? activation.kind() : activation.kind().split(" ")[0];
        String name = producerOp + " " + producerName + " → " + kind + " " + node;
        int index = nodes.stream().mapToInt(n -> positions.get(key(n))).max().orElseThrow();
        return new ActivationSite(name, node, preActivation, output, activation, producerOp, channelsFirst(preActivation, 0), index);
    }

    private boolean channelsFirst(String value, int depth) {
        NodeProto producer = producers.get(value);
        if (producer == null || depth > 16) {
            return false;
        }
        if (CONVOLUTIONS.contains(producer.getOpType())) {
            return true;
        }
        if (!CHANNEL_PRESERVING.contains(producer.getOpType())) {
            return false;
        }
        for (String input : producer.getInputList()) {
            if (!input.isEmpty() && !constants.isConstant(input) && channelsFirst(input, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The single consumer of {@code value} if it exists and has op {@code op}, else {@code null}. */
    private NodeProto onlyConsumer(String value, String op) {
        List<NodeProto> users = consumers.getOrDefault(value, List.of());
        if (users.size() != 1 || !users.get(0).getOpType().equals(op) || isGraphOutput(value)) {
            return null;
        }
        return users.get(0);
    }

    private boolean isGraphOutput(String value) {
        return graph.getOutputList().stream().anyMatch(output -> output.getName().equals(value));
    }

    /** For a two-input node, the input beside the one that satisfies {@code test}, or {@code null}. */
    private static String operandBeside(NodeProto node, java.util.function.Predicate<String> test) {
        if (node.getInputCount() != 2) {
            return null;
        }
        if (test.test(node.getInput(1))) {
            return node.getInput(0);
        }
        if (test.test(node.getInput(0))) {
            return node.getInput(1);
        }
        return null;
    }

    private boolean isConstant(String value, double expected) {
        return constants.scalar(value).filter(c -> Math.abs(c - expected) <= 1e-5 * Math.abs(expected)).isPresent();
    }

    private static double floatAttribute(NodeProto node, String name, double fallback) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name)) {
                return attribute.getF();
            }
        }
        return fallback;
    }

    private static String stringAttribute(NodeProto node, String name, String fallback) {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals(name)) {
                return attribute.getS().toStringUtf8();
            }
        }
        return fallback;
    }

    private static String nodeName(NodeProto node) {
        return node.getName().isEmpty() ? node.getOutput(0) : node.getName();
    }

    private static String key(NodeProto node) {
        return node.getName() + "\u0000" + String.join("\u0000", node.getOutputList());
    }
}
