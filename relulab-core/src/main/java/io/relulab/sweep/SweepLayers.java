package io.relulab.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The hidden-layer axis of a sweep, given either as a grid — every depth with every width ({@code --depths 2,4
 * --widths 16,64}: {@code depth} layers of {@code width} units) — or as explicit lists of layer widths
 * ({@code --hidden 64,32 --hidden 128}). {@link #lists()} is the axis either way.
 *
 * @param depths the grid's depths (empty for explicit lists)
 * @param widths the grid's widths (empty for explicit lists)
 * @param explicit the explicit lists (empty for a grid)
 */
public record SweepLayers(List<Integer> depths, List<Integer> widths, List<List<Integer>> explicit) implements Serializable {

    public SweepLayers {
        depths = List.copyOf(depths);
        widths = List.copyOf(widths);
        explicit = explicit.stream().map(List::copyOf).toList();
        if (explicit.isEmpty() == (depths.isEmpty() || widths.isEmpty())) {
            throw new IllegalArgumentException("hidden layers are either depths and widths or explicit lists of widths");
        }
    }

    /** Every depth with every width. */
    public static SweepLayers grid(List<Integer> depths, List<Integer> widths) {
        SweepSpec.distinct("depths", depths, String::valueOf);
        SweepSpec.distinct("widths", widths, String::valueOf);
        depths.forEach(depth -> atLeastOne("depths", depth));
        widths.forEach(width -> atLeastOne("widths", width));
        return new SweepLayers(depths, widths, List.of());
    }

    /** Explicit lists of layer widths, each with at least one layer. */
    public static SweepLayers lists(List<List<Integer>> hidden) {
        SweepSpec.distinct("hidden layer lists", hidden, TrialKey::widths);
        for (List<Integer> layers : hidden) {
            if (layers.isEmpty()) {
                throw new IllegalArgumentException("hidden layer lists must have at least one layer, got an empty list");
            }
            layers.forEach(width -> atLeastOne("hidden layer widths", width));
        }
        return new SweepLayers(List.of(), List.of(), hidden);
    }

    /** Whether the axis is a depths × widths grid. */
    public boolean isGrid() {
        return explicit.isEmpty();
    }

    /** The axis: the explicit lists, or the grid with width outer and depth inner. */
    public List<List<Integer>> lists() {
        if (!isGrid()) {
            return explicit;
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int width : widths) {
            for (int depth : depths) {
                lists.add(TrialKey.layers(depth, width));
            }
        }
        return List.copyOf(lists);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
