package org.digiskill.engine.irt;

/**
 * Samejima's graded response model. With {@code z_k = a (theta - b_k)} and cumulative
 * probabilities {@code P*_k = sigmoid(z_k)} ({@code P*_0 = 1}, {@code P*_{m+1} = 0}), the middle
 * categories are computed as {@code sigmoid(z_k) sigmoid(-z_{k+1}) (1 - exp(z_{k+1} - z_k))}, which
 * avoids the cancellation of {@code P*_k - P*_{k+1}}, and {@code d ln P_k / d theta = a (1 - P*_k -
 * P*_{k+1})} because the last factor does not depend on theta.
 */
final class GradedMath {

  private GradedMath() {}

  /** Returns {@code P*_k} for k in 0..m+1. */
  private static double cumulative(double a, double[] b, double theta, int k) {
    if (k == 0) {
      return 1.0;
    }
    if (k > b.length) {
      return 0.0;
    }
    return Logistic.sigmoid(a * (theta - b[k - 1]));
  }

  /** Returns {@code P*_k (1 - P*_k)}, zero at the fixed ends. */
  private static double cumulativeVariance(double a, double[] b, double theta, int k) {
    if (k == 0 || k > b.length) {
      return 0.0;
    }
    double z = a * (theta - b[k - 1]);
    return Logistic.sigmoid(z) * Logistic.sigmoid(-z);
  }

  static double logProbability(double a, double[] b, double theta, int k) {
    int m = b.length;
    if (k == 0) {
      return Logistic.logSigmoid(-a * (theta - b[0]));
    }
    double upper = Logistic.logSigmoid(a * (theta - b[k - 1]));
    if (k == m) {
      return upper;
    }
    return upper
        + Logistic.logSigmoid(-a * (theta - b[k]))
        + Math.log(-Math.expm1(a * (b[k - 1] - b[k])));
  }

  static double probability(double a, double[] b, double theta, int k) {
    return Math.exp(logProbability(a, b, theta, k));
  }

  static double logDerivative(double a, double[] b, double theta, int k) {
    return a * (1 - cumulative(a, b, theta, k) - cumulative(a, b, theta, k + 1));
  }

  static double logSecondDerivative(double a, double[] b, double theta, int k) {
    return -a * a * (cumulativeVariance(a, b, theta, k) + cumulativeVariance(a, b, theta, k + 1));
  }

  static double expectedScore(double a, double[] b, double theta) {
    double sum = 0;
    for (int k = 1; k <= b.length; k++) {
      sum += cumulative(a, b, theta, k);
    }
    return sum;
  }

  /** Returns {@code sum_k P'_k^2 / P_k}, written as {@code sum_k P_k (d ln P_k)^2}. */
  static double information(double a, double[] b, double theta) {
    double sum = 0;
    for (int k = 0; k <= b.length; k++) {
      double d1 = logDerivative(a, b, theta, k);
      sum += probability(a, b, theta, k) * d1 * d1;
    }
    return sum;
  }

  /** Returns {@code sum_k P'_k P''_k / P_k}, written with the log-derivatives. */
  static double warmJ(double a, double[] b, double theta) {
    double sum = 0;
    for (int k = 0; k <= b.length; k++) {
      double d1 = logDerivative(a, b, theta, k);
      double d2 = logSecondDerivative(a, b, theta, k);
      sum += probability(a, b, theta, k) * d1 * (d2 + d1 * d1);
    }
    return sum;
  }
}
