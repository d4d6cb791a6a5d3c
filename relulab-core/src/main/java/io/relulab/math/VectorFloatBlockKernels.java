package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatBlockKernels} with the Vector API; loaded only when the module is present. Eight floats per step
 * (256 bits), widened into two vectors of four doubles that are added, in position order, into one vector whose
 * lane k is the partial sum s_k of {@link FloatBlockKernels#summarize} — the same additions in the same order as
 * the plain form, so the same bits. The widths are fixed (not the processor's preferred ones), because the
 * order of the sum must not depend on the machine.
 */
final class VectorFloatBlockKernels {

    private static final VectorSpecies<Float> EIGHT_FLOATS = FloatVector.SPECIES_256;
    private static final VectorSpecies<Float> FOUR_FLOATS = FloatVector.SPECIES_128;
    private static final VectorSpecies<Double> FOUR_DOUBLES = DoubleVector.SPECIES_256;

    static {
        // load and initialise the vector classes of the loops before C2 compiles them (see VectorExponentialKernels)
        float[] values = new float[21];
        for (int i = 0; i < values.length; i++) {
            values[i] = i - 10.5f;
        }
        FloatBlockKernels.Summary summary = new FloatBlockKernels.Summary();
        summarizeInPlace(values, values, 0, values.length, summary);
        countSignsInPlace(values, 0, values.length);
    }

    private VectorFloatBlockKernels() {
    }

    /** Worth it where the processor has 256-bit vectors (AVX2 and wider); elsewhere the plain loop is faster. */
    static boolean worthwhile() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    /** {@link FloatBlockKernels#summarize} ("InPlace": the launcher keeps such vector loops out of line). */
    static void summarizeInPlace(float[] z, float[] h, int from, int to, FloatBlockKernels.Summary into) {
        FloatVector zero = FloatVector.zero(EIGHT_FLOATS);
        DoubleVector sums = DoubleVector.zero(FOUR_DOUBLES);
        FloatVector smallest = FloatVector.broadcast(EIGHT_FLOATS, Float.POSITIVE_INFINITY);
        FloatVector largest = FloatVector.broadcast(EIGHT_FLOATS, Float.NEGATIVE_INFINITY);
        VectorMask<Float> positiveOutputs = EIGHT_FLOATS.maskAll(false);
        int positives = 0;
        int quadsEnd = from + ((to - from) & ~3);
        int i = from;
        for (; i + 8 <= quadsEnd; i += 8) {
            FloatVector zv = FloatVector.fromArray(EIGHT_FLOATS, z, i);
            FloatVector hv = FloatVector.fromArray(EIGHT_FLOATS, h, i);
            sums = sums.add(((DoubleVector) hv.convertShape(VectorOperators.F2D, FOUR_DOUBLES, 0)).abs())
                    .add(((DoubleVector) hv.convertShape(VectorOperators.F2D, FOUR_DOUBLES, 1)).abs());
            positives += zv.compare(VectorOperators.GT, zero).trueCount();
            positiveOutputs = positiveOutputs.or(hv.compare(VectorOperators.GT, zero));
            // a NaN compares false and is skipped
            smallest = smallest.blend(zv, zv.compare(VectorOperators.LT, smallest));
            largest = largest.blend(zv, zv.compare(VectorOperators.GT, largest));
        }
        if (i < quadsEnd) {
            FloatVector hv = FloatVector.fromArray(FOUR_FLOATS, h, i);
            sums = sums.add(((DoubleVector) hv.convertShape(VectorOperators.F2D, FOUR_DOUBLES, 0)).abs());
        }
        double sum = (sums.lane(0) + sums.lane(1)) + (sums.lane(2) + sums.lane(3));
        boolean anyPositive = positiveOutputs.anyTrue();
        float low = smallest.reduceLanes(VectorOperators.MIN);
        float high = largest.reduceLanes(VectorOperators.MAX);
        for (int j = i; j < to; j++) {
            float zj = z[j];
            float hj = h[j];
            if (j >= quadsEnd) {
                sum += Math.abs((double) hj);
            }
            positives += zj > 0 ? 1 : 0;
            anyPositive |= hj > 0;
            low = zj < low ? zj : low;
            high = zj > high ? zj : high;
        }
        into.absoluteSum = sum;
        into.positives = positives;
        into.anyPositiveOutput = anyPositive;
        into.smallest = low;
        into.largest = high;
    }

    /** {@link FloatBlockKernels#countSigns}. */
    static long countSignsInPlace(float[] values, int from, int to) {
        FloatVector zero = FloatVector.zero(EIGHT_FLOATS);
        int positives = 0;
        int nonPositives = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            FloatVector v = FloatVector.fromArray(EIGHT_FLOATS, values, i);
            positives += v.compare(VectorOperators.GT, zero).trueCount();
            nonPositives += v.compare(VectorOperators.LE, zero).trueCount();
        }
        return ((long) positives << 32 | nonPositives) + FloatBlockKernels.scalarCountSigns(values, i, to);
    }
}
