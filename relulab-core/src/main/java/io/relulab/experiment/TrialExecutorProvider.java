package io.relulab.experiment;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * Makes {@link TrialExecutor}s of one engine, found with {@link ServiceLoader} so that an engine with heavy
 * dependencies (Apache Spark) lives in its own module and is present only when its jar is on the class path.
 * {@code local} is built in ({@link LocalTrialExecutor}) and needs no provider.
 */
public interface TrialExecutorProvider {

    /** The engine's name as the command line spells it, e.g. {@code spark}. */
    String engine();

    /**
     * A new executor.
     *
     * @param settings engine settings by name (for Spark: {@code master}, {@code partitions}); unknown names are
     *     rejected with an {@link IllegalArgumentException} naming them
     */
    TrialExecutor create(Map<String, String> settings);

    /** The provider of {@code engine} on the class path, if any. */
    static java.util.Optional<TrialExecutorProvider> find(String engine) {
        for (TrialExecutorProvider provider : ServiceLoader.load(TrialExecutorProvider.class)) {
            if (provider.engine().equals(engine)) {
                return java.util.Optional.of(provider);
            }
        }
        return java.util.Optional.empty();
    }
}
