/**
 * ONNX models in ReLU Lab: reading and checking a model file ({@link io.relulab.onnx.OnnxModelFile}),
 * finding its activations — single ops and the exported patterns of GELU and SiLU
 * ({@link io.relulab.onnx.ActivationFinder}) —, exposing their pre-activations and outputs as extra graph outputs
 * on an in-memory copy ({@link io.relulab.onnx.ModelEditor}), streaming CSV or {@code .npy} data through ONNX
 * Runtime in batches ({@link io.relulab.onnx.ModelInspector}), and writing a trained ReLU Lab network as ONNX
 * ({@link io.relulab.onnx.OnnxExporter}).
 *
 * <p>The per-unit measures (inactive, dead, τ-dormant, saturated, activation probability) are those of
 * {@link io.relulab.diagnostics.UnitStatistics}, the accumulator the training monitor uses; this package only
 * decides which values belong to which unit ({@link io.relulab.onnx.UnitAxisRule}) and gives each activation's
 * derivative ({@link io.relulab.onnx.OnnxActivation}).
 *
 * <p>The protobuf classes ({@code onnx.Onnx}) are generated at build time from {@code src/main/proto/onnx.proto},
 * included unchanged from the ONNX project (Apache-2.0; see the module's NOTICE).
 */
package io.relulab.onnx;
