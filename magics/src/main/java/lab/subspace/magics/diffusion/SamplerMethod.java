package lab.subspace.magics.diffusion;

/**
 * How the reverse process steps from time t to t' &lt; t, both through the denoiser
 * x0 = E[x_0 | x_t = x] (exact when the denoiser is constant over the step).
 */
public enum SamplerMethod {

    /**
     * Ancestral sampling of the reverse SDE: x_{t'} ~ q(x_{t'} | x_t, x_0 = x0), the Gaussian
     * posterior of the forward process (DDPM in the exponential-integrator form).
     */
    DDPM,

    /**
     * The probability-flow ODE with the exponential integrator (deterministic DDIM):
     * x_{t'} = a_{t'} x0 + (s_{t'} / s_t) (x - a_t x0).
     */
    DDIM,

    /**
     * DPM-Solver++(2M): the second-order multistep solver of the probability-flow ODE in x0
     * form (Lu et al. 2022, "DPM-Solver++: Fast solver for guided sampling of diffusion
     * probabilistic models", arXiv:2211.01095); same cost per step as DDIM.
     */
    DPM_SOLVER_2M
}
