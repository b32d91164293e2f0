package lab.subspace.magics.coco;

/**
 * One online learner: plays x_t, then sees f_t and g_t and moves. Both record the sets g_t reveals
 * (exact or cut at x_t) so the best feasible point can be computed afterwards.
 */
abstract class Learner {

    final NestedRegion region;
    double[] x;
    long sweeps;
    int unconverged;

    Learner(CocoProblem problem, CocoOptions options) {
        this.region = new NestedRegion(problem.domain(), options.tolerance(), options.maxSweeps());
        this.x = problem.start();
    }

    static Learner of(Method method, CocoProblem problem, CocoOptions options) {
        return method == Method.PROJECTION ? new Projection(problem, options) : new Penalty(problem, options);
    }

    /** Updates x after round t; {@code violation} = g_t(x_t)^+ was already measured. */
    abstract void update(int t, Loss f, Constraint g, double violation);

    /** x_{t+1} = Proj_{S_t}(x_t - eta_t grad f_t(x_t)). */
    static final class Projection extends Learner {
        private final StepSize step;

        Projection(CocoProblem problem, CocoOptions options) {
            super(problem, options);
            this.step = options.step();
        }

        @Override
        void update(int t, Loss f, Constraint g, double violation) {
            double[] grad = f.gradient(x);
            region.add(g.set(x), t);
            double eta = step.at(t);
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = x[i] - eta * grad[i];
            }
            Dykstra.Projection p = region.project(y);
            sweeps += p.sweeps();
            if (!p.converged()) {
                unconverged++;
            }
            x = p.point();
        }
    }

    /** x_{t+1} = Proj_X(x_t - eta_t (grad f_t + lambda Q_t grad g_t^+)), Q_{t+1} = Q_t + g_t(x_t)^+. */
    static final class Penalty extends Learner {
        private final StepSize step;
        private final double lambda;
        private final Ball domain;
        private double queue;

        Penalty(CocoProblem problem, CocoOptions options) {
            super(problem, options);
            this.step = options.baselineStep();
            this.lambda = options.penaltyWeight();
            this.domain = problem.domain();
        }

        @Override
        void update(int t, Loss f, Constraint g, double violation) {
            double[] grad = f.gradient(x);
            region.add(g.set(x), t);
            if (violation > 0) {
                double[] gg = g.gradient(x);
                for (int i = 0; i < grad.length; i++) {
                    grad[i] += lambda * queue * gg[i];
                }
            }
            queue += violation;
            double eta = step.at(t);
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = x[i] - eta * grad[i];
            }
            domain.project(y, y);
            x = y;
        }
    }
}
