package io.relulab.experiment;

import java.io.Serializable;
import java.util.function.Function;

/**
 * What a {@link TrialExecutor} applies to each trial spec: a pure function of the spec. It is
 * {@link Serializable} so that a distributed executor can ship it to other machines; whatever it captures
 * must be serialisable too (specs, settings, data recipes — not loaded data or open files).
 *
 * @param <S> the trial spec
 * @param <R> the trial's result
 */
@FunctionalInterface
public interface TrialFunction<S, R> extends Function<S, R>, Serializable {
}
