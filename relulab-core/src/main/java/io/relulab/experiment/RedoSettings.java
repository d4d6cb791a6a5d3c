package io.relulab.experiment;

/**
 * ReDo neuron recycling as used by a study (Sokar et al. 2023): every {@code period} optimiser steps, hidden
 * units whose score is ≤ {@code tau} get fresh incoming weights, zero bias and zero outgoing weights, and their
 * optimiser moments are reset.
 *
 * @param period steps between recycling checks, ≥ 1
 * @param tau dormancy threshold τ, ≥ 0
 */
public record RedoSettings(int period, double tau) {

    public RedoSettings {
        if (period < 1) {
            throw new IllegalArgumentException("ReDo period must be at least 1 step, got " + period);
        }
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("ReDo tau must be a finite number ≥ 0, got " + tau);
        }
    }
}
