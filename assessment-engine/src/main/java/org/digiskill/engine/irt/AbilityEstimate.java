package org.digiskill.engine.irt;

import java.util.Objects;

/**
 * An ability estimate with its standard error. Immutable and thread-safe; no component is null.
 *
 * @param theta the estimate, on the logistic metric of the item parameters
 * @param se its standard error (posterior SD for EAP); {@code +Infinity} when there is no
 *     information at theta
 * @param method the estimator that produced it
 * @param status whether it converged, stopped at a bound of the search range, or ran out of
 *     iterations
 * @param iterations Newton iterations used; 0 for EAP and for patterns settled without iterating
 */
public record AbilityEstimate(
    double theta, double se, Method method, Status status, int iterations) {

  /** Null-checks the method and status. */
  public AbilityEstimate {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
  }

  /** Returns true unless the estimate is at a bound or the iteration limit was hit. */
  public boolean converged() {
    return status == Status.CONVERGED;
  }

  /**
   * Returns true if theta is a bound of the search range rather than a root inside it, as for
   * maximum likelihood on all-correct or all-wrong patterns.
   */
  public boolean atBound() {
    return status == Status.AT_BOUND;
  }

  /** The estimators. */
  public enum Method {
    /** Expected a posteriori (posterior mean). */
    EAP,
    /** Maximum likelihood. */
    MLE,
    /** Warm's weighted likelihood. */
    WLE,
    /** Maximum a posteriori (Bayes modal). */
    MAP
  }

  /** How an estimation ended. */
  public enum Status {
    /** A root of the estimating equation inside the range, or a quadrature result. */
    CONVERGED,
    /**
     * The estimating equation keeps its sign over the whole range, so theta is the bound it points
     * to (the MLE of an all-correct or all-wrong pattern, or a root beyond the range).
     */
    AT_BOUND,
    /** The iteration limit was reached; theta is the last iterate. */
    NOT_CONVERGED
  }
}
