/**
 * Constrained online convex optimisation (COCO) via self-contraction: projection onto the running
 * intersection of revealed constraints (Dykstra), step-size schedules for strongly convex and convex
 * losses, regret against the best feasible point, cumulative constraint violation (CCV), path
 * length, and a drift-plus-penalty baseline. Paper: "Improved Guarantees for Constrained Online
 * Convex Optimization via Self-Contraction". Entry points: {@link lab.subspace.magics.coco.Coco},
 * {@link lab.subspace.magics.coco.Scenario}, {@code %coco}.
 */
package lab.subspace.magics.coco;
