package org.digiskill.engine.analytics;

/**
 * Nodes and weights approximating an integral over a standard normal ability distribution. The
 * weights sum to 1. Immutable and thread-safe.
 */
public final class Quadrature {
  private final double[] nodes;
  private final double[] weights;

  private Quadrature(double[] nodes, double[] weights) {
    this.nodes = nodes;
    this.weights = weights;
  }

  /** Returns {@code n}-point Gauss–Hermite quadrature for N(0, 1), as in ltm (21 points by default there). */
  public static Quadrature gaussHermite(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("expected at least 2 points but was " + n);
    }
    // Numerical Recipes gauher: roots of the orthonormal Hermite polynomials by Newton's method.
    double[] x = new double[n];
    double[] w = new double[n];
    double pim4 = 0.7511255444649425;
    int m = (n + 1) / 2;
    double z = 0;
    for (int i = 1; i <= m; i++) {
      if (i == 1) {
        z = Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
      } else if (i == 2) {
        z -= 1.14 * Math.pow(n, 0.426) / z;
      } else if (i == 3) {
        z = 1.86 * z - 0.86 * x[0];
      } else if (i == 4) {
        z = 1.91 * z - 0.91 * x[1];
      } else {
        z = 2.0 * z - x[i - 3];
      }
      double pp = 0;
      for (int its = 0; its < 100; its++) {
        double p1 = pim4;
        double p2 = 0;
        for (int j = 1; j <= n; j++) {
          double p3 = p2;
          p2 = p1;
          p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
        }
        pp = Math.sqrt(2.0 * n) * p2;
        double z1 = z;
        z = z1 - p1 / pp;
        if (Math.abs(z - z1) <= 1e-15) {
          break;
        }
      }
      x[i - 1] = z;
      x[n - i] = -z;
      w[i - 1] = 2.0 / (pp * pp);
      w[n - i] = w[i - 1];
    }
    double[] nodes = new double[n];
    double[] weights = new double[n];
    for (int q = 0; q < n; q++) {
      nodes[q] = Math.sqrt(2) * x[n - 1 - q];
      weights[q] = w[n - 1 - q] / Math.sqrt(Math.PI);
    }
    return new Quadrature(nodes, weights);
  }

  /**
   * Returns {@code n} equally spaced points on [lo, hi] weighted by the normal density and
   * normalised, as in mirt (61 points on [-6, 6] by default there).
   */
  public static Quadrature rectangular(int n, double lo, double hi) {
    if (n < 2 || !(hi > lo)) {
      throw new IllegalArgumentException("expected n ≥ 2 and lo < hi but was " + n + ", " + lo + ", " + hi);
    }
    double[] nodes = new double[n];
    double[] weights = new double[n];
    double sum = 0;
    for (int q = 0; q < n; q++) {
      nodes[q] = lo + (hi - lo) * q / (n - 1);
      weights[q] = Math.exp(-0.5 * nodes[q] * nodes[q]);
      sum += weights[q];
    }
    for (int q = 0; q < n; q++) {
      weights[q] /= sum;
    }
    return new Quadrature(nodes, weights);
  }

  /** Returns the number of points. */
  public int size() {
    return nodes.length;
  }

  /** Returns a copy of the nodes, in increasing order. */
  public double[] nodes() {
    return nodes.clone();
  }

  /** Returns a copy of the weights, which sum to 1. */
  public double[] weights() {
    return weights.clone();
  }

  double node(int q) {
    return nodes[q];
  }

  double weight(int q) {
    return weights[q];
  }
}
