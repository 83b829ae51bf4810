package org.digiskill.engine.irt;

import java.util.List;
import org.digiskill.engine.irt.AbilityEstimate.Method;

/**
 * Maximum-likelihood ability estimation: the root of {@code sum_i d ln P_i(x_i | theta) / d theta}
 * in a bounded range (default [-4, 4], as catR), found by Newton–Raphson safeguarded by halving
 * the bracket. The standard error is {@code 1 / sqrt(I(theta))} with I the test information.
 *
 * <p>Extreme patterns (every answer in the lowest, or every answer in the highest category) have
 * no finite MLE: the likelihood rises towards the bound. The estimate is then that bound, with
 * status {@link AbilityEstimate.Status#AT_BOUND}, zero iterations and the SE at the bound, as
 * catR's {@code thetaEst} clamps to its range. The same happens when the root lies outside the
 * range. Callers wanting a finite estimate for such patterns should use {@link WleEstimator},
 * {@link MapEstimator} or {@link EapEstimator}. For 3PL items the likelihood may have several
 * maxima; one local maximum is returned.
 *
 * <p>Immutable, thread-safe and deterministic.
 */
public final class MleEstimator implements AbilityEstimator {

  private static final MleEstimator STANDARD = new MleEstimator(-4, 4);

  private final double lower;
  private final double upper;

  private MleEstimator(double lower, double upper) {
    Likelihood.requireRange(lower, upper);
    this.lower = lower;
    this.upper = upper;
  }

  /** Returns the estimator with range [-4, 4]. */
  public static MleEstimator standard() {
    return STANDARD;
  }

  /** Returns a copy that searches {@code [lower, upper]}. */
  public MleEstimator withRange(double lower, double upper) {
    return new MleEstimator(lower, upper);
  }

  /** Returns the lower bound of the search range. */
  public double lower() {
    return lower;
  }

  /** Returns the upper bound of the search range. */
  public double upper() {
    return upper;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if there are no responses
   */
  @Override
  public AbilityEstimate estimate(List<ItemResponse> responses) {
    List<ItemResponse> items = Likelihood.copy(responses);
    Likelihood.requireNonEmpty(items);
    RootFinder.Root root =
        RootFinder.solve(
            new RootFinder.Equation() {
              @Override
              public double value(double theta) {
                return Likelihood.score(items, theta);
              }

              @Override
              public double slope(double theta) {
                return Likelihood.secondDerivative(items, theta);
              }
            },
            lower,
            upper,
            0.0);
    double se = Likelihood.seFromInformation(Likelihood.information(items, root.theta()));
    return new AbilityEstimate(root.theta(), se, Method.MLE, root.status(), root.iterations());
  }

  @Override
  public String toString() {
    return "MleEstimator[range=[" + lower + ", " + upper + "]]";
  }
}
