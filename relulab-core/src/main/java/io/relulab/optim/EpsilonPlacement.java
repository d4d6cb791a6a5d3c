package io.relulab.optim;

/**
 * Where Adam adds ε ({@code docs/specs/activations-and-remedies.md} §2.2). With β₂ᵗ the bias-correction term,
 * a Keras ε_K equals a PyTorch ε_P = ε_K/√(1 − β₂ᵗ): 31.6·ε_K at t = 1, tending to ε_K.
 */
public enum EpsilonPlacement {
    /**
     * Keras / TensorFlow (and the Adam paper's ε̂): α_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ); θ −= α_t·m/(√v + ε), ε added
     * to the uncorrected √v.
     */
    KERAS,
    /** PyTorch: θ −= η/(1 − β₁ᵗ) · m/(√v/√(1 − β₂ᵗ) + ε), ε added to the bias-corrected √v̂. */
    PYTORCH
}
