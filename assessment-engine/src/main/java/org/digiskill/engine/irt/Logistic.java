package org.digiskill.engine.irt;

/** Numerically stable logistic helpers shared by the item models. */
final class Logistic {

  private Logistic() {}

  /** Returns {@code 1 / (1 + exp(-x))} without overflow. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** Returns {@code ln(sigmoid(x))} without underflow to minus infinity for moderate x. */
  static double logSigmoid(double x) {
    return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
  }

  static void requirePositiveFinite(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("expected " + name + " > 0 but was [" + value + "]");
    }
    requireFinite(name, value);
  }

  static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("expected a finite " + name + " but was [" + value + "]");
    }
  }
}
