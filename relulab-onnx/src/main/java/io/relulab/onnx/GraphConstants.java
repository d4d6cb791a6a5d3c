package io.relulab.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;

/**
 * The constant values of a graph — its initializers and the outputs of its {@code Constant} nodes — as
 * doubles, for recognising patterns ("divide by √2", "add 1") and reading PReLU slopes. Reads the
 * numeric element types FLOAT, DOUBLE, INT32 and INT64 from their typed fields or from {@code raw_data}
 * (little-endian, as the ONNX specification stores it).
 */
final class GraphConstants {

    private final Map<String, TensorProto> tensors = new HashMap<>();

    GraphConstants(GraphProto graph) {
        for (TensorProto initializer : graph.getInitializerList()) {
            tensors.put(initializer.getName(), initializer);
        }
        for (NodeProto node : graph.getNodeList()) {
            if (node.getOpType().equals("Constant") && node.getOutputCount() == 1) {
                for (AttributeProto attribute : node.getAttributeList()) {
                    if (attribute.getName().equals("value") && attribute.hasT()) {
                        tensors.put(node.getOutput(0), attribute.getT());
                    } else if (attribute.getName().equals("value_float")) {
                        tensors.put(node.getOutput(0), TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE)
                                .addFloatData(attribute.getF()).build());
                    }
                }
            }
        }
    }

    /** Whether {@code name} is a constant of the graph. */
    boolean isConstant(String name) {
        return tensors.containsKey(name);
    }

    /** The values of constant {@code name}, or empty if it is not a constant of a readable numeric type. */
    Optional<double[]> values(String name) {
        TensorProto tensor = tensors.get(name);
        return tensor == null ? Optional.empty() : Optional.ofNullable(values(tensor));
    }

    /** The value of a constant with exactly one element, or empty. */
    Optional<Double> scalar(String name) {
        return values(name).filter(values -> values.length == 1).map(values -> values[0]);
    }

    /** A tensor's values as doubles, or {@code null} for an element type this class does not read. */
    static double[] values(TensorProto tensor) {
        ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        boolean hasRaw = raw.remaining() > 0;
        switch (tensor.getDataType()) {
            case TensorProto.DataType.FLOAT_VALUE -> {
                if (hasRaw) {
                    double[] values = new double[raw.remaining() / Float.BYTES];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = raw.getFloat();
                    }
                    return values;
                }
                return tensor.getFloatDataList().stream().mapToDouble(Float::doubleValue).toArray();
            }
            case TensorProto.DataType.DOUBLE_VALUE -> {
                if (hasRaw) {
                    double[] values = new double[raw.remaining() / Double.BYTES];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = raw.getDouble();
                    }
                    return values;
                }
                return tensor.getDoubleDataList().stream().mapToDouble(Double::doubleValue).toArray();
            }
            case TensorProto.DataType.INT64_VALUE -> {
                if (hasRaw) {
                    double[] values = new double[raw.remaining() / Long.BYTES];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = raw.getLong();
                    }
                    return values;
                }
                return tensor.getInt64DataList().stream().mapToDouble(Long::doubleValue).toArray();
            }
            case TensorProto.DataType.INT32_VALUE -> {
                if (hasRaw) {
                    double[] values = new double[raw.remaining() / Integer.BYTES];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = raw.getInt();
                    }
                    return values;
                }
                return tensor.getInt32DataList().stream().mapToDouble(Integer::doubleValue).toArray();
            }
            default -> {
                return null;
            }
        }
    }
}
