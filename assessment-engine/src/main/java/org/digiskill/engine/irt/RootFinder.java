package org.digiskill.engine.irt;

import org.digiskill.engine.irt.AbilityEstimate.Status;

/**
 * Solves a decreasing estimating equation {@code psi(theta) = 0} on {@code [lower, upper]}:
 * Newton–Raphson, with each step replaced by halving the bracket known to hold the root whenever
 * the Newton step would leave it, the slope is not negative, or the step would not shrink fast
 * enough (Numerical Recipes' {@code rtsafe}). If psi keeps its sign over the whole range, the bound
 * it points to is returned with {@link Status#AT_BOUND}. Bisection keeps {@code psi(lo) > 0 >
 * psi(hi)}, so the root found is a local maximum of the objective even when it is multimodal
 * (3PL).
 */
final class RootFinder {

  static final double TOLERANCE = 1e-10;
  static final int MAX_ITERATIONS = 200;

  private RootFinder() {}

  /** A decreasing function of theta and its slope. */
  interface Equation {
    double value(double theta);

    double slope(double theta);
  }

  /** Where the search ended. */
  record Root(double theta, Status status, int iterations) {}

  static Root solve(Equation equation, double lower, double upper, double start) {
    double lo = lower;
    double hi = upper;
    double fLo = equation.value(lo);
    if (fLo <= 0) {
      return new Root(lo, fLo == 0 ? Status.CONVERGED : Status.AT_BOUND, 0);
    }
    double fHi = equation.value(hi);
    if (fHi >= 0) {
      return new Root(hi, fHi == 0 ? Status.CONVERGED : Status.AT_BOUND, 0);
    }
    double x = start > lo && start < hi ? start : 0.5 * (lo + hi);
    double dxOld = hi - lo;
    double dx = dxOld;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      double f = equation.value(x);
      if (f == 0) {
        return new Root(x, Status.CONVERGED, iteration);
      }
      if (f > 0) {
        lo = x;
      } else {
        hi = x;
      }
      double slope = equation.slope(x);
      double newton = x - f / slope;
      boolean halve =
          !(slope < 0)
              || !(newton > lo && newton < hi)
              || Math.abs(2 * f) > Math.abs(dxOld * slope);
      dxOld = dx;
      double next = halve ? 0.5 * (lo + hi) : newton;
      dx = next - x;
      x = next;
      if (Math.abs(dx) < TOLERANCE || hi - lo < TOLERANCE) {
        return new Root(x, Status.CONVERGED, iteration);
      }
    }
    return new Root(x, Status.NOT_CONVERGED, MAX_ITERATIONS);
  }
}
