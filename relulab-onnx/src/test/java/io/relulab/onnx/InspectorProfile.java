package io.relulab.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.relulab.diagnostics.UnitStatistics;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import onnx.Onnx.ModelProto;

/**
 * Splits the inspector's time on {@link InspectorSpeed}'s CNN into its parts (a whole-run timing, not a unit
 * test): reading the data file (with its SHA-256), plain ONNX Runtime inference, inference with the activations'
 * inputs and/or outputs exposed (ORT's own output tensors, or pinned buffers), copying the exposed values into
 * Java arrays, and the per-unit accumulation of one pass. Each part is run {@code repeats} times after a warm-up,
 * interleaved, and reported as median wall time and the process CPU time of that median run. The exposed models
 * run with the inspector's session options ({@link ModelInspector#sessionOptions}: worker threads do not spin);
 * "plain" with ONNX Runtime's defaults, as {@link InspectorSpeed} runs it.
 *
 * <p>Run: {@code tools/inspector-speed.sh} (which also runs {@link InspectorSpeed}), or {@code java -cp …
 * io.relulab.onnx.InspectorProfile 10000 256 3 [intraOpThreads]}.
 */
public final class InspectorProfile {

    private InspectorProfile() {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private interface Part {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path folder = Files.createTempDirectory("relulab-profile");
        Path modelFile = InspectorSpeed.cnn(folder.resolve("cnn.onnx"));
        Path data = InspectorSpeed.images(folder.resolve("images.npy"), images);
        ModelProto model = OnnxModelFile.read(modelFile);
        List<ActivationSite> sites = ActivationFinder.find(model.getGraph());
        List<String> pre = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (ActivationSite site : sites) {
            pre.add(site.preActivation());
            out.add(site.output());
        }
        List<String> both = new ArrayList<>(pre);
        both.addAll(out);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        OrtSession plain = environment.createSession(Files.readAllBytes(modelFile), options);
        // the exposed models run with the inspector's own options (ModelInspector.sessionOptions: no spinning)
        OrtSession.SessionOptions inspectorOptions = ModelInspector.sessionOptions("profile");
        if (threads > 0) {
            inspectorOptions.setIntraOpNumThreads(threads);
        }
        OrtSession plainNoSpin = environment.createSession(Files.readAllBytes(modelFile), inspectorOptions);
        OrtSession exposedBoth = environment.createSession(ModelEditor.exposing(model, both).toByteArray(), inspectorOptions);
        OrtSession exposedPre = environment.createSession(ModelEditor.exposing(model, pre).toByteArray(), inspectorOptions);
        OrtSession exposedOut = environment.createSession(ModelEditor.exposing(model, out).toByteArray(), inspectorOptions);
        OrtSession.SessionOptions basicOptions = ModelInspector.sessionOptions("profile");
        basicOptions.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
        if (threads > 0) {
            basicOptions.setIntraOpNumThreads(threads);
        }
        OrtSession exposedBasic = environment.createSession(ModelEditor.exposing(model, both).toByteArray(), basicOptions);
        float[][] batches = readAll(data, batch);
        System.out.printf(Locale.ROOT, "CNN, %d images, batches of %d, %d batches, intra-op threads %s, %d cores, Java %s%n",
                images, batch, batches.length, threads > 0 ? threads : "default", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        // one full batch of exposed values, for the copy and accumulation parts
        Map<String, float[]> captured = new HashMap<>();
        Map<String, long[]> shapes = new HashMap<>();
        try (OnnxTensor tensor = tensor(environment, batches[0], batch);
                OrtSession.Result result = exposedBoth.run(Map.of("input", tensor), new LinkedHashSet<>(both))) {
            for (String name : both) {
                OnnxTensor value = (OnnxTensor) result.get(name).orElseThrow();
                FloatBuffer buffer = value.getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                captured.put(name, values);
                shapes.put(name, value.getInfo().getShape());
            }
        }
        Map<String, FloatBuffer> direct = new HashMap<>();
        for (String name : both) {
            FloatBuffer buffer = ByteBuffer.allocateDirect(captured.get(name).length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
            buffer.put(captured.get(name)).flip();
            direct.put(name, buffer);
        }
        int fullBatches = images / batch;

        Map<String, Part> parts = new java.util.LinkedHashMap<>();
        parts.put("read data (npy + SHA-256)", () -> readAll(data, batch));
        parts.put("ORT plain", () -> runAll(environment, plain, batches, batch, images, Set.of(), null));
        parts.put("ORT plain, no spinning", () -> runAll(environment, plainNoSpin, batches, batch, images, Set.of(), null));
        parts.put("ORT exposed z+h, pinned, optimisation BASIC", () -> runAll(environment, exposedBasic, batches, batch, images,
                Set.of(), pinned(environment, both, shapes)));
        parts.put("ORT exposed z+h, ORT-allocated", () -> runAll(environment, exposedBoth, batches, batch, images,
                new LinkedHashSet<>(both), null));
        parts.put("ORT exposed z+h, pinned", () -> runAll(environment, exposedBoth, batches, batch, images, Set.of(),
                pinned(environment, both, shapes)));
        parts.put("ORT exposed z only, pinned", () -> runAll(environment, exposedPre, batches, batch, images, Set.of(),
                pinned(environment, pre, shapes)));
        parts.put("ORT exposed h only, pinned", () -> runAll(environment, exposedOut, batches, batch, images, Set.of(),
                pinned(environment, out, shapes)));
        parts.put("copy z+h to float[] (full batches)", () -> {
            Map<String, float[]> scratch = new HashMap<>();
            for (String name : both) {
                scratch.put(name, new float[captured.get(name).length]);
            }
            for (int b = 0; b < fullBatches; b++) {
                for (String name : both) {
                    direct.get(name).duplicate().get(scratch.get(name));
                }
            }
        });
        parts.put("accumulate (UnitStatistics.addFloatBlocks, full batches)", () -> {
            for (int layer = 0; layer < sites.size(); layer++) {
                ActivationSite site = sites.get(layer);
                long[] shape = shapes.get(site.preActivation());
                int units = (int) shape[1];
                int inner = 1;
                for (int i = 2; i < shape.length; i++) {
                    inner *= (int) shape[i];
                }
                UnitStatistics statistics = new UnitStatistics(units, site.activation().derivative(units, site.name()));
                float[] z = captured.get(site.preActivation());
                float[] h = captured.get(site.output());
                for (int b = 0; b < fullBatches; b++) {
                    statistics.addFloatBlocks(z, h, batch, inner);
                }
                statistics.measures(0, 1e-3);
            }
        });
        parts.put("copy in 32K-value chunks + accumulate (the inspector's path)", () -> {
            float[] preScratch = new float[32 * 1024];
            float[] outScratch = new float[32 * 1024];
            for (int layer = 0; layer < sites.size(); layer++) {
                ActivationSite site = sites.get(layer);
                long[] shape = shapes.get(site.preActivation());
                int units = (int) shape[1];
                int inner = 1;
                for (int i = 2; i < shape.length; i++) {
                    inner *= (int) shape[i];
                }
                int perRow = units * inner;
                int rowsPerChunk = Math.max(1, preScratch.length / perRow);
                UnitStatistics statistics = new UnitStatistics(units, site.activation().derivative(units, site.name()));
                FloatBuffer z = direct.get(site.preActivation());
                FloatBuffer h = direct.get(site.output());
                for (int b = 0; b < fullBatches; b++) {
                    for (int row = 0; row < batch; row += rowsPerChunk) {
                        int rows = Math.min(rowsPerChunk, batch - row);
                        z.get(row * perRow, preScratch, 0, rows * perRow);
                        h.get(row * perRow, outScratch, 0, rows * perRow);
                        statistics.addFloatBlocks(preScratch, outScratch, rows, inner);
                    }
                }
                statistics.measures(0, 1e-3);
            }
        });
        for (Part part : parts.values()) {
            part.run(); // warm-up
        }
        Map<String, double[][]> timings = new HashMap<>();
        for (String name : parts.keySet()) {
            timings.put(name, new double[repeats][]);
        }
        for (int r = 0; r < repeats; r++) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                long cpu = OS.getProcessCpuTime();
                long start = System.nanoTime();
                part.getValue().run();
                timings.get(part.getKey())[r] = new double[] {(System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9};
            }
        }
        for (String name : parts.keySet()) {
            double[][] runs = timings.get(name);
            java.util.Arrays.sort(runs, java.util.Comparator.comparingDouble(run -> run[0]));
            double[] median = runs[runs.length / 2];
            StringBuilder all = new StringBuilder();
            for (double[] run : timings.get(name)) {
                all.append(String.format(Locale.ROOT, " %.2f", run[0]));
            }
            System.out.printf(Locale.ROOT, "%-58s wall %6.2f s  cpu %6.2f s  (sorted runs%s)%n", name, median[0], median[1], all);
        }
        plain.close();
        plainNoSpin.close();
        exposedBasic.close();
        exposedBoth.close();
        exposedPre.close();
        exposedOut.close();
        Files.delete(modelFile);
        Files.delete(data);
        Files.delete(folder);
    }

    private static float[][] readAll(Path data, int batch) {
        List<float[]> batches = new ArrayList<>();
        try (RowSource rows = RowSource.open(data, null)) {
            while (true) {
                float[] values = new float[batch * rows.rowSize()];
                int count = rows.read(values, batch);
                if (count == 0) {
                    break;
                }
                batches.add(count == batch ? values : java.util.Arrays.copyOf(values, count * rows.rowSize()));
            }
            rows.sha256();
        }
        return batches.toArray(new float[0][]);
    }

    private static OnnxTensor tensor(OrtEnvironment environment, float[] values, int rows) throws Exception {
        FloatBuffer buffer = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        buffer.put(values).flip();
        return OnnxTensor.createTensor(environment, buffer, new long[] {values.length / 784, 1, 28, 28});
    }

    private static Map<String, OnnxTensor> pinned(OrtEnvironment environment, List<String> names, Map<String, long[]> shapes)
            throws Exception {
        Map<String, OnnxTensor> tensors = new HashMap<>();
        for (String name : names) {
            long[] shape = shapes.get(name);
            long size = 1;
            for (long dim : shape) {
                size *= dim;
            }
            FloatBuffer buffer = ByteBuffer.allocateDirect(Math.toIntExact(size * 4)).order(ByteOrder.nativeOrder()).asFloatBuffer();
            tensors.put(name, OnnxTensor.createTensor(environment, buffer, shape));
        }
        return tensors;
    }

    /** Runs every batch; full batches write into {@code pinned} when given, the short last one into ORT's own outputs. */
    private static void runAll(OrtEnvironment environment, OrtSession session, float[][] batches, int batch, int images,
            Set<String> requested, Map<String, OnnxTensor> pinned) throws Exception {
        Set<String> names = pinned == null ? requested : pinned.keySet();
        for (float[] values : batches) {
            try (OnnxTensor tensor = tensor(environment, values, batch)) {
                boolean full = values.length / 784 == batch;
                if (pinned != null && full) {
                    session.run(Map.of("input", tensor), Set.of(), pinned).close();
                } else {
                    session.run(Map.of("input", tensor), names.isEmpty() ? Set.of("logits") : names).close();
                }
            }
        }
        if (pinned != null) {
            pinned.values().forEach(OnnxTensor::close);
        }
    }
}
