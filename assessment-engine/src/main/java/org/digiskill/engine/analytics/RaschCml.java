package org.digiskill.engine.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * Rasch item calibration by conditional maximum likelihood (CML), as in eRm: the raw score is
 * sufficient for ability, so the likelihood conditional on it involves item difficulties only,
 * through elementary symmetric functions (ESFs) of {@code eps_i = exp(-b_i)}.
 *
 * <ul>
 *   <li>ESFs by the summation algorithm (items added one at a time), in double precision on
 *       difficulties centred per group, which keeps them finite up to roughly 200 items; ESFs
 *       without one item and without a pair come from prefix and suffix ESFs, all by addition, so
 *       an iteration costs O(k³) per group.
 *   <li>Missing cells: persons are grouped by the set of items presented to them and each group has
 *       its own ESFs; persons with a score of 0 or the maximum of their set carry no information.
 *   <li>Newton–Raphson on the difficulties with the observed information (the negative Hessian of
 *       the conditional log-likelihood). Identification by sum zero (the default; eRm {@code
 *       sum0 = TRUE}) or by anchoring one or more items. Standard errors are the square roots of
 *       the diagonal of the inverse information under that constraint (the Moore–Penrose inverse
 *       for sum zero); anchored items have none.
 *   <li>Persons: maximum likelihood given the difficulties; for scores of 0 or the maximum, Warm's
 *       weighted likelihood estimate (finite), and such persons are flagged extreme and excluded
 *       from infit and outfit.
 * </ul>
 *
 * <p>Dichotomous (0/1) data only. Immutable and thread-safe.
 */
public final class RaschCml {
  private final Map<String, Double> anchors;
  private final int maxIterations;
  private final double tolerance;

  private RaschCml(Map<String, Double> anchors, int maxIterations, double tolerance) {
    this.anchors = anchors;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** Returns a calibrator with sum-zero identification, at most 100 iterations and tolerance 1e-8 logits. */
  public static RaschCml defaults() {
    return new RaschCml(Map.of(), 100, 1e-8);
  }

  /** Returns a copy that fixes the difficulties of the given items instead of normalising to sum zero. */
  public RaschCml withAnchors(Map<String, Double> anchors) {
    return new RaschCml(Map.copyOf(anchors), maxIterations, tolerance);
  }

  /** Returns a copy that stops when no difficulty moves by more than {@code tolerance} logits. */
  public RaschCml withTolerance(double tolerance) {
    return new RaschCml(anchors, maxIterations, tolerance);
  }

  /** Returns a copy with another cap on Newton iterations. */
  public RaschCml withMaxIterations(int maxIterations) {
    return new RaschCml(anchors, maxIterations, tolerance);
  }

  /**
   * Calibrates the items of a dichotomous matrix.
   *
   * @throws CalibrationException if the data are not 0/1, an anchor names an unknown item, or an
   *     item is answered all right or all wrong by the informative persons
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
    int k = matrix.items();
    List<String> ids = matrix.itemIds();
    if (k < 2) {
      throw new CalibrationException("calibration.no-data", "expected at least 2 items but was " + k);
    }
    boolean[] anchored = new boolean[k];
    double[] b = new double[k];
    for (Map.Entry<String, Double> e : anchors.entrySet()) {
      int i = ids.indexOf(e.getKey());
      if (i < 0) {
        throw new CalibrationException("calibration.unknown-anchor", "expected an item id in " + ids + " but was [" + e.getKey() + "]");
      }
      anchored[i] = true;
      b[i] = e.getValue();
    }
    List<Group> groups = groups(matrix.rawRows(), k);
    checkExtremeItems(groups, ids);
    int[] free = java.util.stream.IntStream.range(0, k).filter(i -> !anchored[i]).toArray();
    boolean sumZero = anchors.isEmpty();
    int iterations = 0;
    double[][] cov = null;
    for (int it = 1; it <= maxIterations + 1; it++) {
      Evaluation ev = evaluate(groups, b);
      cov = covariance(ev.information, free, sumZero);
      if (it > maxIterations) {
        break;
      }
      iterations = it;
      double[] gFree = new double[free.length];
      for (int f = 0; f < free.length; f++) {
        gFree[f] = ev.gradient[free[f]];
      }
      double[] step = Numerics.multiply(cov, gFree);
      double max = Arrays.stream(step).map(Math::abs).max().orElse(0);
      double scale = max > 2 ? 2 / max : 1;
      for (int f = 0; f < free.length; f++) {
        b[free[f]] += scale * step[f];
      }
      if (sumZero) {
        double mean = Arrays.stream(b).average().orElse(0);
        for (int i = 0; i < k; i++) {
          b[i] -= mean;
        }
      }
      if (max < tolerance) {
        cov = covariance(evaluate(groups, b).information, free, sumZero);
        break;
      }
    }
    double logLik = evaluate(groups, b).logLikelihood;
    double[] se = new double[k];
    Arrays.fill(se, Double.NaN);
    for (int f = 0; f < free.length; f++) {
      se[free[f]] = Math.sqrt(cov[f][f]);
    }
    return result(matrix, b, se, logLik, iterations);
  }

  private static CalibrationResult result(ResponseMatrix matrix, double[] b, double[] se, double logLik, int iterations) {
    int[][] rows = matrix.rawRows();
    int k = b.length;
    double[] ones = new double[k];
    Arrays.fill(ones, 1);
    double[] theta = new double[rows.length];
    boolean[] extreme = new boolean[rows.length];
    List<PersonEstimate> persons = new ArrayList<>(rows.length);
    Map<String, double[]> cache = new HashMap<>();
    for (int v = 0; v < rows.length; v++) {
      int[] row = rows[v];
      StringBuilder key = new StringBuilder(k + 4);
      int score = 0;
      int presented = 0;
      for (int x : row) {
        key.append(x == ResponseMatrix.MISSING ? '.' : 'p');
        if (x != ResponseMatrix.MISSING) {
          presented++;
          score += x;
        }
      }
      key.append(score);
      final int s = score;
      double[] est = cache.computeIfAbsent(key.toString(), unused -> personEstimate(row, b, s));
      theta[v] = est[0];
      extreme[v] = score == 0 || score == presented;
      persons.add(new PersonEstimate(v, score, presented, est[0], est[1], extreme[v]));
    }
    double[][] fit = ItemFit.compute(rows, ones, b, theta, extreme);
    List<ItemCalibration> items = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      items.add(new ItemCalibration(matrix.itemIds().get(i), b[i], ItemFit.boxed(se[i]), null, ItemFit.boxed(fit[0][i]), ItemFit.boxed(fit[1][i])));
    }
    return new CalibrationResult(IrtParameters.Model.RASCH, items, persons, logLik, iterations);
  }

  /** Returns {theta, se}: ML for non-extreme scores, Warm's WLE for extreme ones. */
  static double[] personEstimate(int[] row, double[] b, int score) {
    int n = 0;
    double[] bp = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      if (row[i] != ResponseMatrix.MISSING) {
        bp[n++] = b[i];
      }
    }
    if (n == 0) {
      return new double[] {0, Double.NaN};
    }
    final int m = n;
    boolean extreme = score == 0 || score == m;
    double theta = Numerics.bisect(t -> {
      double sum = 0;
      double info = 0;
      double dinfo = 0;
      for (int i = 0; i < m; i++) {
        double p = Numerics.logistic(t - bp[i]);
        sum += p;
        info += p * (1 - p);
        dinfo += p * (1 - p) * (1 - 2 * p);
      }
      return score - sum + (extreme ? dinfo / (2 * info) : 0);
    }, -15, 15);
    double info = 0;
    for (int i = 0; i < m; i++) {
      double p = Numerics.logistic(theta - bp[i]);
      info += p * (1 - p);
    }
    return new double[] {theta, 1 / Math.sqrt(info)};
  }

