package io.relulab.math;

/**
 * The one place that says whether this JVM runs the vector kernels ({@link MatrixKernels}, {@link ExponentialKernels},
 * {@link RectifierKernels}, {@link OptimizerKernels}, {@link FloatBlockKernels}): they are <em>available</em> when {@code jdk.incubator.vector}
 * is in the boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}) and the system property
 * {@code relulab.vector} is not {@code false}; they are <em>engaged</em> when available and chosen. Both forms of
 * every kernel give the same bits, so the choice changes speed only, and it may change at any moment, even between
 * two steps of a trial: every kernel call reads {@link #engaged()} (one volatile read) and runs the form it names.
 *
 * <p>Who chooses, by {@code relulab.vector}:
 * <ul>
 *   <li>{@code true} (the default): engaged from the start; {@link #planWork} changes nothing, so a library user who
 *       adds the module keeps the vector kernels unless it calls {@link #engage}.</li>
 *   <li>{@code auto} (what the {@code relulab} launcher passes): engaged from the start too (so a command that states
 *       no planned work, such as {@code inspect}, streaming hundreds of millions of values, keeps them), and a run that
 *       states its planned work once at its start ({@link #planWork}) engages them only if that work repays their
 *       warm-up (see {@link #WARM_UP_STEPS}).</li>
 *   <li>{@code false}: never available; every call runs the plain loops (as without the module).</li>
 * </ul>
 * Whatever the mode, {@link VectorGuard} may {@linkplain #fallBack fall back} to the plain loops for the rest of the
 * JVM when the vector code still allocates long after it should have been compiled (boxed vectors: far slower, same
 * bits); after that nothing engages them again.
 */
public final class VectorModule {

    /**
     * The planned training steps (trials × epochs × batches) from which {@code auto} engages the vector kernels.
     *
     * <p>Why a threshold: on JDK 17 a Vector API method runs boxed (every vector an object on the heap, several times
     * slower than the plain loop) in the interpreter and in C1, until C2 has compiled it with its intrinsics, and C2's
     * compilations of the vector methods cost more than those of the plain loops; in a short run the compiler threads
     * compete with the trials for the cores. A JVM pays that warm-up once, roughly a constant, and gains the difference
     * of the compiled steps on every step after it, so the vector kernels win from some number of steps on. Where: run
     * the notebook study with growing seed counts ({@code --seeds 1, 2, 4, …}: 10 000 steps per seed) with the vector
     * kernels forced on and off, interleaved, and compare the processes' CPU time ({@code tools/vector-break-even.sh}).
     * On the two-core machine this project is measured on, the short study (one seed) costs clearly more with them,
     * the two cross a little below this value, and the default study (20 seeds' worth) is clearly faster with them.
     * The threshold sits above the crossing, because a run just above it gains little while one that engages too
     * early loses more, and the {@code sweep} default grid (below it) keeps the plain loops.
     */
    public static final long WARM_UP_STEPS = 100_000;

    private static final String MODE = System.getProperty("relulab.vector", "true").trim().toLowerCase(java.util.Locale.ROOT);
    private static final boolean AVAILABLE = !"false".equals(MODE)
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final boolean AUTOMATIC = "auto".equals(MODE);

    private static volatile boolean engaged = AVAILABLE;
    private static volatile boolean fellBack;

    private VectorModule() {
    }

    /**
     * Whether a kernel family's vector form can run in this JVM: the kernels are {@linkplain #available() available}
     * and {@code worthwhile} — which touches the family's vector class, so it is called only then — says the form
     * pays on this processor; false when that class cannot be linked. Each facade decides this once, in a constant.
     */
    static boolean supports(java.util.function.BooleanSupplier worthwhile) {
        if (!AVAILABLE) {
            return false;
        }
        try {
            return worthwhile.getAsBoolean();
        } catch (LinkageError e) {
            return false;
        }
    }

    /** Whether the vector kernels can run in this JVM: the module is present and {@code relulab.vector} is not false. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** Whether the kernels run their vector forms now (false whenever they are not {@linkplain #available() available}). */
    public static boolean engaged() {
        return engaged;
    }

    /**
     * Engages ({@code true}) or disengages the vector kernels from the next kernel call on, in every thread; the same
     * bits either way. Without the module, or after a {@linkplain #fallBack fall-back}, it changes nothing.
     *
     * @return whether they are engaged now
     */
    public static synchronized boolean engage(boolean vector) {
        if (AVAILABLE && !fellBack) {
            engaged = vector;
        }
        return engaged;
    }

    /**
     * States the training steps a run plans (trials × epochs × batches per epoch), once at its start: in the
     * {@code auto} mode the vector kernels are then engaged if {@code steps} ≥ {@link #WARM_UP_STEPS}, else the plain
     * loops run; in the other modes nothing changes.
     *
     * @return whether the vector kernels are engaged now
     */
    public static boolean planWork(long steps) {
        return AUTOMATIC ? engage(repaysWarmUp(steps)) : engaged;
    }

    /** Whether a run of {@code steps} planned training steps repays the vector kernels' warm-up. */
    public static boolean repaysWarmUp(long steps) {
        return steps >= WARM_UP_STEPS;
    }

    /** Disengages the vector kernels for the rest of the JVM (nothing engages them again); see {@link VectorGuard}. */
    public static synchronized void fallBack() {
        if (AVAILABLE) {
            fellBack = true;
            engaged = false;
        }
    }

    /** Whether {@link #fallBack} has disengaged the vector kernels for good. */
    public static boolean fellBack() {
        return fellBack;
    }
}
