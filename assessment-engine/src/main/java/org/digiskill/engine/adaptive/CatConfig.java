package org.digiskill.engine.adaptive;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.digiskill.engine.irt.AbilityEstimator;
import org.digiskill.engine.irt.EapEstimator;

/**
 * How an adaptive test runs: estimator, start, item selection, exposure control, content balance
 * and stopping rules. Start from {@link #standard()} and change what differs with the {@code with}
 * methods, each of which returns a new configuration.
 *
 * <p>Selection is by maximum Fisher information at the current estimate, or at the cut when an SPRT
 * is set (the classification design of Eggen 1999). Stopping rules, checked after each response in
 * this order: SPRT bound reached (once {@code minItems} are given), SE at or below {@code seTarget}
 * (once {@code minItems} are given), {@code maxItems} given, no item left.
 *
 * <p>Immutable and thread-safe. {@code seTarget} and {@code sprt} may be null (rule off); the maps
 * are never null.
 *
 * @param estimator the ability estimator used after each response
 * @param startTheta the ability at which the first item is chosen
 * @param randomesque choose uniformly among this many most informative items (1 = pure MFI)
 * @param sympsonHetter Sympson–Hetter administration probabilities k_i in (0, 1] by item id; items
 *     not listed are always administered when selected
 * @param contentTargets target share by content area code (positive; normalised to sum 1); empty
 *     for no content balancing
 * @param minItems the fewest items before the SE or SPRT rule may stop the test
 * @param maxItems the most items, at least {@code max(1, minItems)}
 * @param seTarget stop once the standard error is at or below this, or null for no SE rule
 * @param sprt the pass/fail SPRT, or null for none
 */
public record CatConfig(
    AbilityEstimator estimator,
    double startTheta,
    int randomesque,
    Map<String, Double> sympsonHetter,
    Map<String, Double> contentTargets,
    int minItems,
    int maxItems,
    Double seTarget,
    Sprt sprt) {

  /** Null-checks, copies and normalises the maps, and checks the ranges. */
  public CatConfig {
    Objects.requireNonNull(estimator, "estimator");
    if (!Double.isFinite(startTheta)) {
      throw new IllegalArgumentException("expected a finite startTheta but was [" + startTheta + "]");
    }
    if (randomesque < 1) {
      throw new IllegalArgumentException("expected randomesque >= 1 but was [" + randomesque + "]");
    }
    sympsonHetter = sympsonHetter == null ? Map.of() : Map.copyOf(new TreeMap<>(sympsonHetter));
    for (Map.Entry<String, Double> e : sympsonHetter.entrySet()) {
      double k = e.getValue();
      if (!(k > 0 && k <= 1)) {
        throw new IllegalArgumentException(
            "expected a Sympson-Hetter parameter in (0, 1] but was [" + k + "] at $.sympsonHetter." + e.getKey());
      }
    }
    contentTargets = normalised(contentTargets);
    if (minItems < 0) {
      throw new IllegalArgumentException("expected minItems >= 0 but was [" + minItems + "]");
    }
    if (maxItems < Math.max(1, minItems)) {
      throw new IllegalArgumentException(
          "expected maxItems >= max(1, minItems) = [" + Math.max(1, minItems) + "] but was [" + maxItems + "]");
    }
    if (seTarget != null && !(seTarget > 0)) {
      throw new IllegalArgumentException("expected seTarget > 0 but was [" + seTarget + "]");
    }
  }

  /**
   * Returns the standard configuration: EAP with an N(0, 1) prior, start at theta 0, pure MFI, no
   * exposure control or content balancing, 1 to 30 items, stop at SE 0.3 (mirtCAT's default), no
   * SPRT.
   */
  public static CatConfig standard() {
    return new CatConfig(EapEstimator.standard(), 0.0, 1, Map.of(), Map.of(), 1, 30, 0.3, null);
  }

  /** Returns a copy with another estimator. */
  public CatConfig withEstimator(AbilityEstimator estimator) {
    return new CatConfig(estimator, startTheta, randomesque, sympsonHetter, contentTargets, minItems, maxItems, seTarget, sprt);
  }

  /** Returns a copy that chooses the first item at {@code theta}. */
  public CatConfig withStartTheta(double theta) {
    return new CatConfig(estimator, theta, randomesque, sympsonHetter, contentTargets, minItems, maxItems, seTarget, sprt);
  }

  /** Returns a copy that picks at random among the {@code k} most informative items. */
  public CatConfig withRandomesque(int k) {
    return new CatConfig(estimator, startTheta, k, sympsonHetter, contentTargets, minItems, maxItems, seTarget, sprt);
  }

  /** Returns a copy with Sympson–Hetter parameters by item id. */
  public CatConfig withSympsonHetter(Map<String, Double> parameters) {
    return new CatConfig(estimator, startTheta, randomesque, parameters, contentTargets, minItems, maxItems, seTarget, sprt);
  }

  /** Returns a copy with content targets by area code. */
  public CatConfig withContentTargets(Map<String, Double> targets) {
    return new CatConfig(estimator, startTheta, randomesque, sympsonHetter, targets, minItems, maxItems, seTarget, sprt);
  }

  /** Returns a copy with a test length between {@code min} and {@code max} items. */
  public CatConfig withLength(int min, int max) {
    return new CatConfig(estimator, startTheta, randomesque, sympsonHetter, contentTargets, min, max, seTarget, sprt);
  }

  /** Returns a copy that stops at this standard error, or never by SE when null. */
  public CatConfig withSeTarget(Double se) {
    return new CatConfig(estimator, startTheta, randomesque, sympsonHetter, contentTargets, minItems, maxItems, se, sprt);
  }

  /** Returns a copy with this SPRT, or without one when null. */
  public CatConfig withSprt(Sprt test) {
    return new CatConfig(estimator, startTheta, randomesque, sympsonHetter, contentTargets, minItems, maxItems, seTarget, test);
  }

  private static Map<String, Double> normalised(Map<String, Double> targets) {
    if (targets == null || targets.isEmpty()) {
      return Map.of();
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : targets.entrySet()) {
      Double share = e.getValue();
      if (share == null || !(share > 0) || !Double.isFinite(share)) {
        throw new IllegalArgumentException(
            "expected a positive target share but was [" + share + "] at $.contentTargets." + e.getKey());
      }
      sum += share;
    }
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, Double> e : targets.entrySet()) {
      out.put(e.getKey(), e.getValue() / sum);
    }
    return Map.copyOf(out);
  }
}
