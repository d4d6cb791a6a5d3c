/**
 * Pure, immutable activation functions with exact derivatives and a documented convention at each
 * kink: the rectifier family (ReLU, Leaky ReLU, PReLU, RReLU, ReLU6, ELU, SELU, CELU), smooth
 * relatives (GELU, SiLU/Swish, Mish, Softplus, Hardswish) and the classical Sigmoid, Tanh and
 * Identity. Formulas, defaults and conventions follow PyTorch and Keras as collected in
 * {@code docs/specs/activations-and-remedies.md} §1.
 */
package io.relulab.activation;