  private static double[][] covariance(double[][] information, int[] free, boolean sumZero) {
    int f = free.length;
    double[][] m = new double[f][f];
    double shift = sumZero ? 1.0 / f : 0;
    for (int x = 0; x < f; x++) {
      for (int y = 0; y < f; y++) {
        m[x][y] = information[free[x]][free[y]] + shift;
      }
    }
    double[][] inv = Numerics.invert(m);
    if (sumZero) {
      for (int x = 0; x < f; x++) {
        for (int y = 0; y < f; y++) {
          inv[x][y] -= shift;
        }
      }
    }
    return inv;
  }

  /** Persons sharing the set of presented items, with their score counts and item totals. */
  static final class Group {
    final int[] items;
    final double[] scoreCounts;
    final double[] itemTotals;
    final int[] presentedBy;

    Group(int[] items) {
      this.items = items;
      this.scoreCounts = new double[items.length + 1];
      this.itemTotals = new double[items.length];
      this.presentedBy = new int[items.length];
    }
  }

  static List<Group> groups(int[][] rows, int k) {
    Map<BitSet, Group> byPattern = new LinkedHashMap<>();
    for (int[] row : rows) {
      BitSet set = new BitSet(k);
      int score = 0;
      for (int i = 0; i < k; i++) {
        if (row[i] != ResponseMatrix.MISSING) {
          set.set(i);
          score += row[i];
        }
      }
      int m = set.cardinality();
      if (m < 2 || score == 0 || score == m) {
        continue;
      }
      Group g = byPattern.computeIfAbsent(set, s -> new Group(s.stream().toArray()));
      g.scoreCounts[score]++;
      for (int l = 0; l < m; l++) {
        g.itemTotals[l] += row[g.items[l]];
        g.presentedBy[l]++;
      }
    }
    return List.copyOf(byPattern.values());
  }

