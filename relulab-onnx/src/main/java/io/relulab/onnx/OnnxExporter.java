package io.relulab.onnx;

import com.google.protobuf.ByteString;
import io.relulab.ReluLabVersion;
import io.relulab.activation.Activation;
import io.relulab.activation.ActivationType;
import io.relulab.activation.Activations;
import io.relulab.activation.Celu;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Hardswish;
import io.relulab.activation.Identity;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Mish;
import io.relulab.activation.Relu;
import io.relulab.activation.Relu6;
import io.relulab.activation.Rrelu;
import io.relulab.activation.Selu;
import io.relulab.activation.Sigmoid;
import io.relulab.activation.Softplus;
import io.relulab.activation.Swish;
import io.relulab.activation.Tanh;
import io.relulab.nn.Dense;
import io.relulab.nn.Layer;
import io.relulab.nn.Network;
import io.relulab.nn.NonlinearLayer;
import io.relulab.nn.PReluLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;

/**
 * Writes a trained ReLU Lab {@link Network} as an ONNX model (opset {@value #OPSET}, IR version
 * {@value #IR_VERSION}), float32: input {@code input} of shape {@code [batch, inputs]}, output {@code output}
 * (the head's probabilities, or the logits of a linear head).
 *
 * <p>Each {@link Dense} layer is a {@code Gemm} (Y = X·W + b; W is stored fan_in × fan_out as in ReLU Lab, so
 * {@code transB = 0}); each activation is its ONNX op — {@code Relu}, {@code LeakyRelu}, {@code PRelu} with the
 * learned slopes, {@code Elu}, {@code Selu}, {@code Celu}, {@code Sigmoid}, {@code Tanh}, {@code HardSwish},
 * {@code Softplus}, {@code Clip(0, 6)} for ReLU6, RReLU at inference as {@code LeakyRelu} with the mean slope —
 * or, for functions without an op at opset 17, the pattern PyTorch exports (erf- and tanh-GELU, SiLU and swish
 * as x·σ(βx), Mish as x·tanh(softplus(x))), which {@link ActivationFinder} recognises again. The head is
 * {@code Sigmoid} or {@code Softmax} over the last axis. Weights are rounded to float32, so ONNX Runtime gives the
 * network's outputs to within float32 rounding.
 */
public final class OnnxExporter {

    /** The opset written: 17, the newest PyTorch 1.13 exports and the newest without a {@code Gelu} op. */
    public static final int OPSET = 17;

    /** IR version 8, the one that goes with opset 17. */
    public static final int IR_VERSION = 8;

    /** Name of the graph input. */
    public static final String INPUT = "input";

    /** Name of the graph output. */
    public static final String OUTPUT = "output";

    private final GraphProto.Builder graph = GraphProto.newBuilder().setName("relulab");
    private int constants;

    private OnnxExporter() {
    }

    /**
     * The model of {@code network}.
     *
     * @throws IllegalArgumentException for an activation that has no ONNX form here (softplus with β ≠ 1)
     */
    public static ModelProto toModel(Network network) {
        return new OnnxExporter().build(network);
    }

    /** Writes the model of {@code network} to {@code file} atomically (a temporary file, then a rename). */
    public static void write(Network network, Path file) {
        byte[] bytes = toModel(network).toByteArray();
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            // not Files.createTempFile, which makes the file owner-only (the rename would keep that)
            Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private ModelProto build(Network network) {
        graph.addInput(tensorValue(INPUT, network.inputSize()));
        String current = INPUT;
        int dense = 0;
        int hidden = 0;
        for (Layer layer : network.layers()) {
            if (layer instanceof Dense d) {
                dense++;
                String prefix = "/dense_" + dense;
                String weights = initializer(d.weights().name(), d.weights().values(), d.fanIn(), d.fanOut());
                String biases = initializer(d.biases().name(), d.biases().values(), d.fanOut());
                current = node("Gemm", prefix + "/Gemm", new String[] {current, weights, biases});
            } else if (layer instanceof NonlinearLayer n) {
                hidden++;
                current = activation(n, current, "/act_" + hidden);
            } else {
                throw new IllegalArgumentException("cannot export layer " + layer + " to ONNX; expected dense and activation layers");
            }
        }
        switch (network.head()) {
            case SIGMOID -> current = node("Sigmoid", "/head/Sigmoid", new String[] {current});
            case SOFTMAX -> current = node("Softmax", "/head/Softmax", new String[] {current}, intAttribute("axis", -1));
            case IDENTITY -> current = node("Identity", "/head/Identity", new String[] {current});
        }
        // the last node writes the graph output
        NodeProto.Builder last = graph.getNodeBuilder(graph.getNodeCount() - 1);
        last.setOutput(0, OUTPUT);
        graph.addOutput(tensorValue(OUTPUT, network.outputSize()));
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("relulab")
                .setProducerVersion(ReluLabVersion.get())
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph)
                .build();
    }

