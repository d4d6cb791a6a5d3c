/**
 * Sweeps: a grid of trials over learning rate × depth × width × activation × initialiser × optimiser × ReDo ×
 * seed ({@link io.relulab.sweep.SweepSpec}), expanded in a fixed order into trials whose keys
 * ({@link io.relulab.sweep.TrialKey}) name every setting and from which each trial's generator derives, so that
 * a trial's bits do not depend on the engine, machine, thread or partition that ran it; and the dying map — the
 * aggregation of a sweep's trials into cells with dead, saturated and accuracy means, boundaries and
 * Holm-corrected comparisons ({@link io.relulab.sweep.DyingMap}).
 */
package io.relulab.sweep;
