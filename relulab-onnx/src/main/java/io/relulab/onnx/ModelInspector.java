package io.relulab.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.relulab.diagnostics.UnitStatistics;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onnx.Onnx.ModelProto;

/**
 * Inspects an ONNX model on a data file: finds its activations ({@link ActivationFinder}), exposes each one's
 * pre-activation and output as graph outputs on an in-memory copy ({@link ModelEditor}), streams the data
 * through ONNX Runtime in batches and feeds every activation's float32 values to one
 * {@link UnitStatistics} per layer — the accumulator of the training monitor, so inactive, dead, τ-dormant and
 * saturated mean the same here as there. Memory use is one batch of data and of activations, whatever the
 * file's size.
 *
 * <p>Values of a batch are assigned to units by {@link UnitAxisRule}; every other axis (the batch, spatial
 * positions, tokens) contributes probe values. A model whose batch dimension is fixed at B is fed B rows per
 * call; a last short batch is padded with zero rows, which are left out of the measures (axis 0 of every value
 * is the batch).
 */
public final class ModelInspector {

    /** Values per copied chunk of one layer: with its outputs about 256 KB, within a core's level-2 cache. */
    private static final int CHUNK_VALUES = 32 * 1024;

    private final InspectionSettings settings;

    public ModelInspector(InspectionSettings settings) {
        this.settings = settings;
    }

