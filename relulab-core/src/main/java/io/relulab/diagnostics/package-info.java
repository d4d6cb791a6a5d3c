/**
 * Dead, dormant and saturated neuron analysis, its training listener, and ReDo neuron recycling.
 *
 * <p>Definitions (docs/ARCHITECTURE.md §5), per hidden layer, measured on a {@link io.relulab.diagnostics.ProbeSet}
 * (default {@link io.relulab.diagnostics.ProbeSet#notebook()}: the first rows, as in the reference notebook):
 * <ol>
 *   <li><b>inactive</b>: the unit's output is ≤ 0 on every probe row — the notebook's metric. For Leaky
 *       ReLU or ELU this does not mean the unit gets no gradient.</li>
 *   <li><b>dead</b>: the activation's derivative is 0 on every probe row, so no gradient reaches the
 *       unit's incoming weights. Only units whose activation has a flat region of slope exactly 0
 *       ({@link io.relulab.activation.Activation#canDie()}) can be dead.</li>
 *   <li><b>τ-dormant</b> (Sokar, Agarwal, Castro, Evci, "The Dormant Neuron Phenomenon in Deep
 *       Reinforcement Learning", ICML 2023): score s_i = mean|h_i| / (layer mean of mean|h_k| + ε₀) ≤ τ,
 *       ε₀ = {@link io.relulab.diagnostics.UnitStatistics#SCORE_EPSILON}, τ = {@link io.relulab.diagnostics.DeadNeuronAnalyzer#DEFAULT_TAU}
 *       by default.</li>
 *   <li><b>saturated</b>: the largest |f′(z)| over the probe rows is below ε ({@link io.relulab.diagnostics.DeadNeuronAnalyzer#DEFAULT_SATURATION_EPSILON} by default), so the unit
 *       passes at most ε of the gradient a linear unit would. Every dead unit is saturated; for ELU, GELU,
 *       SiLU, Softplus, sigmoid or tanh it finds the units pushed so far into a flat region that the
 *       zero-derivative rule (and, for ELU's |h| ≈ α, the ReDo score) cannot see them.</li>
 * </ol>
 * Also reported: units newly dead or revived since the previous check, and the activation probability
 * Pr[pre-activation &gt; 0] per unit and per layer (Douglas and Yu 2018).
 *
 * <p>{@link io.relulab.diagnostics.UnitStatistics} accumulates the per-unit statistics behind every measure
 * (for this engine's layers and for any other source of pre-activations, e.g. an imported model);
 * {@link io.relulab.diagnostics.DeadNeuronAnalyzer} computes an immutable
 * {@link io.relulab.diagnostics.DeadNeuronReport} for a network at any time;
 * {@link io.relulab.diagnostics.DeadNeuronMonitor} does so during training;
 * {@link io.relulab.diagnostics.Redo} recycles dormant units.
 */
package io.relulab.diagnostics;
