package org.digiskill.engine.irt;

/**
 * The 3PL logistic item, {@code P = c + (1 - c) / (1 + exp(-a (theta - b)))}, in forms that stay
 * finite far from b; Rasch and 2PL are the cases {@code a = 1, c = 0} and {@code c = 0}.
 */
final class DichotomousMath {

  private DichotomousMath() {}

  static double p(double a, double b, double c, double theta) {
    return c + (1 - c) * Logistic.sigmoid(a * (theta - b));
  }

  static double q(double a, double b, double c, double theta) {
    return (1 - c) * Logistic.sigmoid(-a * (theta - b));
  }

  static double dp(double a, double b, double c, double theta) {
    double z = a * (theta - b);
    return (1 - c) * a * Logistic.sigmoid(z) * Logistic.sigmoid(-z);
  }

  static double d2p(double a, double b, double c, double theta) {
    double z = a * (theta - b);
    double l = Logistic.sigmoid(z);
    return (1 - c) * a * a * l * Logistic.sigmoid(-z) * (1 - 2 * l);
  }

  /** Share of P that comes from the logistic part, {@code (1 - c) L / P}; 1 without guessing. */
  private static double w(double c, double l) {
    return c == 0 ? 1.0 : (1 - c) * l / (c + (1 - c) * l);
  }

  static double logProbability(double a, double b, double c, double theta, int x) {
    double z = a * (theta - b);
    if (x == 1) {
      return c == 0 ? Logistic.logSigmoid(z) : Math.log(c + (1 - c) * Logistic.sigmoid(z));
    }
    return Math.log1p(-c) + Logistic.logSigmoid(-z);
  }

  static double logDerivative(double a, double b, double c, double theta, int x) {
    double z = a * (theta - b);
    double l = Logistic.sigmoid(z);
    return x == 1 ? a * Logistic.sigmoid(-z) * w(c, l) : -a * l;
  }

  static double logSecondDerivative(double a, double b, double c, double theta, int x) {
    double z = a * (theta - b);
    double l = Logistic.sigmoid(z);
    double lq = Logistic.sigmoid(-z);
    if (x == 1) {
      double d1 = a * lq * w(c, l);
      return a * a * lq * (1 - 2 * l) * w(c, l) - d1 * d1;
    }
    return -a * a * l * lq;
  }

  static double information(double a, double b, double c, double theta) {
    double z = a * (theta - b);
    double l = Logistic.sigmoid(z);
    return a * a * l * Logistic.sigmoid(-z) * w(c, l);
  }

  static double warmJ(double a, double b, double c, double theta) {
    double z = a * (theta - b);
    double l = Logistic.sigmoid(z);
    return a * a * a * l * Logistic.sigmoid(-z) * (1 - 2 * l) * w(c, l);
  }
}
