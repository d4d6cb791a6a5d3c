package io.relulab.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import onnx.Onnx.ModelProto;
import onnx.Onnx.TensorProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelFileTest {

    @TempDir
    Path folder;

    private static TestModels.Graph reluGraph() {
        return new TestModels.Graph().input("x", -1, 2).output("y", -1, 2).node("Relu", "/Relu", "y", "x");
    }

    @Test
    void aTextFileIsNotAModel() throws Exception {
        Path file = Files.writeString(folder.resolve("notamodel.onnx"), "x0,x1\n1,2\n");
        assertThatThrownBy(() -> OnnxModelFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": not ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aTruncatedFileIsSaidToBeTruncated() throws Exception {
        byte[] bytes = reluGraph().model(13).toByteArray();
        Path file = Files.write(folder.resolve("cut.onnx"), Arrays.copyOf(bytes, bytes.length - 7));
        assertThatThrownBy(() -> OnnxModelFile.read(file))
                .hasMessage(file + ": not a readable ONNX model: the file is truncated (" + (bytes.length - 7) + " bytes)");
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        Path empty = Files.write(folder.resolve("empty.onnx"), new byte[0]);
        assertThatThrownBy(() -> OnnxModelFile.read(empty)).hasMessage(empty + ": empty file; expected an ONNX model");
        Path missing = folder.resolve("missing.onnx");
        assertThatThrownBy(() -> OnnxModelFile.read(missing)).hasMessage(missing + ": no such file; expected an ONNX model (.onnx)");
    }

    @Test
    void opsetsOutsideTheSupportedRangeAreRefused() {
        byte[] tooNew = reluGraph().model(OnnxModelFile.MAX_OPSET + 1).toByteArray();
        assertThatThrownBy(() -> OnnxModelFile.parse("new.onnx", tooNew))
                .hasMessage("new.onnx: unsupported opset " + (OnnxModelFile.MAX_OPSET + 1) + "; expected an ai.onnx opset in "
                        + OnnxModelFile.MIN_OPSET + ".." + OnnxModelFile.MAX_OPSET);
        byte[] tooOld = reluGraph().model(OnnxModelFile.MIN_OPSET - 1).toByteArray();
        assertThatThrownBy(() -> OnnxModelFile.parse("old.onnx", tooOld)).hasMessageContaining("unsupported opset 6");
    }

    @Test
    void theNewestAcceptedOpsetRunsInOnnxRuntime() throws Exception {
        byte[] newest = reluGraph().model(OnnxModelFile.MAX_OPSET).toByteArray();
        ModelProto parsed = OnnxModelFile.parse("newest.onnx", newest);
        assertThat(OnnxModelFile.defaultOpset(parsed)).isEqualTo(OnnxModelFile.MAX_OPSET);
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(newest, new OrtSession.SessionOptions())) {
            assertThat(session.getInputNames()).containsExactly("x");
        }
    }

    @Test
    void externalDataIsRefused() {
        TestModels.Graph graph = reluGraph();
        graph.graph.addInitializer(TensorProto.newBuilder().setName("weights").setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addDims(2).setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(onnx.Onnx.StringStringEntryProto.newBuilder().setKey("location").setValue("weights.bin")));
        byte[] bytes = graph.model(13).toByteArray();
        assertThatThrownBy(() -> OnnxModelFile.parse("big.onnx", bytes))
                .hasMessageStartingWith("big.onnx: tensor weights (and 0 more) is stored in an external data file;");
    }

    @Test
    void randomBytesAreNotAModel() {
        byte[] noise = "\u0001\u0002 this is not protobuf at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OnnxModelFile.parse("noise.onnx", noise)).hasMessageStartingWith("noise.onnx: not ");
    }
}
