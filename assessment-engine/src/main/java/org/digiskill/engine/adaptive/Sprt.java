package org.digiskill.engine.adaptive;

import java.util.Optional;

/**
 * Wald's sequential probability ratio test for a pass/fail decision around a cut (Reckase 1983;
 * Eggen 1999): H0 {@code theta = cut - delta} (non-master) against H1 {@code theta = cut + delta}
 * (master), with error rates alpha (false pass) and beta (false fail).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cut the cut on the theta scale
 * @param delta the half-width of the indifference region, positive
 * @param alpha the nominal probability of passing a non-master, in (0, 1)
 * @param beta the nominal probability of failing a master, in (0, 1)
 */
public record Sprt(double cut, double delta, double alpha, double beta) {
  /** Checks the ranges. */
  public Sprt {
    if (!Double.isFinite(cut)) {
      throw new IllegalArgumentException("expected a finite cut but was [" + cut + "]");
    }
    if (!(delta > 0) || !Double.isFinite(delta)) {
      throw new IllegalArgumentException("expected delta > 0 but was [" + delta + "]");
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("expected alpha in (0, 1) but was [" + alpha + "]");
    }
    if (!(beta > 0 && beta < 1)) {
      throw new IllegalArgumentException("expected beta in (0, 1) but was [" + beta + "]");
    }
  }

  /** Returns a test with the given cut and indifference half-width. */
  public static Sprt of(double cut, double delta, double alpha, double beta) {
    return new Sprt(cut, delta, alpha, beta);
  }

  /** Returns the ability under H0, {@code cut - delta}. */
  public double theta0() {
    return cut - delta;
  }

  /** Returns the ability under H1, {@code cut + delta}. */
  public double theta1() {
    return cut + delta;
  }

  /** Returns the upper bound {@code A = ln((1 - beta) / alpha)}; a ratio at or above it passes. */
  public double upperBound() {
    return Math.log((1 - beta) / alpha);
  }

  /** Returns the lower bound {@code B = ln(beta / (1 - alpha))}; a ratio at or below it fails. */
  public double lowerBound() {
    return Math.log(beta / (1 - alpha));
  }

  /**
   * Returns the decision for a log-likelihood ratio: pass at or above A, fail at or below B, or
   * empty to continue testing.
   */
  public Optional<Classification> decide(double logLikelihoodRatio) {
    if (logLikelihoodRatio >= upperBound()) {
      return Optional.of(Classification.PASS);
    }
    if (logLikelihoodRatio <= lowerBound()) {
      return Optional.of(Classification.FAIL);
    }
    return Optional.empty();
  }

  /**
   * Returns the Rasch closed form of the log-likelihood ratio, {@code 2 delta r - sum_i ln[(1 +
   * exp(theta1 - b_i)) / (1 + exp(theta0 - b_i))]}, for raw score {@code r} on items of
   * difficulties {@code b}. Lets a pass/fail table by (items given, raw score) be precomputed.
   */
  public double raschLogLikelihoodRatio(int rawScore, double... difficulties) {
    double sum = 2 * delta * rawScore;
    for (double b : difficulties) {
      sum -= log1pExp(theta1() - b) - log1pExp(theta0() - b);
    }
    return sum;
  }

  private static double log1pExp(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
}
