package org.digiskill.engine.irt;

import java.util.List;
import org.digiskill.engine.irt.AbilityEstimate.Method;

/**
 * Warm's (1989) weighted likelihood estimation: the root of {@code lnL'(theta) + J(theta) / (2
 * I(theta))} in a bounded range (default [-4, 4]), with {@code J = sum_i sum_k P'_ik P''_ik /
 * P_ik} and I the test information. First-order unbiased, and finite for all-correct and
 * all-wrong patterns under Rasch, 2PL, PCM and GPCM; if the root lies outside the range the bound
 * is returned with status {@link AbilityEstimate.Status#AT_BOUND}. The standard error is {@code 1
 * / sqrt(I(theta))}.
 *
 * <p>Immutable, thread-safe and deterministic.
 */
public final class WleEstimator implements AbilityEstimator {

  private static final WleEstimator STANDARD = new WleEstimator(-4, 4);
  private static final double STEP = 1e-5;

  private final double lower;
  private final double upper;

  private WleEstimator(double lower, double upper) {
    Likelihood.requireRange(lower, upper);
    this.lower = lower;
    this.upper = upper;
  }

  /** Returns the estimator with range [-4, 4]. */
  public static WleEstimator standard() {
    return STANDARD;
  }

  /** Returns a copy that searches {@code [lower, upper]}. */
  public WleEstimator withRange(double lower, double upper) {
    return new WleEstimator(lower, upper);
  }

  /** Returns the lower bound of the search range. */
  public double lower() {
    return lower;
  }

  /** Returns the upper bound of the search range. */
  public double upper() {
    return upper;
  }

  private static double correction(List<ItemResponse> items, double theta) {
    double information = Likelihood.information(items, theta);
    return information > 0 ? Likelihood.warmJ(items, theta) / (2 * information) : 0.0;
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
                return Likelihood.score(items, theta) + correction(items, theta);
              }

              @Override
              public double slope(double theta) {
                // The correction's slope has no simple closed form for every model; a central
                // difference is accurate enough to steer Newton, and the bracket guards it.
                return Likelihood.secondDerivative(items, theta)
                    + (correction(items, theta + STEP) - correction(items, theta - STEP))
                        / (2 * STEP);
              }
            },
            lower,
            upper,
            0.0);
    double se = Likelihood.seFromInformation(Likelihood.information(items, root.theta()));
    return new AbilityEstimate(root.theta(), se, Method.WLE, root.status(), root.iterations());
  }

  @Override
  public String toString() {
    return "WleEstimator[range=[" + lower + ", " + upper + "]]";
  }
}