  private static void checkExtremeItems(List<Group> groups, List<String> ids) {
    double[] total = new double[ids.size()];
    double[] count = new double[ids.size()];
    for (Group g : groups) {
      for (int l = 0; l < g.items.length; l++) {
        total[g.items[l]] += g.itemTotals[l];
        count[g.items[l]] += g.presentedBy[l];
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      if (total[i] == 0 || total[i] == count[i]) {
        throw new CalibrationException("calibration.extreme-item", "expected item [" + ids.get(i)
            + "] to be answered both right and wrong by persons with a non-extreme score but it was answered "
            + (total[i] == 0 ? "all wrong" : "all right") + " by " + (long) count[i]);
      }
    }
  }

  /** The conditional log-likelihood, its gradient and the observed information at some difficulties. */
  record Evaluation(double logLikelihood, double[] gradient, double[][] information) {}

  static Evaluation evaluate(List<Group> groups, double[] bAll) {
    int k = bAll.length;
    double logLik = 0;
    double[] grad = new double[k];
    double[][] info = new double[k][k];
    for (Group g : groups) {
      int m = g.items.length;
      double centre = 0;
      for (int item : g.items) {
        centre += bAll[item];
      }
      centre /= m;
      double[] eps = new double[m];
      for (int l = 0; l < m; l++) {
        double bl = bAll[g.items[l]];
        eps[l] = Math.exp(-(bl - centre));
        // The likelihood is invariant to a common shift, but the linear term uses the real b.
        logLik -= g.itemTotals[l] * bl;
      }
      double[][] fwd = new double[m + 1][];
      fwd[0] = new double[] {1};
      for (int j = 1; j <= m; j++) {
        fwd[j] = addItem(fwd[j - 1], eps[j - 1]);
      }
      double[][] bwd = new double[m + 1][];
      bwd[m] = new double[] {1};
      for (int j = m - 1; j >= 0; j--) {
        bwd[j] = addItem(bwd[j + 1], eps[j]);
      }
      double[] gamma = fwd[m];
      double[] n = g.scoreCounts;
      double[] w = new double[m + 1];
      for (int r = 1; r < m; r++) {
        if (n[r] > 0) {
          if (!(gamma[r] > 0) || Double.isInfinite(gamma[r])) {
            throw new ArithmeticException("elementary symmetric function out of double range");
          }
          // ln gamma_r(exp(-b)) = ln gamma_r(exp(-(b - c))) - r c
          logLik -= n[r] * (Math.log(gamma[r]) - r * centre);
          w[r] = n[r] / gamma[r];
        }
      }
      double[][] pi = new double[m][m + 1];
      for (int l = 0; l < m; l++) {
        double[] without = convolve(fwd[l], bwd[l + 1]);
        double sumPi = 0;
        double sumVar = 0;
        for (int r = 1; r < m; r++) {
          if (n[r] > 0) {
            double p = eps[l] * without[r - 1] / gamma[r];
            pi[l][r] = p;
            sumPi += n[r] * p;
            sumVar += n[r] * p * (1 - p);
          }
        }
        grad[g.items[l]] += -g.itemTotals[l] + sumPi;
        info[g.items[l]][g.items[l]] += sumVar;
      }
      // V_j[s] = sum_t bwd[j+1][t] w[s+t+2], so that sum_r n_r gamma^{(i,j)}_{r-2} / gamma_r = G·V_j.
      double[][] vj = new double[m][];
      for (int j = 1; j < m; j++) {
        double[] suffix = bwd[j + 1];
        double[] v = new double[m - 1];
        for (int s = 0; s <= m - 2; s++) {
          double acc = 0;
          for (int t = 0; t < suffix.length && s + t + 2 <= m; t++) {
            acc += suffix[t] * w[s + t + 2];
          }
          v[s] = acc;
        }
        vj[j] = v;
      }
      for (int i = 0; i < m - 1; i++) {
        double[] acc = Arrays.copyOf(fwd[i], m);
        int order = i; // acc holds orders 0..order
        for (int j = i + 1; j < m; j++) {
          double t = 0;
          for (int s = 0; s <= order && s < m - 1; s++) {
            t += acc[s] * vj[j][s];
          }
          double cross = 0;
          for (int r = 1; r < m; r++) {
            cross += n[r] * pi[i][r] * pi[j][r];
          }
          double cov = eps[i] * eps[j] * t - cross;
          info[g.items[i]][g.items[j]] += cov;
          info[g.items[j]][g.items[i]] += cov;
          order++;
          for (int s = order; s >= 1; s--) {
            acc[s] += eps[j] * acc[s - 1];
          }
        }
      }
    }
    return new Evaluation(logLik, grad, info);
  }

  private static double[] addItem(double[] esf, double eps) {
    double[] r = Arrays.copyOf(esf, esf.length + 1);
    for (int s = esf.length; s >= 1; s--) {
      r[s] += eps * esf[s - 1];
    }
    return r;
  }

  private static double[] convolve(double[] x, double[] y) {
    double[] r = new double[x.length + y.length - 1];
    for (int p = 0; p < x.length; p++) {
      for (int q = 0; q < y.length; q++) {
        r[p + q] += x[p] * y[q];
      }
    }
    return r;
  }

  /** Returns the gradient of the conditional log-likelihood at the given difficulties, for tests. */
  static double[] gradient(ResponseMatrix matrix, double[] b) {
    return evaluate(groups(matrix.rawRows(), matrix.items()), b).gradient;
  }
}
