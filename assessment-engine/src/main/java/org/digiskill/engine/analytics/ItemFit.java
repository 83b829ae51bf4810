package org.digiskill.engine.analytics;

/**
 * Infit and outfit mean squares from standardized residuals {@code z = (x - P) / sqrt(P(1 - P))}:
 * outfit is the mean of z², infit is Σ(x - P)² / ΣP(1 - P). Persons flagged extreme are left out.
 */
final class ItemFit {
  private ItemFit() {}

  /** Returns {infit[], outfit[]}; entries are NaN for an item no included person answered. */
  static double[][] compute(int[][] rows, double[] a, double[] b, double[] theta, boolean[] extreme) {
    int k = b.length;
    double[] sq = new double[k];
    double[] var = new double[k];
    double[] z2 = new double[k];
    int[] n = new int[k];
    for (int v = 0; v < rows.length; v++) {
      if (extreme[v]) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        int x = rows[v][i];
        if (x == ResponseMatrix.MISSING) {
          continue;
        }
        double p = Numerics.logistic(a[i] * (theta[v] - b[i]));
        double w = p * (1 - p);
        double r = x - p;
        sq[i] += r * r;
        var[i] += w;
        z2[i] += r * r / w;
        n[i]++;
      }
    }
    return meanSquares(sq, var, z2, n);
  }

  /**
   * Infit (information-weighted: Σ residual² / Σ variance) and outfit (unweighted: mean of squared
   * standardised residuals) mean squares from per-item sums; NaN for an item nobody answered.
   */
  static double[][] meanSquares(double[] sq, double[] var, double[] z2, int[] n) {
    int k = sq.length;
    double[] infit = new double[k];
    double[] outfit = new double[k];
    for (int i = 0; i < k; i++) {
      infit[i] = n[i] == 0 ? Double.NaN : sq[i] / var[i];
      outfit[i] = n[i] == 0 ? Double.NaN : z2[i] / n[i];
    }
    return new double[][] {infit, outfit};
  }

  static Double boxed(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
