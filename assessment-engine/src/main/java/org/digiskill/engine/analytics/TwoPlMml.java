package org.digiskill.engine.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * Two-parameter logistic calibration by marginal maximum likelihood with the Bock–Aitkin EM
 * algorithm, {@code P = 1 / (1 + exp(-(a θ + d)))}, {@code b = -d / a}, θ ~ N(0, 1).
 *
 * <ul>
 *   <li>E-step over identical response patterns (missing cells simply leave the item out of the
 *       pattern's likelihood); M-step by Newton's method per item on (a, d).
 *   <li>Stops when no parameter moves by more than the tolerance in an EM cycle.
 *   <li>Standard errors from the inverse of the observed information of the marginal likelihood:
 *       its full Hessian in (a, d) by central differences of the exact gradient (Fisher's
 *       identity); the SE of b by the delta method.
 *   <li>Persons: EAP estimates with posterior standard deviations.
 *   <li>Infit and outfit use the EAP estimates, leaving out persons with a score of 0 or the
 *       maximum.
 * </ul>
 *
 * <p>Dichotomous data only. Immutable and thread-safe.
 */
public final class TwoPlMml {
  private final Quadrature quadrature;
  private final double tolerance;
  private final int maxIterations;

  private TwoPlMml(Quadrature quadrature, double tolerance, int maxIterations) {
    this.quadrature = quadrature;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** Returns a calibrator with 21-point Gauss–Hermite quadrature, tolerance 1e-5 and at most 5,000 EM cycles. */
  public static TwoPlMml defaults() {
    return new TwoPlMml(Quadrature.gaussHermite(21), 1e-5, 5000);
  }

  /** Returns a copy with another quadrature. */
  public TwoPlMml withQuadrature(Quadrature quadrature) {
    return new TwoPlMml(Objects.requireNonNull(quadrature, "quadrature"), tolerance, maxIterations);
  }

  /** Returns a copy that stops when no parameter moves by more than {@code tolerance} in an EM cycle. */
  public TwoPlMml withTolerance(double tolerance) {
    return new TwoPlMml(quadrature, tolerance, maxIterations);
  }

  /** Returns a copy with another cap on EM cycles. */
  public TwoPlMml withMaxIterations(int maxIterations) {
    return new TwoPlMml(quadrature, tolerance, maxIterations);
  }

  /**
   * Calibrates the items of a dichotomous matrix.
   *
   * @throws CalibrationException if the data are not 0/1 or there are no persons
   */
  public CalibrationResult calibrate(ResponseMatrix matrix) {
    Objects.requireNonNull(matrix, "matrix");
    try {
      return fit(matrix);
    } catch (ArithmeticException e) {
      throw CalibrationException.notIdentified(e);
    }
  }

  private CalibrationResult fit(ResponseMatrix matrix) {
    matrix.requireDichotomous();
    if (matrix.persons() == 0 || matrix.items() == 0) {
      throw new CalibrationException("calibration.no-data", "expected at least one person and one item");
    }
    int k = matrix.items();
    Map<String, int[]> index = new LinkedHashMap<>();
    List<int[]> pats = new ArrayList<>();
    List<double[]> counts = new ArrayList<>();
    int[] patternOf = new int[matrix.persons()];
    for (int v = 0; v < matrix.persons(); v++) {
      int[] row = matrix.rawRows()[v];
      String key = Arrays.toString(row);
      int[] slot = index.computeIfAbsent(key, unused -> {
        pats.add(row);
        counts.add(new double[1]);
        return new int[] {pats.size() - 1};
      });
      counts.get(slot[0])[0]++;
      patternOf[v] = slot[0];
    }
    Data data = new Data(pats.toArray(new int[0][]), counts.stream().mapToDouble(c -> c[0]).toArray(), k);
    double[] a = new double[k];
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      double right = 0;
      double n = 0;
      for (int p = 0; p < data.patterns.length; p++) {
        int x = data.patterns[p][i];
        if (x != ResponseMatrix.MISSING) {
          right += data.counts[p] * x;
          n += data.counts[p];
        }
      }
      double prop = Math.min(Math.max((right + 0.5) / (n + 1), 0.01), 0.99);
      a[i] = 1;
      d[i] = Math.log(prop / (1 - prop));
    }
    int iterations = 0;
    for (int it = 1; it <= maxIterations; it++) {
      iterations = it;
      Expected e = eStep(data, a, d);
      double change = 0;
      for (int i = 0; i < k; i++) {
        double[] ad = mStep(e.n[i], e.r[i], a[i], d[i]);
        change = Math.max(change, Math.max(Math.abs(ad[0] - a[i]), Math.abs(ad[1] - d[i])));
        a[i] = ad[0];
        d[i] = ad[1];
      }
      if (change < tolerance) {
        break;
      }
    }
    Expected last = eStep(data, a, d);
    double[][] cov = covariance(data, a, d);
    double[] b = new double[k];
    double[] seB = new double[k];
    for (int i = 0; i < k; i++) {
      b[i] = -d[i] / a[i];
      double da = d[i] / (a[i] * a[i]);
      double dd = -1 / a[i];
      double var = da * da * cov[2 * i][2 * i] + dd * dd * cov[2 * i + 1][2 * i + 1] + 2 * da * dd * cov[2 * i][2 * i + 1];
      seB[i] = Math.sqrt(var);
    }
    return result(matrix, data, patternOf, a, b, seB, last.logLikelihood, iterations);
  }

  private CalibrationResult result(ResponseMatrix matrix, Data data, int[] patternOf, double[] a, double[] b, double[] seB,
      double logLik, int iterations) {
    int nq = quadrature.size();
    double[][] eap = new double[data.patterns.length][];
    for (int p = 0; p < data.patterns.length; p++) {
      double[] post = posterior(data.patterns[p], a, b);
      double mean = 0;
      double sq = 0;
      for (int q = 0; q < nq; q++) {
        mean += post[q] * quadrature.node(q);
        sq += post[q] * quadrature.node(q) * quadrature.node(q);
      }
      eap[p] = new double[] {mean, Math.sqrt(Math.max(sq - mean * mean, 0))};
    }
    int[][] rows = matrix.rawRows();
    double[] theta = new double[rows.length];
    boolean[] extreme = new boolean[rows.length];
    List<PersonEstimate> persons = new ArrayList<>(rows.length);
    for (int v = 0; v < rows.length; v++) {
      int score = 0;
      int presented = 0;
      for (int x : rows[v]) {
        if (x != ResponseMatrix.MISSING) {
          presented++;
          score += x;
        }
      }
      double[] est = eap[patternOf[v]];
      theta[v] = est[0];
      extreme[v] = score == 0 || score == presented;
      persons.add(new PersonEstimate(v, score, presented, est[0], est[1], extreme[v]));
    }
    double[][] fit = ItemFit.compute(rows, a, b, theta, extreme);
    List<ItemCalibration> items = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      items.add(new ItemCalibration(matrix.itemIds().get(i), b[i], ItemFit.boxed(seB[i]), a[i], ItemFit.boxed(fit[0][i]),
          ItemFit.boxed(fit[1][i])));
    }
    return new CalibrationResult(IrtParameters.Model.TWO_PL, items, persons, logLik, iterations);
  }

  private double[] posterior(int[] pattern, double[] a, double[] b) {
    int nq = quadrature.size();
    double[] post = new double[nq];
    double sum = 0;
    for (int q = 0; q < nq; q++) {
      double l = quadrature.weight(q);
      for (int i = 0; i < a.length; i++) {
        int x = pattern[i];
        if (x != ResponseMatrix.MISSING) {
          double pr = Numerics.logistic(a[i] * (quadrature.node(q) - b[i]));
          l *= x == 1 ? pr : 1 - pr;
        }
      }
      post[q] = l;
      sum += l;
    }
    for (int q = 0; q < nq; q++) {
      post[q] /= sum;
    }
    return post;
  }

  /** Distinct response patterns and how many persons gave each. */
  record Data(int[][] patterns, double[] counts, int items) {}

  /** Expected counts at each node: persons n[i][q] presented item i, of whom r[i][q] answered right. */
  record Expected(double[][] n, double[][] r, double logLikelihood) {}

  Expected eStep(Data data, double[] a, double[] d) {
    int k = data.items;
    int nq = quadrature.size();
    double[][] logP = new double[k][nq];
    double[][] logQ = new double[k][nq];
    for (int i = 0; i < k; i++) {
      for (int q = 0; q < nq; q++) {
        double z = a[i] * quadrature.node(q) + d[i];
        // log(logistic(z)) and log(1 - logistic(z)) without cancellation
        logP[i][q] = -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(z, 0);
        logQ[i][q] = logP[i][q] - z;
      }
    }
    double[][] n = new double[k][nq];
    double[][] r = new double[k][nq];
    double logLik = 0;
    double[] lw = new double[nq];
    for (int p = 0; p < data.patterns.length; p++) {
      int[] x = data.patterns[p];
      double max = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < nq; q++) {
        double s = Math.log(quadrature.weight(q));
        for (int i = 0; i < k; i++) {
          if (x[i] == 1) {
            s += logP[i][q];
          } else if (x[i] == 0) {
            s += logQ[i][q];
          }
        }
        lw[q] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int q = 0; q < nq; q++) {
        lw[q] = Math.exp(lw[q] - max);
        sum += lw[q];
      }
      logLik += data.counts[p] * (max + Math.log(sum));
      for (int q = 0; q < nq; q++) {
        double w = data.counts[p] * lw[q] / sum;
        for (int i = 0; i < k; i++) {
          if (x[i] != ResponseMatrix.MISSING) {
            n[i][q] += w;
            if (x[i] == 1) {
              r[i][q] += w;
            }
          }
        }
      }
    }
    return new Expected(n, r, logLik);
  }

  /** Maximises sum_q r ln P + (n - r) ln Q over (a, d) by Newton's method with step halving. */
  double[] mStep(double[] n, double[] r, double a0, double d0) {
    double a = a0;
    double d = d0;
    double current = itemLogLik(n, r, a, d);
    for (int step = 0; step < 25; step++) {
      double ga = 0;
      double gd = 0;
      double haa = 0;
      double had = 0;
      double hdd = 0;
      for (int q = 0; q < n.length; q++) {
        double x = quadrature.node(q);
        double p = Numerics.logistic(a * x + d);
        double res = r[q] - n[q] * p;
        double w = n[q] * p * (1 - p);
        ga += res * x;
        gd += res;
        haa += w * x * x;
        had += w * x;
        hdd += w;
      }
      double det = haa * hdd - had * had;
      if (!(det > 0)) {
        break;
      }
      double da = (hdd * ga - had * gd) / det;
      double dd = (haa * gd - had * ga) / det;
      double t = 1;
      double next = itemLogLik(n, r, a + da, d + dd);
      while (next < current - 1e-12 && t > 1e-4) {
        t /= 2;
        next = itemLogLik(n, r, a + t * da, d + t * dd);
      }
      a += t * da;
      d += t * dd;
      current = next;
      if (Math.max(Math.abs(t * da), Math.abs(t * dd)) < 1e-10) {
        break;
      }
    }
    return new double[] {a, d};
  }

  private double itemLogLik(double[] n, double[] r, double a, double d) {
    double s = 0;
    for (int q = 0; q < n.length; q++) {
      double z = a * quadrature.node(q) + d;
      double logP = -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(z, 0);
      s += r[q] * logP + (n[q] - r[q]) * (logP - z);
    }
    return s;
  }

  /** The exact gradient of the marginal log-likelihood in (a1, d1, a2, d2, ...), by Fisher's identity. */
  double[] gradient(Data data, double[] a, double[] d) {
    Expected e = eStep(data, a, d);
    double[] g = new double[2 * a.length];
    for (int i = 0; i < a.length; i++) {
      for (int q = 0; q < quadrature.size(); q++) {
        double x = quadrature.node(q);
        double res = e.r[i][q] - e.n[i][q] * Numerics.logistic(a[i] * x + d[i]);
        g[2 * i] += res * x;
        g[2 * i + 1] += res;
      }
    }
    return g;
  }

  private double[][] covariance(Data data, double[] a, double[] d) {
    int m = 2 * a.length;
    double[][] h = new double[m][m];
    double step = 1e-5;
    for (int j = 0; j < m; j++) {
      double[] ap = a.clone();
      double[] dp = d.clone();
      double[] am = a.clone();
      double[] dm = d.clone();
      if (j % 2 == 0) {
        ap[j / 2] += step;
        am[j / 2] -= step;
      } else {
        dp[j / 2] += step;
        dm[j / 2] -= step;
      }
      double[] gp = gradient(data, ap, dp);
      double[] gm = gradient(data, am, dm);
      for (int i = 0; i < m; i++) {
        h[i][j] = -(gp[i] - gm[i]) / (2 * step);
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = s;
        h[j][i] = s;
      }
    }
    return Numerics.invert(h);
  }
}
