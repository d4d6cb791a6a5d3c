package io.relulab.diagnostics;

import io.relulab.nn.Dense;
import io.relulab.nn.Layer;
import io.relulab.nn.Network;
import io.relulab.nn.NonlinearLayer;
import io.relulab.optim.Optimizer;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recycles chosen hidden units in place, as ReDo does (Sokar, Agarwal, Castro, Evci, ICML 2023, §3.2 of
 * {@code docs/specs/activations-and-remedies.md}; google/dopamine {@code labs/redo}):
 * <ol>
 *   <li>the unit's incoming weights (its column of the preceding dense kernel) are drawn afresh from that
 *       layer's own kernel initializer ({@link io.relulab.nn.Initializer#reinitializeUnits});</li>
 *   <li>its bias is set to 0 — except for initializers that draw the bias with the weights (RAI), whose
 *       fresh bias is kept, because RAI's one positive entry may sit in the bias;</li>
 *   <li>its outgoing weights (its row of the following dense kernel) are set to 0, so that the network's
 *       output does not change at the moment of recycling for units that were silent;</li>
 *   <li>the optimiser's state of every changed entry is reset ({@link Optimizer#resetState}): for Adam its
 *       moments and its own bias-correction count, so a recycled entry starts like a fresh one instead of taking
 *       a first step about 3× the learning rate (what keeping the global step count would give).</li>
 * </ol>
 * Only hidden layers are recycled, never the output layer. The network must be a multilayer perceptron
 * in which every activation layer sits between two dense layers (what {@code NetworkSpec} builds).
 */
public final class NeuronRecycler {

    private NeuronRecycler() {
    }

    /**
     * Recycles {@code units} (0-based, ascending) of hidden layer {@code hiddenLayer} (1-based), drawing
     * fresh weights from {@code random}.
     */
    public static void recycleInPlace(Network network, int hiddenLayer, int[] units, Optimizer optimizer, NumpyRandom random) {
        if (units.length == 0) {
            return;
        }
        Neighbours neighbours = neighbours(network, hiddenLayer);
        Dense incoming = neighbours.incoming();
        Dense outgoing = neighbours.outgoing();
        for (int unit : units) {
            if (unit < 0 || unit >= incoming.fanOut()) {
                throw new IllegalArgumentException("unit " + unit + " is outside hidden layer " + hiddenLayer + " (0.."
                        + (incoming.fanOut() - 1) + ")");
            }
        }
        incoming.initializer().reinitializeUnits(incoming, units, random);
        if (!incoming.initializer().drawsBiases()) {
            double[] biases = incoming.biases().values();
            for (int unit : units) {
                biases[unit] = 0.0;
            }
        }
        int fanIn = incoming.fanIn();
        int fanOut = incoming.fanOut();
        int[] incomingEntries = new int[units.length * fanIn];
        int next = 0;
        for (int unit : units) {
            for (int i = 0; i < fanIn; i++) {
                incomingEntries[next++] = i * fanOut + unit;
            }
        }
        int outgoingWidth = outgoing.fanOut();
        double[] outgoingKernel = outgoing.weights().values();
        int[] outgoingEntries = new int[units.length * outgoingWidth];
        next = 0;
        for (int unit : units) {
            for (int k = 0; k < outgoingWidth; k++) {
                outgoingKernel[unit * outgoingWidth + k] = 0.0;
                outgoingEntries[next++] = unit * outgoingWidth + k;
            }
        }
        optimizer.resetState(incoming.weights(), incomingEntries);
        optimizer.resetState(incoming.biases(), units.clone());
        optimizer.resetState(outgoing.weights(), outgoingEntries);
    }

    /**
     * Recycles every τ-dormant unit of every hidden layer of {@code report} and returns, per hidden layer,
     * the units recycled (empty lists for layers left alone).
     */
    public static List<List<Integer>> recycleDormantInPlace(Network network, DeadNeuronReport report, Optimizer optimizer,
            NumpyRandom random) {
        List<List<Integer>> recycled = new ArrayList<>();
        for (LayerSnapshot layer : report.layers()) {
            int[] units = layer.dormantUnits().stream().mapToInt(Integer::intValue).toArray();
            recycleInPlace(network, layer.hiddenLayer(), units, optimizer, random);
            recycled.add(Arrays.stream(units).boxed().toList());
        }
        return recycled;
    }

    private record Neighbours(Dense incoming, Dense outgoing) {
    }

    private static Neighbours neighbours(Network network, int hiddenLayer) {
        List<Layer> layers = network.layers();
        int seen = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof NonlinearLayer && ++seen == hiddenLayer) {
                if (i == 0 || i == layers.size() - 1 || !(layers.get(i - 1) instanceof Dense before)
                        || !(layers.get(i + 1) instanceof Dense after)) {
                    throw new IllegalArgumentException("hidden layer " + hiddenLayer
                            + " is not between two dense layers; ReDo needs Dense -> activation -> Dense");
                }
                return new Neighbours(before, after);
            }
        }
        throw new IllegalArgumentException("hidden layer " + hiddenLayer + " does not exist; the network has " + seen);
    }
}
