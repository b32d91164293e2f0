/**
 * Small dense neural networks: {@link lab.subspace.numerics.nn.Mlp} (forward with cached activations,
 * backward with optional gradients injected at hidden activations, frozen layers, LoRA adapters),
 * {@link lab.subspace.numerics.nn.Losses}, {@link lab.subspace.numerics.nn.Optimizers} (SGD with momentum,
 * Adam, AdamW) with {@link lab.subspace.numerics.nn.GradientTransform} hooks, and a
 * {@link lab.subspace.numerics.nn.Trainer} for full-batch, mini-batch and online training.
 */
package lab.subspace.numerics.nn;
