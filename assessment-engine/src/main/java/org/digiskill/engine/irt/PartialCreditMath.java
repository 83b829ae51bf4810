package org.digiskill.engine.irt;

/**
 * The generalized partial credit model (PCM when {@code a = 1}). Category k has log-weight
 * {@code s_k = sum_{t<=k} a (theta - d_t)}, {@code s_0 = 0}; weights are shifted by their maximum
 * before exponentiating. Everything is recomputed in a few passes over the thresholds instead of
 * being cached, so no arrays are allocated.
 */
final class PartialCreditMath {

  private PartialCreditMath() {}

  private static double maxWeight(double a, double[] d, double theta) {
    double s = 0;
    double max = 0;
    for (double dt : d) {
      s += a * (theta - dt);
      max = Math.max(max, s);
    }
    return max;
  }

  /** Returns {@code sum_k exp(s_k - max)}. */
  private static double normalizer(double a, double[] d, double theta, double max) {
    double s = 0;
    double sum = Math.exp(-max);
    for (double dt : d) {
      s += a * (theta - dt);
      sum += Math.exp(s - max);
    }
    return sum;
  }

  private static double logWeight(double a, double[] d, double theta, int k) {
    double s = 0;
    for (int t = 0; t < k; t++) {
      s += a * (theta - d[t]);
    }
    return s;
  }

  static double logProbability(double a, double[] d, double theta, int k) {
    double max = maxWeight(a, d, theta);
    return logWeight(a, d, theta, k) - max - Math.log(normalizer(a, d, theta, max));
  }

  static double probability(double a, double[] d, double theta, int k) {
    return Math.exp(logProbability(a, d, theta, k));
  }

  /** Returns the {@code order}-th moment of the item score about {@code center}. */
  private static double moment(double a, double[] d, double theta, double center, int order) {
    double max = maxWeight(a, d, theta);
    double s = 0;
    double sum = Math.exp(-max);
    double acc = Math.pow(-center, order) * sum;
    for (int k = 1; k <= d.length; k++) {
      s += a * (theta - d[k - 1]);
      double e = Math.exp(s - max);
      sum += e;
      acc += Math.pow(k - center, order) * e;
    }
    return acc / sum;
  }

  static double expectedScore(double a, double[] d, double theta) {
    return moment(a, d, theta, 0, 1);
  }

  static double variance(double a, double[] d, double theta) {
    return moment(a, d, theta, expectedScore(a, d, theta), 2);
  }

  static double logDerivative(double a, double[] d, double theta, int k) {
    return a * (k - expectedScore(a, d, theta));
  }

  static double logSecondDerivative(double a, double[] d, double theta) {
    return -a * a * variance(a, d, theta);
  }

  static double information(double a, double[] d, double theta) {
    return a * a * variance(a, d, theta);
  }

  /** Warm's J is {@code a^3} times the third central moment of the item score. */
  static double warmJ(double a, double[] d, double theta) {
    return a * a * a * moment(a, d, theta, expectedScore(a, d, theta), 3);
  }
}
