package io.relulab.math;

/**
 * Whether this JVM can run the vector kernels: {@code jdk.incubator.vector} is in the boot layer (the JVM was
 * started with {@code --add-modules jdk.incubator.vector}) and the system property {@code relulab.vector} is not
 * {@code false}. Decided once; the kernels' facades ({@link MatrixKernels}, {@link ExponentialKernels},
 * {@link OptimizerKernels}) load their vector classes only when this is true.
 */
final class VectorModule {

    static final boolean AVAILABLE = Boolean.parseBoolean(System.getProperty("relulab.vector", "true"))
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorModule() {
    }
}
