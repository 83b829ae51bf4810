package org.digiskill.engine.analytics;

/** Small numerical routines for the calibrators: the logistic function and a matrix inverse. */
final class Numerics {
  private Numerics() {}

  /** Returns 1 / (1 + exp(-x)), computed without overflow. */
  static double logistic(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /**
   * Returns the inverse of a square matrix by Gauss–Jordan elimination with partial pivoting.
   *
   * @throws ArithmeticException if the matrix is singular, or nearly (a pivot below 1e-12 of the
   *     largest entry)
   */
  static double[][] invert(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][2 * n];
    double scale = 0;
    for (double[] row : m) {
      for (double x : row) {
        scale = Math.max(scale, Math.abs(x));
      }
    }
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      if (!(Math.abs(a[p][c]) > 1e-12 * scale)) {
        throw new ArithmeticException("singular matrix");
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double pivot = a[c][c];
      for (int j = 0; j < 2 * n; j++) {
        a[c][j] /= pivot;
      }
      for (int r = 0; r < n; r++) {
        if (r != c && a[r][c] != 0) {
          double f = a[r][c];
          for (int j = 0; j < 2 * n; j++) {
            a[r][j] -= f * a[c][j];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inv[i], 0, n);
    }
    return inv;
  }

  /** Returns m·v. */
  static double[] multiply(double[][] m, double[] v) {
    double[] r = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += m[i][j] * v[j];
      }
      r[i] = s;
    }
    return r;
  }

  /**
   * Returns the root of a decreasing function on [lo, hi] by bisection, or an end when there is no
   * sign change.
   */
  static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
    double flo = f.applyAsDouble(lo);
    if (flo <= 0) {
      return lo;
    }
    if (f.applyAsDouble(hi) >= 0) {
      return hi;
    }
    for (int k = 0; k < 100 && hi - lo > 1e-10; k++) {
      double mid = 0.5 * (lo + hi);
      if (f.applyAsDouble(mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }
}
