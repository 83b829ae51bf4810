package org.digiskill.engine.irt;

import java.util.List;

/**
 * Estimates a resident's ability from scored answers to IRT-calibrated items. Implementations are
 * immutable, thread-safe and deterministic: the same responses always give the same estimate.
 *
 * <p>Stock estimators: {@link EapEstimator}, {@link MleEstimator}, {@link WleEstimator} and
 * {@link MapEstimator}; each has a {@code standard()} factory and {@code with...} methods that
 * return reconfigured copies.
 */
public sealed interface AbilityEstimator
    permits EapEstimator, MleEstimator, WleEstimator, MapEstimator {

  /**
   * Returns the ability estimate for the responses.
   *
   * @param responses the scored answers, not null, without null elements
   * @throws IllegalArgumentException if the estimator needs at least one response and there is
   *     none
   */
  AbilityEstimate estimate(List<ItemResponse> responses);

  /**
   * Returns the estimator with its standard settings for a method name as documents write it:
   * {@code eap}, {@code mle}, {@code wle} or {@code map}.
   *
   * @throws IllegalArgumentException for any other name
   */
  static AbilityEstimator standard(String method) {
    return switch (method) {
      case "eap" -> EapEstimator.standard();
      case "mle" -> MleEstimator.standard();
      case "wle" -> WleEstimator.standard();
      case "map" -> MapEstimator.standard();
      default -> throw new IllegalArgumentException("expected an estimator in [eap, map, mle, wle] but was [" + method + "]");
    };
  }
}
