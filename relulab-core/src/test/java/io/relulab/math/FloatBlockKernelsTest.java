package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatBlockKernels}: the plain form against a value-by-value reference of the documented order, and the
 * vector form against the plain form bit for bit, on blocks of every length 0..40 at odd offsets, with random
 * signs, signed zeros, infinities, subnormals and NaN.
 */
class FloatBlockKernelsTest {

    private static final float[] SPECIALS = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-30f};

    private static float[] values(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextInt(8) == 0 ? SPECIALS[random.nextInt(SPECIALS.length)]
                    : (float) random.nextDouble(-3, 3);
        }
        return values;
    }

    @Test
    void thePlainFormFollowsTheDocumentedOrder() {
        SplittableRandom random = new SplittableRandom(11);
        FloatBlockKernels.Summary summary = new FloatBlockKernels.Summary();
        for (int trial = 0; trial < 400; trial++) {
            int from = random.nextInt(5);
            int length = random.nextInt(41);
            float[] z = values(random, from + length + 3);
            float[] h = values(random, z.length);
            FloatBlockKernels.scalarSummarize(z, h, from, from + length, summary);
            double[] lanes = new double[4];
            int quads = length / 4 * 4;
            int positives = 0;
            boolean anyPositive = false;
            double smallest = Double.POSITIVE_INFINITY;
            double largest = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < length; p++) {
                float zp = z[from + p];
                if (p < quads) {
                    lanes[p % 4] += Math.abs((double) h[from + p]);
                }
                positives += zp > 0 ? 1 : 0;
                anyPositive |= h[from + p] > 0;
                smallest = zp < smallest ? zp : smallest;
                largest = zp > largest ? zp : largest;
            }
            double sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
            for (int p = quads; p < length; p++) {
                sum += Math.abs((double) h[from + p]);
            }
            assertThat(Double.doubleToLongBits(summary.absoluteSum)).as("trial %d", trial).isEqualTo(Double.doubleToLongBits(sum));
            assertThat(summary.positives).isEqualTo(positives);
            assertThat(summary.anyPositiveOutput).isEqualTo(anyPositive);
            assertThat((double) summary.smallest).isEqualTo(smallest); // == on value: ±0 are not told apart here
            assertThat((double) summary.largest).isEqualTo(largest);
            long signs = FloatBlockKernels.scalarCountSigns(z, from, from + length);
            long nonPositives = 0;
            for (int p = 0; p < length; p++) {
                nonPositives += z[from + p] <= 0 ? 1 : 0;
            }
            assertThat(signs).isEqualTo((long) positives << 32 | nonPositives);
        }
    }

    @Test
    void theVectorFormGivesThePlainFormsBits() {
        assumeTrue(VectorModule.available(), "this JVM runs without jdk.incubator.vector");
        SplittableRandom random = new SplittableRandom(12);
        FloatBlockKernels.Summary plain = new FloatBlockKernels.Summary();
        FloatBlockKernels.Summary vector = new FloatBlockKernels.Summary();
        for (int trial = 0; trial < 2000; trial++) {
            int from = random.nextInt(9);
            int length = trial < 41 ? trial : random.nextInt(200);
            float[] z = values(random, from + length + 5);
            float[] h = values(random, z.length);
            FloatBlockKernels.scalarSummarize(z, h, from, from + length, plain);
            VectorFloatBlockKernels.summarizeInPlace(z, h, from, from + length, vector);
            assertThat(Double.doubleToLongBits(vector.absoluteSum)).as("trial %d", trial)
                    .isEqualTo(Double.doubleToLongBits(plain.absoluteSum));
            assertThat(vector.positives).isEqualTo(plain.positives);
            assertThat(vector.anyPositiveOutput).isEqualTo(plain.anyPositiveOutput);
            assertThat(vector.smallest == plain.smallest || vector.smallest != vector.smallest && plain.smallest != plain.smallest)
                    .as("smallest %s vs %s", vector.smallest, plain.smallest).isTrue();
            assertThat(vector.largest == plain.largest).as("largest %s vs %s", vector.largest, plain.largest).isTrue();
            assertThat(VectorFloatBlockKernels.countSignsInPlace(z, from, from + length))
                    .isEqualTo(FloatBlockKernels.scalarCountSigns(z, from, from + length));
        }
    }
}
