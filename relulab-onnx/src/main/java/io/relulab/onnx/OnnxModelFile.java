package io.relulab.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;

/**
 * Reads an ONNX model file and checks what the inspector needs before ONNX Runtime sees it: a parsable
 * {@code ModelProto} with a graph, an {@code ai.onnx} opset in {@link #MIN_OPSET}..{@link #MAX_OPSET}, and every
 * tensor stored inside the file (no external data). Every failure is an {@link IllegalArgumentException}
 * with one line naming the file, what was found and what was expected.
 */
public final class OnnxModelFile {

    /** Oldest default-domain opset accepted: 7, the oldest ONNX Runtime still runs. */
    public static final int MIN_OPSET = 7;

    /** Newest default-domain opset accepted: the newest ONNX Runtime 1.29 implements (checked by {@code OnnxModelFileTest}). */
    public static final int MAX_OPSET = 23;

    private OnnxModelFile() {
    }

    /** Reads and checks {@code path}. */
    public static ModelProto read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + ": no such file; expected an ONNX model (.onnx)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + path, e);
        }
        return parse(path.toString(), bytes);
    }

    /**
     * Parses and checks the bytes of a model.
     *
     * @param label names the model in messages (usually its path)
     */
    public static ModelProto parse(String label, byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException(label + ": empty file; expected an ONNX model");
        }
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("ended unexpectedly")
                    ? "the file is truncated (" + bytes.length + " bytes)"
                    : "it is not an ONNX protobuf (" + firstSentence(e.getMessage()) + ")";
            throw new IllegalArgumentException(label + ": not a readable ONNX model: " + reason);
        }
        check(label, model);
        return model;
    }

    private static void check(String label, ModelProto model) {
        if (!model.hasGraph() || model.getGraph().getNodeCount() == 0 || model.getIrVersion() <= 0) {
            throw new IllegalArgumentException(label + ": not an ONNX model (ir_version " + model.getIrVersion() + ", "
                    + (model.hasGraph() ? model.getGraph().getNodeCount() + " nodes" : "no graph")
                    + "); expected a ModelProto with a graph of nodes");
        }
        int opset = defaultOpset(model);
        if (opset < 0) {
            throw new IllegalArgumentException(label + ": the model imports no ai.onnx opset; expected one of "
                    + MIN_OPSET + ".." + MAX_OPSET);
        }
        if (opset < MIN_OPSET || opset > MAX_OPSET) {
            throw new IllegalArgumentException(label + ": unsupported opset " + opset + "; expected an ai.onnx opset in "
                    + MIN_OPSET + ".." + MAX_OPSET);
        }
        List<String> external = new ArrayList<>();
        collectExternal(model.getGraph(), external);
        if (!external.isEmpty()) {
            throw new IllegalArgumentException(label + ": tensor " + external.get(0) + " (and " + (external.size() - 1)
                    + " more) is stored in an external data file; expected a self-contained model"
                    + " (in PyTorch, export without external data; with the onnx package, onnx.load then onnx.save)");
        }
    }

    /** The version of the default ({@code ""} or {@code ai.onnx}) opset the model imports, or −1 if none. */
    public static int defaultOpset(ModelProto model) {
        for (OperatorSetIdProto opset : model.getOpsetImportList()) {
            if (opset.getDomain().isEmpty() || opset.getDomain().equals("ai.onnx")) {
                return (int) opset.getVersion();
            }
        }
        return -1;
    }

    private static void collectExternal(GraphProto graph, List<String> external) {
        for (TensorProto tensor : graph.getInitializerList()) {
            if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
                external.add(tensor.getName());
            }
        }
        for (NodeProto node : graph.getNodeList()) {
            node.getAttributeList().forEach(attribute -> {
                if (attribute.hasT() && attribute.getT().getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
                    external.add(node.getName() + "." + attribute.getName());
                }
                if (attribute.hasG()) {
                    collectExternal(attribute.getG(), external);
                }
                attribute.getGraphsList().forEach(g -> collectExternal(g, external));
            });
        }
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf(". ");
        return (end > 0 ? message.substring(0, end) : message).replace('\n', ' ');
    }
}
