package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link VectorGuard}'s decision, with a fake allocation counter and a fake kernel switch. */
class VectorGuardTest {

    private static final long BOXED = VectorGuard.ALLOWANCE_PER_STEP + 1;

    /** A counter the test advances, a switch it flips, and the number of fall-backs. */
    private static final class Fake {
        long allocated;
        boolean engaged = true;
        int fallBacks;
        final VectorGuard guard = new VectorGuard(() -> allocated, () -> engaged, () -> {
            fallBacks++;
            engaged = false;
        });

        /** One epoch of {@code steps} steps allocating {@code perStep} bytes each; whether it made the guard fall back. */
        boolean epoch(long steps, long perStep, boolean first) {
            long start = guard.start();
            allocated += steps * perStep;
            return guard.end(start, steps, first);
        }

        /** Clean epochs of 50 steps until the JVM has run the warm-up. */
        void warmUp() {
            for (long done = 0; done < VectorGuard.WARM_UP_STEPS; done += 50) {
                assertThat(epoch(50, 0, false)).isFalse();
            }
        }
    }

    @Test
    void boxedEpochsFallBackOnceThePatienceIsUsedUp() {
        Fake fake = new Fake();
        fake.warmUp();
        long steps = 0;
        while (steps + 50 < VectorGuard.PATIENCE_STEPS) {
            assertThat(fake.epoch(50, BOXED, false)).isFalse();
            steps += 50;
        }
        assertThat(fake.epoch(50, BOXED, false)).isTrue();
        assertThat(fake.fallBacks).isEqualTo(1);
        // disengaged now: nothing is measured or judged any more
        assertThat(fake.guard.start()).isEqualTo(VectorGuard.NOT_MEASURED);
        assertThat(fake.epoch(50, BOXED, false)).isFalse();
        assertThat(fake.fallBacks).isEqualTo(1);
    }

    @Test
    void theWarmUpIsNeverJudged() {
        Fake fake = new Fake();
        for (long done = 0; done + 50 <= VectorGuard.WARM_UP_STEPS; done += 50) {
            assertThat(fake.epoch(50, 1 << 20, false)).isFalse();
        }
        assertThat(fake.fallBacks).isZero();
    }

    @Test
    void oneEpochWithinTheAllowanceEndsTheStreak() {
        Fake fake = new Fake();
        fake.warmUp();
        for (int round = 0; round < 10; round++) {
            for (long steps = 50; steps < VectorGuard.PATIENCE_STEPS; steps += 50) {
                assertThat(fake.epoch(50, BOXED, false)).isFalse();
            }
            // exactly the allowance is not boxed
            assertThat(fake.epoch(50, VectorGuard.ALLOWANCE_PER_STEP, false)).isFalse();
        }
        assertThat(fake.fallBacks).isZero();
    }

    @Test
    void aTrialsFirstEpochNeitherCountsNorEndsAStreak() {
        Fake fake = new Fake();
        fake.warmUp();
        long steps = 0;
        while (steps + 50 < VectorGuard.PATIENCE_STEPS) {
            assertThat(fake.epoch(50, BOXED, false)).isFalse();
            assertThat(fake.epoch(50, 1 << 20, true)).isFalse(); // buffers growing: ignored
            assertThat(fake.epoch(50, 0, true)).isFalse(); // clean, but a first epoch: ignored too
            steps += 50;
        }
        assertThat(fake.epoch(50, BOXED, false)).isTrue();
    }

    @Test
    void epochsRunWithThePlainKernelsAreNotMeasured() {
        Fake fake = new Fake();
        fake.warmUp();
        fake.engaged = false;
        for (int e = 0; e < 1000; e++) {
            assertThat(fake.epoch(50, 1 << 20, false)).isFalse();
        }
        // an epoch during which the kernels were switched off is not judged either
        fake.engaged = true;
        for (int e = 0; e < 1000; e++) {
            long start = fake.guard.start();
            fake.allocated += 50 << 20;
            fake.engaged = false;
            assertThat(fake.guard.end(start, 50, false)).isFalse();
            fake.engaged = true;
        }
        assertThat(fake.fallBacks).isZero();
    }

    @Test
    void withoutAnAllocationCounterThereIsNoGuard() {
        int[] fallBacks = {0};
        VectorGuard none = new VectorGuard(null, () -> true, () -> fallBacks[0]++);
        for (int e = 0; e < 10_000; e++) {
            long start = none.start();
            assertThat(start).isEqualTo(VectorGuard.NOT_MEASURED);
            assertThat(VectorGuard.epochEnd(start, 50, false)).isFalse();
        }
        assertThat(fallBacks[0]).isZero();
    }
}