    /**
     * Inspects {@code modelFile} on {@code dataFile}.
     *
     * @throws IllegalArgumentException for a bad model, bad data or a mismatch between them (one line)
     */
    public Inspection inspect(Path modelFile, Path dataFile) {
        ModelProto model = OnnxModelFile.read(modelFile);
        String label = modelFile.toString();
        List<ActivationSite> sites = ActivationFinder.find(model.getGraph());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(label + ": no activation found; the graph's ops are "
                    + String.join(", ", ActivationFinder.opTypes(model.getGraph())) + "; expected one of "
                    + String.join(", ", ActivationFinder.SINGLE_OPS) + " or an exported GELU, SiLU, Mish or hard-swish pattern");
        }
        GraphInput input = GraphInput.choose(GraphInput.dataInputs(model.getGraph()), settings.inputName(), label);
        try (RowSource rows = RowSource.open(dataFile, settings.dropColumn())) {
            checkShapes(input, rows, label);
            Set<String> exposed = new LinkedHashSet<>();
            for (ActivationSite site : sites) {
                exposed.add(preActivationValue(site));
                exposed.add(site.output());
            }
            byte[] bytes = ModelEditor.exposing(model, exposed).toByteArray();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = sessionOptions(label);
                    OrtSession session = createSession(environment, bytes, options, label)) {
                Run run = new Run(environment, session, input, sites, exposed, rows, label);
                long rowCount;
                try {
                    rowCount = run.all();
                } finally {
                    run.close();
                }
                List<InspectedLayer> layers = run.layers();
                String producer = (model.getProducerName() + " " + model.getProducerVersion()).strip();
                return new Inspection(modelFile, producer, OnnxModelFile.defaultOpset(model), input.name(), input.shape(),
                        dataFile, rowCount, rows.sha256(), settings, layers);
            } catch (OrtException e) {
                throw new IllegalArgumentException(label + ": ONNX Runtime failed: " + firstLine(e.getMessage()));
            }
        }
    }

    /**
     * The session's options: ONNX Runtime's defaults (intra-op threads = cores, all graph optimisations), except
     * that its worker threads do not spin while waiting for work ({@code session.intra_op.allow_spinning = 0}).
     * Spinning pays when the runtime has the processor to itself; here the accumulation of the previous batch
     * runs beside it, and spinning threads took that thread's processor time (measured in the README's
     * benchmark: the inspector's CPU time fell by about a fifth with it off).
     */
    static OrtSession.SessionOptions sessionOptions(String label) {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
        } catch (OrtException e) {
            options.close();
            throw new IllegalArgumentException(label + ": ONNX Runtime refused a session option: " + firstLine(e.getMessage()));
        }
        return options;
    }

    /**
     * The graph value read as the site's pre-activations: z, or with {@link InspectionSettings#outputsOnly} for an
     * activation whose measures follow from its output, the output itself (ONNX Runtime then keeps Conv and Relu
     * fused and writes out one value instead of two).
     */
    private String preActivationValue(ActivationSite site) {
        return readsPreActivations(site) ? site.preActivation() : site.output();
    }

    private boolean readsPreActivations(ActivationSite site) {
        return !(settings.outputsOnly() && site.activation().followsFromOutput());
    }

    private static OrtSession createSession(OrtEnvironment environment, byte[] bytes, OrtSession.SessionOptions options,
            String label) {
        try {
            return environment.createSession(bytes, options);
        } catch (OrtException e) {
            throw new IllegalArgumentException(label + ": ONNX Runtime cannot load the model: " + firstLine(e.getMessage()));
        }
    }

    private static void checkShapes(GraphInput input, RowSource rows, String label) {
        long[] modelShape = input.shape();
        long[] rowShape = rows.rowShape();
        boolean matches = modelShape.length == rowShape.length + 1;
        for (int i = 0; matches && i < rowShape.length; i++) {
            matches = modelShape[i + 1] < 0 || modelShape[i + 1] == rowShape[i];
        }
        if (modelShape.length == 0) {
            matches = true; // no declared shape: ONNX Runtime checks it
        }
        if (!matches) {
            StringBuilder data = new StringBuilder("[N");
            for (long dim : rowShape) {
                data.append(", ").append(dim);
            }
            data.append(']');
            boolean oneExtraColumn = rows instanceof CsvRowSource && modelShape.length == 2 && rowShape[0] == modelShape[1] + 1;
            String columns = rows instanceof CsvRowSource ? " (" + rowShape[0] + " columns"
                    + (oneExtraColumn ? "; leave out a label column with --target" : "") + ")" : "";
            throw new IllegalArgumentException(rows.file() + ": data of shape " + data + columns + " does not match input '"
                    + input.name() + "' of " + label + ", shape " + input.shapeText());
        }
    }

    /** One pass over the data. */
    private final class Run {
        private final OrtEnvironment environment;
        private final OrtSession session;
        private final GraphInput input;
        private final List<ActivationSite> sites;
        private final Set<String> requested;
        private final RowSource rows;
        private final String label;
        private final int rowSize;
        private final int batchRows;
        private final boolean fixedBatch;
        private final float[] batch;
        private final FloatBuffer direct;
        private final UnitStatistics[] statistics;
        private final int[] axes;
        private final long[][] shapes;
        /** Two sets of pinned outputs, used by alternate full batches, so that ONNX Runtime fills one while the other is read. */
        private final List<Map<String, OnnxTensor>> pinned = new ArrayList<>(2);
        private final List<Map<String, FloatBuffer>> pinnedBuffers = new ArrayList<>(2);
        /** Accumulates full batches one after another, in batch order, while the caller runs the next batch. */
        private final ExecutorService accumulator = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "relulab-inspect-accumulator");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> pending;
        private long fullBatches;
        private float[] preScratch = new float[0];
        private float[] outScratch = new float[0];

        Run(OrtEnvironment environment, OrtSession session, GraphInput input, List<ActivationSite> sites, Set<String> requested,
                RowSource rows, String label) {
            this.environment = environment;
            this.session = session;
            this.input = input;
            this.sites = sites;
            this.requested = requested;
            this.rows = rows;
            this.label = label;
            this.rowSize = rows.rowSize();
            long[] shape = input.shape();
            this.fixedBatch = shape.length > 0 && shape[0] > 0;
            this.batchRows = fixedBatch ? Math.toIntExact(shape[0]) : settings.batchSize();
            this.batch = new float[Math.multiplyExact(batchRows, rowSize)];
            this.direct = ByteBuffer.allocateDirect(batch.length * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            this.statistics = new UnitStatistics[sites.size()];
            this.axes = new int[sites.size()];
            this.shapes = new long[sites.size()][];
        }

        /** Streams every row (up to the limit) and returns the number of rows read. */
        long all() throws OrtException {
            long total = 0;
            while (total < settings.limit()) {
                int wanted = (int) Math.min(batchRows, settings.limit() - total);
                int count = rows.read(batch, wanted);
                if (count == 0) {
                    break;
                }
                int fed = fixedBatch ? batchRows : count;
                if (fed > count) {
                    Arrays.fill(batch, count * rowSize, fed * rowSize, 0f);
                }
                direct.clear();
                direct.put(batch, 0, fed * rowSize);
                direct.flip();
                long[] shape = new long[rows.rowShape().length + 1];
                shape[0] = fed;
                System.arraycopy(rows.rowShape(), 0, shape, 1, shape.length - 1);
                try (OnnxTensor tensor = OnnxTensor.createTensor(environment, direct, shape)) {
                    if (fed == batchRows && !pinned.isEmpty()) {
                        // ONNX Runtime writes straight into the buffers of this batch's pinned output tensors, which the
                        // accumulation of the batch before last has finished reading (awaited before it was handed over)
                        int set = (int) (fullBatches++ % 2);
                        session.run(Map.of(input.name(), tensor), Set.of(), pinned.get(set)).close();
                        awaitPending();
                        Map<String, FloatBuffer> buffers = pinnedBuffers.get(set);
                        int rowsInBatch = count;
                        pending = accumulator.submit(() -> {
                            for (int i = 0; i < sites.size(); i++) {
                                accumulate(i, buffers.get(preActivationValue(sites.get(i))).duplicate(),
                                        buffers.get(sites.get(i).output()).duplicate(), shapes[i], fed, rowsInBatch);
                            }
                        });
                    } else {
                        try (OrtSession.Result result = session.run(Map.of(input.name(), tensor), requested)) {
                            awaitPending();
                            for (int i = 0; i < sites.size(); i++) {
                                ActivationSite site = sites.get(i);
                                OnnxTensor pre = tensor(result, preActivationValue(site), site);
                                OnnxTensor out = tensor(result, site.output(), site);
                                long[] valueShape = pre.getInfo().getShape();
                                if (!Arrays.equals(valueShape, out.getInfo().getShape())) {
                                    throw new IllegalArgumentException("layer " + site.name() + ": its input has shape "
                                            + Arrays.toString(valueShape) + " but its output " + Arrays.toString(out.getInfo().getShape())
                                            + "; expected an elementwise activation");
                                }
                                accumulate(i, pre.getFloatBuffer(), out.getFloatBuffer(), valueShape, fed, count);
                            }
                            if (fed == batchRows && pinned.isEmpty()) {
                                pin(result);
                                pin(result);
                            }
                        }
                    }
                }
                total += count;
            }
            awaitPending();
            if (total == 0) {
                throw new IllegalArgumentException(rows.file() + ": no data rows; expected at least one");
            }
            return total;
        }

        /** Allocates one direct buffer per exposed value, shaped as in this full batch, for the next full batches. */
        private void pin(OrtSession.Result result) throws OrtException {
            Map<String, OnnxTensor> tensors = new HashMap<>();
            Map<String, FloatBuffer> buffers = new HashMap<>();
            for (String name : requested) {
                OnnxTensor tensor = (OnnxTensor) result.get(name).orElseThrow();
                long[] valueShape = tensor.getInfo().getShape();
                int size = Math.toIntExact(tensor.getInfo().getNumElements());
                FloatBuffer buffer = ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
                buffers.put(name, buffer);
                tensors.put(name, OnnxTensor.createTensor(environment, buffer, valueShape));
            }
            pinned.add(tensors);
            pinnedBuffers.add(buffers);
        }

        /** Waits for the accumulation handed to the worker, passing on its failure. */
        private void awaitPending() {
            if (pending == null) {
                return;
            }
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while accumulating", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pending = null;
            }
        }

        /** Waits for the last accumulation, stops the worker and closes the pinned output tensors. */
        void close() {
            try {
                awaitPending();
            } finally {
                accumulator.shutdownNow();
                pinned.forEach(set -> set.values().forEach(OnnxTensor::close));
            }
        }

        private void accumulate(int layer, FloatBuffer preValues, FloatBuffer outValues, long[] shape, int fed, int count) {
            ActivationSite site = sites.get(layer);
            if (shape.length < 1 || shape[0] != fed) {
                throw new IllegalArgumentException("layer " + site.name() + ": values of shape " + Arrays.toString(shape)
                        + " for a batch of " + fed + " rows; expected the batch on axis 0");
            }
            if (statistics[layer] == null) {
                int axis = settings.unitAxis().axisFor(site, shape);
                int units = Math.toIntExact(shape[axis]);
                axes[layer] = axis;
                shapes[layer] = shape.clone();
                statistics[layer] = new UnitStatistics(units, site.activation().derivative(units, site.name()));
            } else if (!sameExceptBatch(shapes[layer], shape)) {
                throw new IllegalArgumentException("layer " + site.name() + ": values of shape " + Arrays.toString(shape)
                        + " after " + Arrays.toString(shapes[layer]) + " in an earlier batch; expected the same shape per row");
            }
            int axis = axes[layer];
            long outer = count;
            for (int i = 1; i < axis; i++) {
                outer *= shape[i];
            }
            long inner = 1;
            for (int i = axis + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
            // rows are copied a few at a time into scratch that stays in the processor's cache; the statistics do
            // not depend on how the rows are split, since a block (one unit at one outer index) never straddles rows
            int outerPerRow = Math.toIntExact(outer / count);
            int valuesPerRow = Math.toIntExact(outerPerRow * shape[axis] * inner);
            int rowsPerChunk = Math.max(1, Math.min(count, CHUNK_VALUES / valuesPerRow));
            int chunkValues = rowsPerChunk * valuesPerRow;
            if (preScratch.length < chunkValues) {
                preScratch = new float[chunkValues];
                outScratch = new float[chunkValues];
            }
            for (int row = 0; row < count; row += rowsPerChunk) {
                int rowsNow = Math.min(rowsPerChunk, count - row);
                int offset = row * valuesPerRow;
                int length = rowsNow * valuesPerRow;
                preValues.get(offset, preScratch, 0, length);
                outValues.get(offset, outScratch, 0, length);
                statistics[layer].addFloatBlocks(preScratch, outScratch, rowsNow * outerPerRow, Math.toIntExact(inner));
            }
        }

        private OnnxTensor tensor(OrtSession.Result result, String name, ActivationSite site) {
            OnnxValue value = result.get(name).orElseThrow(() -> new IllegalStateException("ONNX Runtime returned no " + name));
            if (!(value instanceof OnnxTensor tensor)) {
                throw new IllegalArgumentException("layer " + site.name() + ": value " + name + " is not a tensor");
            }
            if (tensor.getInfo().type != ai.onnxruntime.OnnxJavaType.FLOAT) {
                throw new IllegalArgumentException("layer " + site.name() + ": value " + name + " has type " + tensor.getInfo().type
                        + "; expected float32");
            }
            return tensor;
        }

        List<InspectedLayer> layers() {
            List<InspectedLayer> layers = new ArrayList<>(sites.size());
            for (int i = 0; i < sites.size(); i++) {
                long[] shape = shapes[i].clone();
                shape[0] = -1; // the batch: how the rows were batched is not part of the result
                layers.add(new InspectedLayer(sites.get(i), axes[i], shape,
                        statistics[i].measures(settings.tau(), settings.saturationEpsilon()), readsPreActivations(sites.get(i))));
            }
            return layers;
        }

        private boolean sameExceptBatch(long[] first, long[] next) {
            if (first.length != next.length) {
                return false;
            }
            for (int i = 1; i < first.length; i++) {
                if (first[i] != next[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline > 0 ? line.substring(0, newline) : line;
    }
}
