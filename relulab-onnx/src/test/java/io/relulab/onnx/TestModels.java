package io.relulab.onnx;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;

/** Builds ONNX models with the generated protobuf builders, and writes data files (CSV, .npy), for the tests. */
final class TestModels {

    /** A graph under construction. */
    static final class Graph {
        final GraphProto.Builder graph = GraphProto.newBuilder().setName("test");
        private int constants;

        Graph input(String name, long... dims) {
            graph.addInput(value(name, dims));
            return this;
        }

        Graph output(String name, long... dims) {
            graph.addOutput(value(name, dims));
            return this;
        }

        /** Adds a node whose single output is named {@code output}. */
        Graph node(String op, String name, String output, String... inputs) {
            return node(op, name, output, inputs, new AttributeProto[0]);
        }

        Graph node(String op, String name, String output, String[] inputs, AttributeProto... attributes) {
            NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
            for (String input : inputs) {
                node.addInput(input);
            }
            for (AttributeProto attribute : attributes) {
                node.addAttribute(attribute);
            }
            graph.addNode(node);
            return this;
        }

        /** Adds a float initializer. */
        String tensor(String name, float[] values, long... dims) {
            ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float value : values) {
                raw.putFloat(value);
            }
            TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                    .setRawData(ByteString.copyFrom(raw.array()));
            for (long dim : dims) {
                tensor.addDims(dim);
            }
            graph.addInitializer(tensor);
            return name;
        }

        /** Adds a scalar constant through a {@code Constant} node, as PyTorch writes them. */
        String constant(float value) {
            String name = "/Constant_" + (++constants) + "_output_0";
            TensorProto tensor = TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(value).build();
            graph.addNode(NodeProto.newBuilder().setOpType("Constant").setName("/Constant_" + constants).addOutput(name)
                    .addAttribute(AttributeProto.newBuilder().setName("value").setType(AttributeProto.AttributeType.TENSOR).setT(tensor)));
            return name;
        }

        ModelProto model(int opset) {
            return ModelProto.newBuilder().setIrVersion(8).setProducerName("relulab-test")
                    .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset)).setGraph(graph).build();
        }

        Path write(Path file, int opset) {
            try {
                Files.write(file, model(opset).toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }

    static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    static AttributeProto intsAttribute(String name, long... values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long value : values) {
            attribute.addInts(value);
        }
        return attribute.build();
    }

    /** A float tensor value; a dimension of −1 is symbolic ({@code N}). */
    static ValueInfoProto value(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long dim : dims) {
            shape.addDim(dim < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam("N")
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(dim));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    /** Writes a CSV file with a header x0..x{n-1} (and an extra label column if {@code label} is not null). */
    static Path csv(Path file, double[][] rows, String label) {
        StringBuilder text = new StringBuilder();
        int columns = rows[0].length;
        for (int c = 0; c < columns; c++) {
            text.append(c > 0 ? "," : "").append('x').append(c);
        }
        if (label != null) {
            text.append(',').append(label);
        }
        text.append('\n');
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                text.append(c > 0 ? "," : "").append(rows[r][c]);
            }
            if (label != null) {
                text.append(',').append(r % 2);
            }
            text.append('\n');
        }
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a little-endian float32 C-order .npy file (format version 1.0). */
    static Path npy(Path file, float[] values, long... shape) {
        StringBuilder dims = new StringBuilder();
        for (long dim : shape) {
            dims.append(dim).append(", ");
        }
        String dict = String.format(Locale.ROOT, "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }",
                dims.toString().strip());
        int total = 10 + dict.length() + 1;
        int padding = (64 - total % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        buffer.putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float value : values) {
            buffer.putFloat(value);
        }
        try {
            return Files.write(file, buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestModels() {
    }
}
