package io.relulab.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.relulab.math.FloatBlockKernels;
import io.relulab.random.NumpyRandom;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The inspector's speed against plain ONNX Runtime inference (a whole-run timing, not a unit test): a CNN of
 * about one million parameters — Conv 1→32 3×3, ReLU, MaxPool 2, Conv 32→64 3×3, ReLU, MaxPool 2, Gemm 3136→300,
 * ReLU, Gemm 300→10 (962 926 parameters, He-scaled normal weights from a seeded generator) — on 10 000 random
 * 1×28×28 images stored as a float32 {@code .npy} file. "plain" reads the same file in the same batches and runs
 * the unedited model (only its output requested); "inspect" is {@link ModelInspector#inspect}, which also exposes
 * the three activations' inputs and outputs, accumulates every value and hashes the file; "inspect --outputs-only"
 * exposes only the three ReLU outputs ({@link InspectionSettings#outputsOnly}). Each is run {@code repeats} times
 * after one warm-up run, interleaved; the medians and each run's process CPU time are printed.
 *
 * <p>Run (README, "Inspect your own model"): {@code tools/inspector-speed.sh 10000 256 3} (images, batch size,
 * repeats), which builds the test classes and passes the launcher's JVM options (the vector kernels).
 */
public final class InspectorSpeed {

    private InspectorSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : InspectionSettings.DEFAULT_BATCH_SIZE;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path folder = Files.createTempDirectory("relulab-speed");
        Path model = cnn(folder.resolve("cnn.onnx"));
        Path data = images(folder.resolve("images.npy"), images);
        System.out.printf(Locale.ROOT, "CNN %d parameters, %d images of 1x28x28, batches of %d, %d cores, Java %s%n",
                PARAMETERS, images, batch, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "vector kernels %s, load average before %s%n", FloatBlockKernels.vectorised() ? "on" : "off",
                loadAverage());
        double[] plain = new double[repeats];
        double[] inspect = new double[repeats];
        double[] plainCpu = new double[repeats];
        double[] inspectCpu = new double[repeats];
        double[] outputs = new double[repeats];
        double[] outputsCpu = new double[repeats];
        plain(model, data, batch);
        inspect(model, data, batch, false);
        inspect(model, data, batch, true);
        for (int r = 0; r < repeats; r++) {
            long cpu = OS.getProcessCpuTime();
            plain[r] = plain(model, data, batch);
            plainCpu[r] = round((OS.getProcessCpuTime() - cpu) / 1e9);
            cpu = OS.getProcessCpuTime();
            inspect[r] = inspect(model, data, batch, false);
            inspectCpu[r] = round((OS.getProcessCpuTime() - cpu) / 1e9);
            cpu = OS.getProcessCpuTime();
            outputs[r] = inspect(model, data, batch, true);
            outputsCpu[r] = round((OS.getProcessCpuTime() - cpu) / 1e9);
        }
        double plainMedian = median(plain);
        double inspectMedian = median(inspect);
        System.out.printf(Locale.ROOT, "plain ONNX Runtime inference: median %.2f s (runs %s; CPU s %s)%n", plainMedian,
                Arrays.toString(plain), Arrays.toString(plainCpu));
        System.out.printf(Locale.ROOT, "relulab inspector:            median %.2f s (runs %s; CPU s %s)%n", inspectMedian,
                Arrays.toString(inspect), Arrays.toString(inspectCpu));
        System.out.printf(Locale.ROOT, "relulab inspector --outputs-only: median %.2f s (runs %s; CPU s %s)%n", median(outputs),
                Arrays.toString(outputs), Arrays.toString(outputsCpu));
        System.out.printf(Locale.ROOT, "overhead: %.2fx (--outputs-only %.2fx); load average after %s%n", inspectMedian / plainMedian,
                median(outputs) / plainMedian, loadAverage());
        Files.delete(model);
        Files.delete(data);
        Files.delete(folder);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** The 1-, 5- and 15-minute load averages of the machine, from /proc/loadavg (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static final int PARAMETERS = 32 * 9 + 32 + 64 * 32 * 9 + 64 + 3136 * 300 + 300 + 300 * 10 + 10;

    private static double plain(Path model, Path data, int batch) throws Exception {
        long start = System.nanoTime();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession session = environment.createSession(Files.readAllBytes(model), new OrtSession.SessionOptions());
                RowSource rows = RowSource.open(data, null)) {
            int rowSize = rows.rowSize();
            float[] values = new float[batch * rowSize];
            FloatBuffer direct = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
            double checksum = 0;
            int count;
            while ((count = rows.read(values, batch)) > 0) {
                direct.clear();
                direct.put(values, 0, count * rowSize).flip();
                try (OnnxTensor tensor = OnnxTensor.createTensor(environment, direct, new long[] {count, 1, 28, 28});
                        OrtSession.Result result = session.run(Map.of("input", tensor))) {
                    checksum += ((OnnxTensor) result.get(0)).getFloatBuffer().get(0);
                }
            }
            if (Double.isNaN(checksum)) {
                throw new IllegalStateException("NaN output");
            }
        }
        return round((System.nanoTime() - start) / 1e9);
    }

    private static double inspect(Path model, Path data, int batch, boolean outputsOnly) {
        long start = System.nanoTime();
        Inspection inspection = new ModelInspector(InspectionSettings.defaults().withBatchSize(batch).withOutputsOnly(outputsOnly))
                .inspect(model, data);
        if (inspection.layers().size() != 3) {
            throw new IllegalStateException("expected 3 activations, got " + inspection.layers().size());
        }
        return round((System.nanoTime() - start) / 1e9);
    }

    static Path cnn(Path file) {
        NumpyRandom random = new NumpyRandom(2024);
        TestModels.Graph graph = new TestModels.Graph().input("input", -1, 1, 28, 28).output("logits", -1, 10);
        String w1 = graph.tensor("conv1.weight", normal(random, 32 * 9, 9), 32, 1, 3, 3);
        String b1 = graph.tensor("conv1.bias", new float[32], 32);
        String w2 = graph.tensor("conv2.weight", normal(random, 64 * 32 * 9, 32 * 9), 64, 32, 3, 3);
        String b2 = graph.tensor("conv2.bias", new float[64], 64);
        String w3 = graph.tensor("fc1.weight", normal(random, 3136 * 300, 3136), 3136, 300);
        String b3 = graph.tensor("fc1.bias", new float[300], 300);
        String w4 = graph.tensor("fc2.weight", normal(random, 300 * 10, 300), 300, 10);
        String b4 = graph.tensor("fc2.bias", new float[10], 10);
        graph.node("Conv", "/conv1/Conv", "c1", new String[] {"input", w1, b1}, TestModels.intsAttribute("pads", 1, 1, 1, 1),
                TestModels.intsAttribute("kernel_shape", 3, 3));
        graph.node("Relu", "/act1/Relu", "r1", "c1");
        graph.node("MaxPool", "/pool1/MaxPool", "p1", new String[] {"r1"}, TestModels.intsAttribute("kernel_shape", 2, 2),
                TestModels.intsAttribute("strides", 2, 2));
        graph.node("Conv", "/conv2/Conv", "c2", new String[] {"p1", w2, b2}, TestModels.intsAttribute("pads", 1, 1, 1, 1),
                TestModels.intsAttribute("kernel_shape", 3, 3));
        graph.node("Relu", "/act2/Relu", "r2", "c2");
        graph.node("MaxPool", "/pool2/MaxPool", "p2", new String[] {"r2"}, TestModels.intsAttribute("kernel_shape", 2, 2),
                TestModels.intsAttribute("strides", 2, 2));
        graph.node("Flatten", "/Flatten", "f", "p2");
        graph.node("Gemm", "/fc1/Gemm", "g1", "f", w3, b3);
        graph.node("Relu", "/act3/Relu", "r3", "g1");
        graph.node("Gemm", "/fc2/Gemm", "logits", "r3", w4, b4);
        return graph.write(file, 13);
    }

    private static float[] normal(NumpyRandom random, int count, int fanIn) {
        float[] values = new float[count];
        double scale = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < count; i++) {
            values[i] = (float) (scale * random.standardNormal());
        }
        return values;
    }

    static Path images(Path file, int count) {
        NumpyRandom random = new NumpyRandom(7);
        float[] values = new float[count * 28 * 28];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.standardNormal();
        }
        return TestModels.npy(file, values, count, 1, 28, 28);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
