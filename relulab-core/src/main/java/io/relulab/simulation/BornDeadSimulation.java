package io.relulab.simulation;

import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Monte Carlo estimate of the probability that a ReLU network is <em>born dead</em>: constant over its
 * input domain at initialisation (Lu, Shin, Su, Karniadakis, "Dying ReLU and Initialization", 2020).
 *
 * <p>Each trial draws a network with 1-D input and {@code depth} hidden ReLU layers of {@code width}
 * units ({@link BornDeadInitialization}), evaluates it on the grid of {@link BornDeadConfig}, and counts it
 * as born dead when the last hidden layer's output vector is exactly the same at every grid point — then
 * the (linear) output is constant whatever its weights. A trial stops at the first layer whose outputs are
 * identical across the grid (typically all zero), since every later layer is then constant too.
 *
 * <p>Cells run in parallel; each cell draws from its own {@link NumpyRandom} derived from the master seed,
 * the initialisation's key, the width and the depth, so a cell's estimate does not depend on the thread
 * count or on which other cells are run.
 *
 * <p>Closed form beside He: with zero biases and weights symmetric about 0 the network is positively
 * homogeneous, so it is determined by its values at x = +1 and x = −1. Along one ray every layer after
 * the first switches all its N units off with probability 2^−N (each unit independently, given a non-zero
 * input) and the first layer does so with probability 2^−N as well, hence P(ray dies within L layers)
 * = 1 − (1 − 2^−N)^L; the network is born dead when both rays die, which is at most that
 * ({@link #biasFreeBound(int, int)}). With L = 1 the two rays cannot both die, so a one-layer He network
 * is never born dead.
 */
public final class BornDeadSimulation {

    /** Networks of one cell drawn between two progress reports. */
    static final int PROGRESS_BLOCK = 100;

    private BornDeadSimulation() {
    }

    /**
     * The bias-free bound 1 − (1 − 2^−N)^L on the born-dead probability of a width-N, depth-L ReLU network
     * with zero biases and symmetric weights (He).
     */
    public static double biasFreeBound(int width, int depth) {
        if (width <= 16) {
            return 1.0 - Math.pow(1.0 - Math.pow(2.0, -width), depth); // 1 - 2^-N is exact here
        }
        // for wide nets keep relative precision: -expm1(L log1p(-2^-N))
        return -Math.expm1(depth * Math.log1p(-Math.pow(2.0, -width)));
    }

    /**
     * Runs every cell of {@code config} on {@code threads} threads (≥ 1) and returns them ordered by
     * initialisation, width and depth as listed in the configuration.
     */
    public static BornDeadResult run(BornDeadConfig config, int threads) {
        return run(config, threads, drawn -> { });
    }

    /**
     * Runs every cell as {@link #run(BornDeadConfig, int)} does, calling {@code onProgress} (from the worker threads)
     * with the number of networks drawn so far in all cells, every {@value #PROGRESS_BLOCK} networks of a cell and at
     * the end of each cell; the last call reports {@link #networks(BornDeadConfig)}.
     */
    public static BornDeadResult run(BornDeadConfig config, int threads, LongConsumer onProgress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<CellKey> keys = new ArrayList<>();
        for (BornDeadInitialization initialization : config.initializations()) {
            for (int width : config.widths()) {
                for (int depth : config.depths()) {
                    keys.add(new CellKey(initialization, width, depth));
                }
            }
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "born-dead");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // submit the most expensive cells first so that the threads finish together
            AtomicLong networks = new AtomicLong();
            List<CellKey> bySize = new ArrayList<>(keys);
            bySize.sort((a, b) -> Long.compare(b.cost(), a.cost()));
            Map<CellKey, Future<BornDeadCell>> futures = new HashMap<>();
            for (CellKey key : bySize) {
                futures.put(key, executor.submit(() -> runCell(config, key.initialization(), key.width(), key.depth(),
                        drawn -> onProgress.accept(networks.addAndGet(drawn)))));
            }
            List<BornDeadCell> cells = new ArrayList<>(keys.size());
            for (CellKey key : keys) {
                cells.add(futures.get(key).get());
            }
            return new BornDeadResult(config, cells);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("born-dead simulation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The number of networks a run of {@code config} draws: trials times cells. */
    public static long networks(BornDeadConfig config) {
        return (long) config.trials() * config.initializations().size() * config.widths().size() * config.depths().size();
    }

    /** Runs one cell with its own generator ({@link #cellRandom}). */
    public static BornDeadCell runCell(BornDeadConfig config, BornDeadInitialization initialization, int width, int depth) {
        return runCell(config, initialization, width, depth, drawn -> { });
    }

    /** Runs one cell, telling {@code onDrawn} how many more networks were drawn every so often. */
    private static BornDeadCell runCell(BornDeadConfig config, BornDeadInitialization initialization, int width, int depth,
            LongConsumer onDrawn) {
        NumpyRandom random = cellRandom(config.seed(), initialization, width, depth);
        TrialWorkspace workspace = new TrialWorkspace(config.gridPoints(), config.domainHalfWidth(), width);
        int bornDead = 0;
        int unreported = 0;
        for (int trial = 0; trial < config.trials(); trial++) {
            if (workspace.isBornDead(random, initialization, depth)) {
                bornDead++;
            }
            if (++unreported == PROGRESS_BLOCK) {
                onDrawn.accept(unreported);
                unreported = 0;
            }
        }
        if (unreported > 0) {
            onDrawn.accept(unreported);
        }
        return BornDeadCell.of(initialization, width, depth, config.trials(), bornDead);
    }

    /**
     * The generator of one cell: {@code NumpyRandom.forStream(seed, labelKey("born-dead"),
     * labelKey(initialization.key()), width, depth)}.
     */
    static NumpyRandom cellRandom(long seed, BornDeadInitialization initialization, int width, int depth) {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey("born-dead"),
                NumpyRandom.labelKey(initialization.key()), width, depth);
    }

    private record CellKey(BornDeadInitialization initialization, int width, int depth) {
        long cost() {
            return (long) width * width * depth;
        }
    }

    /** Buffers for one cell's trials, sized once: the grid, the current layer's outputs and parameters. */
    static final class TrialWorkspace {
        private final int points;
        private final int width;
        private final double[] grid;
        private double[] current;
        private double[] next;
        private final double[] weights;
        private final double[] biases;

        TrialWorkspace(int points, double halfWidth, int width) {
            this.points = points;
            this.width = width;
            this.grid = new double[points];
            int half = (points - 1) / 2;
            for (int k = 0; k < points; k++) {
                grid[k] = halfWidth * (k - half) / half; // k = half gives exactly 0, the ends exactly ±halfWidth
            }
            this.current = new double[points * width];
            this.next = new double[points * width];
            this.weights = new double[width * width];
            this.biases = new double[width];
        }

        /** Draws one network and reports whether its last hidden layer is constant over the grid. */
        boolean isBornDead(NumpyRandom random, BornDeadInitialization initialization, int depth) {
            initialization.initializeLayerInPlace(random, 1, width, weights, biases);
            for (int k = 0; k < points; k++) {
                for (int unit = 0; unit < width; unit++) {
                    current[k * width + unit] = Math.max(0.0, weights[unit] * grid[k] + biases[unit]);
                }
            }
            if (rowsIdentical(current)) {
                return true;
            }
            for (int layer = 2; layer <= depth; layer++) {
                initialization.initializeLayerInPlace(random, width, width, weights, biases);
                for (int k = 0; k < points; k++) {
                    int rowOffset = k * width;
                    for (int unit = 0; unit < width; unit++) {
                        double sum = 0;
                        int weightOffset = unit * width;
                        for (int i = 0; i < width; i++) {
                            sum += current[rowOffset + i] * weights[weightOffset + i];
                        }
                        next[rowOffset + unit] = Math.max(0.0, sum + biases[unit]);
                    }
                }
                double[] swap = current;
                current = next;
                next = swap;
                if (rowsIdentical(current)) {
                    return true;
                }
            }
            return false;
        }

        private boolean rowsIdentical(double[] values) {
            for (int k = 1; k < points; k++) {
                int offset = k * width;
                for (int unit = 0; unit < width; unit++) {
                    if (values[offset + unit] != values[unit]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
