package io.relulab.math;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Falls back to the plain kernels for the rest of the JVM ({@link VectorModule#fallBack()}; the same bits) when the
 * vector code runs boxed long after it should have been compiled.
 *
 * <p>Why allocation tells: a training step allocates nothing (its buffers are grown once, in a trial's first steps),
 * and compiled Vector API code keeps its vectors in registers; vector code that C2 has not compiled with its
 * intrinsics — the interpreter, C1, or a C2 compilation in which an intrinsic failed — makes an object of every
 * vector, so a step then allocates hundreds of kilobytes and takes several times as long. That is normal during the
 * warm-up, but in rare JVMs it lasts: a product block compiled boxed stays so for the whole run. So the trainer
 * measures the thread's allocated bytes around each epoch's batch loop ({@link #epochStart}, {@link #epochEnd}), and
 * the guard falls back when all of these hold:
 * <ul>
 *   <li>the vector kernels were engaged for the whole epoch, and it was not the trial's first (whose steps grow the
 *       buffers);</li>
 *   <li>the JVM had already run {@link #WARM_UP_STEPS} steps with the vector kernels before the epoch (ample time for
 *       C2 to compile them);</li>
 *   <li>this epoch and the epochs right before it, on any thread, each allocated more than {@link
 *       #ALLOWANCE_PER_STEP} bytes per step, for {@link #PATIENCE_STEPS} steps in a row. A single epoch within the
 *       allowance, on any thread, ends such a streak: the compiled code is shared by all threads, so a boxed
 *       compilation shows in every epoch, while a kernel first used late (an ELU trial after many ReLU ones) is
 *       boxed only until C2 has compiled it, which the streak's length outlasts.</li>
 * </ul>
 * The allowance leaves room for what listeners allocate during the batch loop (a ReDo or a dead-unit check every so
 * many steps). Nothing is measured while the vector kernels are not engaged; an epoch costs two reads of the thread's
 * allocation counter ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}). A JVM that cannot
 * count allocations has no guard.
 */
public final class VectorGuard {

    /**
     * Vector-kernel steps the JVM must have run before an epoch is judged. In a study's JVM the first few hundred steps
     * allocate about as much as a fully boxed product, the next few thousand a steady remainder (a vector method C2 has
     * not yet compiled), then nothing; this leaves several times that before the guard looks.
     */
    public static final long WARM_UP_STEPS = 20_000;
    /**
     * Bytes per step an epoch may allocate without counting as boxed: far below any boxed vector method (a product
     * block allocates megabytes a step, one ELU pass tens of kilobytes), far above a compiled step (nothing; the thread's
     * counter moves by a few bytes an epoch).
     */
    public static final long ALLOWANCE_PER_STEP = 4_096;
    /**
     * Steps in a row of epochs over the allowance after which the guard falls back: a kernel first used late (the ELU
     * trials after the ReLU ones) is boxed for a couple of epochs and then compiled, well within it; a boxed compilation
     * stays, and costs the run only this many slow steps before the plain loops take over.
     */
    public static final long PATIENCE_STEPS = 2_500;

    /** The number of bytes the calling thread has allocated so far. */
    @FunctionalInterface
    public interface AllocationMeter {
        long allocatedBytes();
    }

    /** {@link #epochStart}'s value when nothing is measured. */
    static final long NOT_MEASURED = Long.MIN_VALUE;

    private final AllocationMeter meter;
    private final BooleanSupplier engaged;
    private final Runnable fallBack;
    private final AtomicLong vectorSteps = new AtomicLong();
    private final AtomicLong streak = new AtomicLong();

    /**
     * A guard reading {@code meter} (null: no guard), judging while {@code engaged} says the vector kernels run, and
     * calling {@code fallBack} once it decides (the JVM's: {@link Jvm#GUARD}).
     */
    VectorGuard(AllocationMeter meter, BooleanSupplier engaged, Runnable fallBack) {
        this.meter = meter;
        this.engaged = engaged;
        this.fallBack = fallBack;
    }

    /** The JVM's guard, made (and the allocation counter looked up) when the vector kernels first run a trial. */
    private static final class Jvm {
        static final VectorGuard GUARD = new VectorGuard(threadMeter(), VectorModule::engaged, VectorModule::fallBack);
    }

    /**
     * Call on the trial's thread before an epoch's batch loop; pass the value to {@link #epochEnd}. Reads the
     * allocation counter only while the vector kernels are engaged.
     */
    public static long epochStart() {
        return VectorModule.engaged() ? Jvm.GUARD.start() : NOT_MEASURED;
    }

    /**
     * Call on the same thread after the epoch's batch loop with {@link #epochStart}'s value, the steps the loop took
     * and whether it was the trial's first epoch; falls back if the epoch completes a streak of boxed steps (see the
     * class comment).
     *
     * @return whether this call made the JVM fall back
     */
    public static boolean epochEnd(long start, long steps, boolean firstEpoch) {
        return start != NOT_MEASURED && Jvm.GUARD.end(start, steps, firstEpoch);
    }

    /** {@link #epochStart} of this guard. */
    long start() {
        return meter != null && engaged.getAsBoolean() ? meter.allocatedBytes() : NOT_MEASURED;
    }

    /** {@link #epochEnd} of this guard. */
    boolean end(long start, long steps, boolean firstEpoch) {
        if (start == NOT_MEASURED || steps <= 0 || !engaged.getAsBoolean()) {
            return false;
        }
        long allocated = meter.allocatedBytes() - start;
        long before = vectorSteps.getAndAdd(steps);
        if (firstEpoch || before < WARM_UP_STEPS) {
            return false;
        }
        if (allocated <= ALLOWANCE_PER_STEP * steps) {
            streak.set(0);
            return false;
        }
        if (streak.addAndGet(steps) < PATIENCE_STEPS) {
            return false;
        }
        fallBack.run();
        return true;
    }

    /** The calling thread's allocation counter, or null if this JVM has none (then there is no guard). */
    private static AllocationMeter threadMeter() {
        if (!VectorModule.available()) {
            return null;
        }
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
                threads.getCurrentThreadAllocatedBytes();
                return threads::getCurrentThreadAllocatedBytes;
            }
        } catch (RuntimeException | LinkageError e) {
            // no jdk.management, or the counter is off: no guard
        }
        return null;
    }
}
