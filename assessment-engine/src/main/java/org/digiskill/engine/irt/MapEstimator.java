package org.digiskill.engine.irt;

import java.util.List;
import org.digiskill.engine.irt.AbilityEstimate.Method;

/**
 * Bayes modal (maximum a posteriori) ability estimation with a normal prior {@code N(mu,
 * sigma²)}, default N(0, 1) (ltm's "EB" scores): the root of {@code lnL'(theta) - (theta - mu) /
 * sigma²} in a bounded range, default [-6, 6]. The standard error is {@code 1 / sqrt(-lnL''(theta)
 * + 1 / sigma²)}, the observed posterior information (equal to the expected information for Rasch,
 * 2PL, PCM and GPCM); where the observed information is not positive (possible for 3PL) the
 * expected information {@code I(theta) + 1 / sigma²} is used. With no responses the estimate is
 * mu with SE sigma.
 *
 * <p>Immutable, thread-safe and deterministic.
 */
public final class MapEstimator implements AbilityEstimator {

  private static final MapEstimator STANDARD = new MapEstimator(0, 1, -6, 6);

  private final double mu;
  private final double sigma;
  private final double lower;
  private final double upper;

  private MapEstimator(double mu, double sigma, double lower, double upper) {
    Logistic.requireFinite("mu", mu);
    Logistic.requirePositiveFinite("sigma", sigma);
    Likelihood.requireRange(lower, upper);
    this.mu = mu;
    this.sigma = sigma;
    this.lower = lower;
    this.upper = upper;
  }

  /** Returns the estimator with prior N(0, 1) and range [-6, 6]. */
  public static MapEstimator standard() {
    return STANDARD;
  }

  /** Returns a copy with prior {@code N(mu, sigma²)}. */
  public MapEstimator withPrior(double mu, double sigma) {
    return new MapEstimator(mu, sigma, lower, upper);
  }

  /** Returns a copy that searches {@code [lower, upper]}. */
  public MapEstimator withRange(double lower, double upper) {
    return new MapEstimator(mu, sigma, lower, upper);
  }

  /** Returns the prior mean. */
  public double mu() {
    return mu;
  }

  /** Returns the prior standard deviation. */
  public double sigma() {
    return sigma;
  }

  /** Returns the lower bound of the search range. */
  public double lower() {
    return lower;
  }

  /** Returns the upper bound of the search range. */
  public double upper() {
    return upper;
  }

  @Override
  public AbilityEstimate estimate(List<ItemResponse> responses) {
    List<ItemResponse> items = Likelihood.copy(responses);
    double precision = 1.0 / (sigma * sigma);
    RootFinder.Root root =
        RootFinder.solve(
            new RootFinder.Equation() {
              @Override
              public double value(double theta) {
                return Likelihood.score(items, theta) - (theta - mu) * precision;
              }

              @Override
              public double slope(double theta) {
                return Likelihood.secondDerivative(items, theta) - precision;
              }
            },
            lower,
            upper,
            Math.min(Math.max(mu, lower), upper));
    double theta = root.theta();
    double observed = -Likelihood.secondDerivative(items, theta) + precision;
    double information =
        observed > 0 ? observed : Likelihood.information(items, theta) + precision;
    return new AbilityEstimate(
        theta,
        Likelihood.seFromInformation(information),
        Method.MAP,
        root.status(),
        root.iterations());
  }

  @Override
  public String toString() {
    return "MapEstimator[prior=N(" + mu + ", " + sigma + "²), range=[" + lower + ", " + upper
        + "]]";
  }
}
