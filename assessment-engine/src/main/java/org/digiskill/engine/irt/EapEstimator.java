package org.digiskill.engine.irt;

import java.util.List;
import org.digiskill.engine.irt.AbilityEstimate.Method;
import org.digiskill.engine.irt.AbilityEstimate.Status;

/**
 * Expected a posteriori ability estimation (Bock and Mislevy 1982): the posterior mean, with the
 * posterior standard deviation as standard error, by rectangular quadrature on equally spaced
 * points with weights proportional to a normal prior {@code N(mu, sigma²)}. Defaults: 61 points on
 * [-6, 6] (mirt) and N(0, 1). The estimate always lies inside the quadrature range; with no
 * responses it is the (discretised) prior mean.
 *
 * <p>Immutable, thread-safe and deterministic; each call allocates one array of the number of
 * points.
 */
public final class EapEstimator implements AbilityEstimator {

  private static final EapEstimator STANDARD = new EapEstimator(0, 1, -6, 6, 61);

  private final double mu;
  private final double sigma;
  private final double lower;
  private final double upper;
  private final int points;
  // Never exposed or written after construction.
  private final double[] nodes;
  private final double[] logPrior;

  private EapEstimator(double mu, double sigma, double lower, double upper, int points) {
    Logistic.requireFinite("mu", mu);
    Logistic.requirePositiveFinite("sigma", sigma);
    Likelihood.requireRange(lower, upper);
    if (points < 2) {
      throw new IllegalArgumentException(
          "expected at least 2 quadrature points but was [" + points + "]");
    }
    this.mu = mu;
    this.sigma = sigma;
    this.lower = lower;
    this.upper = upper;
    this.points = points;
    this.nodes = new double[points];
    this.logPrior = new double[points];
    for (int q = 0; q < points; q++) {
      // The last node is set exactly so that rounding cannot put it outside the range.
      nodes[q] = q == points - 1 ? upper : lower + q * (upper - lower) / (points - 1);
      double z = (nodes[q] - mu) / sigma;
      logPrior[q] = -0.5 * z * z;
    }
  }

  /** Returns the estimator with 61 points on [-6, 6] and prior N(0, 1). */
  public static EapEstimator standard() {
    return STANDARD;
  }

  /** Returns a copy with prior {@code N(mu, sigma²)}. */
  public EapEstimator withPrior(double mu, double sigma) {
    return new EapEstimator(mu, sigma, lower, upper, points);
  }

  /** Returns a copy with {@code points} equally spaced nodes on {@code [lower, upper]}. */
  public EapEstimator withQuadrature(double lower, double upper, int points) {
    return new EapEstimator(mu, sigma, lower, upper, points);
  }

  /** Returns the prior mean. */
  public double mu() {
    return mu;
  }

  /** Returns the prior standard deviation. */
  public double sigma() {
    return sigma;
  }

  /** Returns the first quadrature node. */
  public double lower() {
    return lower;
  }

  /** Returns the last quadrature node. */
  public double upper() {
    return upper;
  }

  /** Returns the number of quadrature nodes. */
  public int points() {
    return points;
  }

  @Override
  public AbilityEstimate estimate(List<ItemResponse> responses) {
    List<ItemResponse> items = Likelihood.copy(responses);
    double[] logPosterior = new double[points];
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < points; q++) {
      logPosterior[q] = logPrior[q] + Likelihood.logLikelihood(items, nodes[q]);
      max = Math.max(max, logPosterior[q]);
    }
    double total = 0;
    double first = 0;
    for (int q = 0; q < points; q++) {
      double w = Math.exp(logPosterior[q] - max);
      logPosterior[q] = w;
      total += w;
      first += w * nodes[q];
    }
    double mean = Math.min(Math.max(first / total, lower), upper);
    double second = 0;
    for (int q = 0; q < points; q++) {
      double d = nodes[q] - mean;
      second += logPosterior[q] * d * d;
    }
    return new AbilityEstimate(mean, Math.sqrt(second / total), Method.EAP, Status.CONVERGED, 0);
  }

  @Override
  public String toString() {
    return "EapEstimator[prior=N(" + mu + ", " + sigma + "²), points=" + points + " on [" + lower
        + ", " + upper + "]]";
  }
}