    private String activation(NonlinearLayer layer, String x, String prefix) {
        if (layer instanceof PReluLayer prelu) {
            String slopes = initializer(prelu.slopes().name(), prelu.slopes().values(), prelu.units());
            return node("PRelu", prefix + "/PRelu", new String[] {x, slopes});
        }
        Activation activation = layer.activation();
        ActivationType<?> type = Activations.typeOf(activation);
        Form<?> form = FORMS.get(type.name());
        if (form == null) {
            throw new IllegalArgumentException("cannot export activation " + activation.spec() + " to ONNX");
        }
        return form.write(this, activation, x, prefix);
    }

    /** How one registered activation type is written: its ONNX op or pattern, from the record's parameters. */
    @FunctionalInterface
    private interface TypedForm<A extends Activation> {
        String write(OnnxExporter exporter, A activation, String x, String prefix);
    }

    /** A form together with its type, which casts the activation to the type's record. */
    private record Form<A extends Activation>(ActivationType<A> type, TypedForm<A> form) {
        String write(OnnxExporter exporter, Activation activation, String x, String prefix) {
            return form.write(exporter, type.activationClass().cast(activation), x, prefix);
        }
    }

    private static <A extends Activation> Map.Entry<String, Form<?>> form(ActivationType<A> type, TypedForm<A> form) {
        return Map.entry(type.name(), new Form<>(type, form));
    }

    /** The ONNX form of every exportable registered activation, by registry name (softplus only with β = 1). */
    private static final Map<String, Form<?>> FORMS = Map.ofEntries(
            form(Relu.TYPE, (e, a, x, p) -> e.node("Relu", p + "/Relu", new String[] {x})),
            form(LeakyRelu.TYPE, (e, a, x, p) -> e.node("LeakyRelu", p + "/LeakyRelu", new String[] {x},
                    floatAttribute("alpha", a.negativeSlope()))),
            // RReLU at inference: Leaky ReLU with the mean slope (lower + upper)/2
            form(Rrelu.TYPE, (e, a, x, p) -> e.node("LeakyRelu", p + "/LeakyRelu", new String[] {x},
                    floatAttribute("alpha", (a.lower() + a.upper()) / 2))),
            form(Relu6.TYPE, (e, a, x, p) -> e.node("Clip", p + "/Clip", new String[] {x, e.scalar(0), e.scalar(Relu6.CAP)})),
            form(Elu.TYPE, (e, a, x, p) -> e.node("Elu", p + "/Elu", new String[] {x}, floatAttribute("alpha", a.alpha()))),
            form(Selu.TYPE, (e, a, x, p) -> e.node("Selu", p + "/Selu", new String[] {x}, floatAttribute("alpha", Selu.ALPHA),
                    floatAttribute("gamma", Selu.SCALE))),
            form(Celu.TYPE, (e, a, x, p) -> e.node("Celu", p + "/Celu", new String[] {x}, floatAttribute("alpha", a.alpha()))),
            form(Gelu.TYPE, (e, a, x, p) -> a.approximation() == Gelu.Approximation.TANH ? e.tanhGelu(x, p) : e.erfGelu(x, p)),
            form(Swish.SILU_TYPE, (e, a, x, p) -> e.swish(a.beta(), x, p)),
            form(Swish.TYPE, (e, a, x, p) -> e.swish(a.beta(), x, p)),
            form(Mish.TYPE, (e, a, x, p) -> {
                String softplus = e.node("Softplus", p + "/Softplus", new String[] {x});
                String tanh = e.node("Tanh", p + "/Tanh", new String[] {softplus});
                return e.node("Mul", p + "/Mul", new String[] {x, tanh});
            }),
            form(Softplus.TYPE, (e, a, x, p) -> {
                if (a.beta() != 1) {
                    throw new IllegalArgumentException("cannot export " + a.spec() + " to ONNX: its Softplus op has beta 1;"
                            + " expected softplus with beta 1");
                }
                return e.node("Softplus", p + "/Softplus", new String[] {x});
            }),
            form(Hardswish.TYPE, (e, a, x, p) -> e.node("HardSwish", p + "/HardSwish", new String[] {x})),
            form(Sigmoid.TYPE, (e, a, x, p) -> e.node("Sigmoid", p + "/Sigmoid", new String[] {x})),
            form(Tanh.TYPE, (e, a, x, p) -> e.node("Tanh", p + "/Tanh", new String[] {x})),
            form(Identity.TYPE, (e, a, x, p) -> e.node("Identity", p + "/Identity", new String[] {x})));

    /** x·σ(βx): {@code Sigmoid → Mul} for SiLU, with a {@code Mul β} first otherwise. */
    private String swish(double beta, String x, String prefix) {
        String gate = beta == 1 ? x : node("Mul", prefix + "/Mul_beta", new String[] {x, scalar(beta)});
        String sigmoid = node("Sigmoid", prefix + "/Sigmoid", new String[] {gate});
        return node("Mul", prefix + "/Mul", new String[] {x, sigmoid});
    }

    /** x·½(1 + erf(x/√2)), as PyTorch exports {@code F.gelu} below opset 20. */
    private String erfGelu(String x, String prefix) {
        String scaled = node("Div", prefix + "/Div", new String[] {x, scalar(Math.sqrt(2))});
        String erf = node("Erf", prefix + "/Erf", new String[] {scaled});
        String plusOne = node("Add", prefix + "/Add", new String[] {erf, scalar(1)});
        String times = node("Mul", prefix + "/Mul", new String[] {x, plusOne});
        return node("Mul", prefix + "/Mul_1", new String[] {times, scalar(0.5)});
    }

    /** ½x(1 + tanh(√(2/π)(x + 0.044715x³))), as PyTorch exports {@code F.gelu(approximate='tanh')}. */
    private String tanhGelu(String x, String prefix) {
        String square = node("Mul", prefix + "/Mul", new String[] {x, x});
        String cube = node("Mul", prefix + "/Mul_1", new String[] {x, square});
        String cubic = node("Mul", prefix + "/Mul_2", new String[] {scalar(0.044715), cube});
        String inner = node("Add", prefix + "/Add", new String[] {x, cubic});
        String scaled = node("Mul", prefix + "/Mul_3", new String[] {scalar(Math.sqrt(2 / Math.PI)), inner});
        String tanh = node("Tanh", prefix + "/Tanh", new String[] {scaled});
        String plusOne = node("Add", prefix + "/Add_1", new String[] {scalar(1), tanh});
        String times = node("Mul", prefix + "/Mul_4", new String[] {x, plusOne});
        return node("Mul", prefix + "/Mul_5", new String[] {scalar(0.5), times});
    }

    // ---- building blocks -----------------------------------------------------------------------------------

    private String node(String op, String name, String[] inputs, AttributeProto... attributes) {
        String output = name + "_output_0";
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
        for (String input : inputs) {
            node.addInput(input);
        }
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
        return output;
    }

    private String scalar(double value) {
        constants++;
        return initializer("/constant_" + constants, new double[] {value});
    }

    private String initializer(String name, double[] values, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            raw.putFloat((float) value);
        }
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(raw.array()));
        for (long dim : dims) {
            tensor.addDims(dim);
        }
        graph.addInitializer(tensor);
        return name;
    }

    private static ValueInfoProto tensorValue(String name, int width) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width))
                .build();
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)))
                .build();
    }

    private static AttributeProto floatAttribute(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF((float) value).build();
    }

    private static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }
}
