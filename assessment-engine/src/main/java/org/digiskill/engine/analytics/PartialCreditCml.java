package org.digiskill.engine.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * Partial credit model calibration by conditional maximum likelihood: {@code P(X_i = x | θ) ∝
 * exp(x θ - η_ix)}, with {@code η_ix} the sum of the first x thresholds (step difficulties) and
 * {@code η_i0 = 0}. Items are scored 0..m_i, m_i being the highest category seen for the item.
 *
 * <ul>
 *   <li>ESFs over category scores by the summation algorithm; pairwise ESFs (for the observed
 *       information) by leaving two items out, so an iteration costs O(k² M²) per group of persons
 *       with the same presented items, M being the maximum score.
 *   <li>Identification: all thresholds average zero, which for 0/1 items is the sum-zero Rasch
 *       identification; with only dichotomous items the result equals {@link RaschCml}'s.
 *   <li>Each item's difficulty is the mean of its thresholds, with its standard error from the
 *       inverse information under that constraint.
 *   <li>Persons: maximum likelihood; Warm's WLE for a score of 0 or the maximum. Infit and outfit
 *       use residuals {@code x - E(X)} scaled by {@code Var(X)}, without extreme persons.
 * </ul>
 *
 * <p>Every category 0..m_i of every item must be used by some person with a non-extreme score.
 * Immutable and thread-safe.
 */
public final class PartialCreditCml {
  private final int maxIterations;
  private final double tolerance;

  private PartialCreditCml(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** Returns a calibrator with at most 100 Newton iterations and tolerance 1e-8 logits. */
  public static PartialCreditCml defaults() {
    return new PartialCreditCml(100, 1e-8);
  }

  /** Returns a copy that stops when no parameter moves by more than {@code tolerance} logits. */
  public PartialCreditCml withTolerance(double tolerance) {
    return new PartialCreditCml(maxIterations, tolerance);
  }

  /**
   * Calibrates the items of a matrix of category scores.
   *
   * @throws CalibrationException if an item has a single category or an unused category
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
    int k = matrix.items();
    List<String> ids = matrix.itemIds();
    int[][] rows = matrix.rawRows();
    int[] m = new int[k];
    for (int[] row : rows) {
      for (int i = 0; i < k; i++) {
        m[i] = Math.max(m[i], row[i]);
      }
    }
    int[] offset = new int[k + 1];
    for (int i = 0; i < k; i++) {
      if (m[i] < 1) {
        throw new CalibrationException("calibration.extreme-item", "expected item [" + ids.get(i) + "] to have a category above 0 but it had none");
      }
      offset[i + 1] = offset[i] + m[i];
    }
    Model model = new Model(m, offset, groups(rows, m));
    model.checkCategories(ids);
    int n = offset[k];
    double[] v = new double[n];
    double vv = 0;
    for (int i = 0; i < k; i++) {
      for (int x = 1; x <= m[i]; x++) {
        v[offset[i] + x - 1] = x;
        vv += x * x;
      }
    }
    double[] eta = new double[n];
    double[][] pinv = null;
    int iterations = 0;
    for (int it = 1; it <= maxIterations; it++) {
      iterations = it;
      Evaluation ev = model.evaluate(eta);
      pinv = pseudoInverse(ev.information, v, vv);
      double[] step = Numerics.multiply(pinv, ev.gradient);
      double max = Arrays.stream(step).map(Math::abs).max().orElse(0);
      double scale = max > 2 ? 2 / max : 1;
      for (int p = 0; p < n; p++) {
        eta[p] += scale * step[p];
      }
      normalise(eta, m, offset);
      if (max < tolerance) {
        break;
      }
    }
    Evaluation last = model.evaluate(eta);
    pinv = pseudoInverse(last.information, v, vv);
    // Covariance under "sum of eta_{i,m_i} = 0": project along the null direction v.
    double[] c = new double[n];
    double cv = 0;
    for (int i = 0; i < k; i++) {
      c[offset[i] + m[i] - 1] = 1;
      cv += m[i];
    }
    double[][] a = new double[n][n];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        a[p][q] = (p == q ? 1 : 0) - v[p] * c[q] / cv;
      }
    }
    List<ItemCalibration> items = new ArrayList<>();
    double[][] person = persons(rows, eta, m, offset);
    boolean[] extreme = new boolean[rows.length];
    double[] theta = new double[rows.length];
    List<PersonEstimate> persons = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      theta[r] = person[r][0];
      extreme[r] = person[r][2] > 0;
      persons.add(new PersonEstimate(r, (int) person[r][3], (int) person[r][4], person[r][0], person[r][1], extreme[r]));
    }
    double[][] fit = fit(rows, eta, m, offset, theta, extreme);
    for (int i = 0; i < k; i++) {
      int last1 = offset[i] + m[i] - 1;
      double[] row = new double[n];
      for (int p = 0; p < n; p++) {
        double s = 0;
        for (int q = 0; q < n; q++) {
          s += a[last1][q] * pinv[q][p];
        }
        row[p] = s;
      }
      double var = 0;
      for (int p = 0; p < n; p++) {
        var += row[p] * a[last1][p];
      }
      List<Double> thresholds = new ArrayList<>();
      for (int x = 1; x <= m[i]; x++) {
        thresholds.add(eta[offset[i] + x - 1] - (x == 1 ? 0 : eta[offset[i] + x - 2]));
      }
      items.add(new ItemCalibration(ids.get(i), eta[last1] / m[i], Math.sqrt(var) / m[i], null, ItemFit.boxed(fit[0][i]),
          ItemFit.boxed(fit[1][i]), thresholds));
    }
    return new CalibrationResult(IrtParameters.Model.PCM, items, persons, last.logLikelihood, iterations);
  }

  private static void normalise(double[] eta, int[] m, int[] offset) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < m.length; i++) {
      sum += eta[offset[i] + m[i] - 1];
      total += m[i];
    }
    double shift = sum / total;
    for (int i = 0; i < m.length; i++) {
      for (int x = 1; x <= m[i]; x++) {
        eta[offset[i] + x - 1] -= shift * x;
      }
    }
  }

  /** The Moore–Penrose inverse of an information matrix whose null space is spanned by v. */
  private static double[][] pseudoInverse(double[][] info, double[] v, double vv) {
    int n = v.length;
    double[][] mat = new double[n][n];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        mat[p][q] = info[p][q] + v[p] * v[q] / vv;
      }
    }
    double[][] inv = Numerics.invert(mat);
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        inv[p][q] -= v[p] * v[q] / vv;
      }
    }
    return inv;
  }

  /** Category probabilities of item i at theta. */
  private static double[] probabilities(double theta, double[] eta, int mi, int off) {
    double[] p = new double[mi + 1];
    double max = 0;
    for (int x = 1; x <= mi; x++) {
      max = Math.max(max, x * theta - eta[off + x - 1]);
    }
    double sum = 0;
    for (int x = 0; x <= mi; x++) {
      p[x] = Math.exp((x == 0 ? 0 : x * theta - eta[off + x - 1]) - max);
      sum += p[x];
    }
    for (int x = 0; x <= mi; x++) {
      p[x] /= sum;
    }
    return p;
  }

  /** Per row {theta, se, extreme (1/0), score, maximum score}. */
  private static double[][] persons(int[][] rows, double[] eta, int[] m, int[] offset) {
    double[][] out = new double[rows.length][];
    Map<String, double[]> cache = new LinkedHashMap<>();
    for (int r = 0; r < rows.length; r++) {
      int[] row = rows[r];
      int score = 0;
      int max = 0;
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        key.append(row[i] == ResponseMatrix.MISSING ? '.' : 'p');
        if (row[i] != ResponseMatrix.MISSING) {
          score += row[i];
          max += m[i];
        }
      }
      key.append(score);
      final int s = score;
      final int mx = max;
      double[] est = cache.computeIfAbsent(key.toString(), unused -> estimate(row, eta, m, offset, s, mx));
      out[r] = new double[] {est[0], est[1], s == 0 || s == mx ? 1 : 0, s, mx};
    }
    return out;
  }

  private static double[] estimate(int[] row, double[] eta, int[] m, int[] offset, int score, int max) {
    if (max == 0) {
      return new double[] {0, Double.NaN};
    }
    boolean extreme = score == 0 || score == max;
    double theta = Numerics.bisect(t -> {
      double[] mom = moments(row, eta, m, offset, t);
      return score - mom[0] + (extreme ? mom[2] / (2 * mom[1]) : 0);
    }, -15, 15);
    return new double[] {theta, 1 / Math.sqrt(moments(row, eta, m, offset, theta)[1])};
  }

  /** Sums over presented items of the mean, variance and third central moment of the score. */
  private static double[] moments(int[] row, double[] eta, int[] m, int[] offset, double theta) {
    double e = 0;
    double var = 0;
    double third = 0;
    for (int i = 0; i < row.length; i++) {
      if (row[i] == ResponseMatrix.MISSING) {
        continue;
      }
      double[] p = probabilities(theta, eta, m[i], offset[i]);
      double mean = 0;
      for (int x = 1; x < p.length; x++) {
        mean += x * p[x];
      }
      double v = 0;
      double t3 = 0;
      for (int x = 0; x < p.length; x++) {
        double d = x - mean;
        v += d * d * p[x];
        t3 += d * d * d * p[x];
      }
      e += mean;
      var += v;
      third += t3;
    }
    return new double[] {e, var, third};
  }

  private static double[][] fit(int[][] rows, double[] eta, int[] m, int[] offset, double[] theta, boolean[] extreme) {
    int k = m.length;
    double[] sq = new double[k];
    double[] var = new double[k];
    double[] z2 = new double[k];
    int[] n = new int[k];
    for (int r = 0; r < rows.length; r++) {
      if (extreme[r]) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        int x = rows[r][i];
        if (x == ResponseMatrix.MISSING) {
          continue;
        }
        double[] p = probabilities(theta[r], eta, m[i], offset[i]);
        double mean = 0;
        for (int c = 1; c < p.length; c++) {
          mean += c * p[c];
        }
        double v = 0;
        for (int c = 0; c < p.length; c++) {
          v += (c - mean) * (c - mean) * p[c];
        }
        double res = x - mean;
        sq[i] += res * res;
        var[i] += v;
        z2[i] += res * res / v;
        n[i]++;
      }
    }
    return ItemFit.meanSquares(sq, var, z2, n);
  }

  /** Persons with the same presented items: score counts and item-category counts. */
  static final class Group {
    final int[] items;
    final double[] scoreCounts;
    final double[][] categoryCounts;

    Group(int[] items, int[] m) {
      this.items = items;
      int max = 0;
      categoryCounts = new double[items.length][];
      for (int l = 0; l < items.length; l++) {
        max += m[items[l]];
        categoryCounts[l] = new double[m[items[l]] + 1];
      }
      scoreCounts = new double[max + 1];
    }
  }

  static List<Group> groups(int[][] rows, int[] m) {
    int k = m.length;
    Map<BitSet, Group> byPattern = new LinkedHashMap<>();
    for (int[] row : rows) {
      BitSet set = new BitSet(k);
      int score = 0;
      int max = 0;
      for (int i = 0; i < k; i++) {
        if (row[i] != ResponseMatrix.MISSING) {
          set.set(i);
          score += row[i];
          max += m[i];
        }
      }
      if (set.cardinality() < 2 || score == 0 || score == max) {
        continue;
      }
      Group g = byPattern.computeIfAbsent(set, s -> new Group(s.stream().toArray(), m));
      g.scoreCounts[score]++;
      for (int l = 0; l < g.items.length; l++) {
        g.categoryCounts[l][row[g.items[l]]]++;
      }
    }
    return List.copyOf(byPattern.values());
  }

  /** The conditional log-likelihood, gradient and observed information in the eta parameters. */
  record Evaluation(double logLikelihood, double[] gradient, double[][] information) {}

  /** The data of one calibration, grouped. */
  record Model(int[] m, int[] offset, List<Group> groups) {
    void checkCategories(List<String> ids) {
      double[][] used = new double[m.length][];
      for (int i = 0; i < m.length; i++) {
        used[i] = new double[m[i] + 1];
      }
      for (Group g : groups) {
        for (int l = 0; l < g.items.length; l++) {
          for (int x = 0; x < g.categoryCounts[l].length; x++) {
            used[g.items[l]][x] += g.categoryCounts[l][x];
          }
        }
      }
      for (int i = 0; i < m.length; i++) {
        for (int x = 0; x <= m[i]; x++) {
          if (used[i][x] == 0) {
            throw new CalibrationException("calibration.extreme-item", "expected category [" + x + "] of item [" + ids.get(i)
                + "] to be used by a person with a non-extreme score but it was not");
          }
        }
      }
    }

    Evaluation evaluate(double[] eta) {
      int n = offset[m.length];
      double logLik = 0;
      double[] grad = new double[n];
      double[][] info = new double[n][n];
      for (Group g : groups) {
        int len = g.items.length;
        double centre = 0;
        int total = 0;
        for (int item : g.items) {
          centre += eta[offset[item] + m[item] - 1];
          total += m[item];
        }
        centre /= total;
        double[][] eps = new double[len][];
        for (int l = 0; l < len; l++) {
          int item = g.items[l];
          eps[l] = new double[m[item] + 1];
          eps[l][0] = 1;
          for (int x = 1; x <= m[item]; x++) {
            double e = eta[offset[item] + x - 1];
            eps[l][x] = Math.exp(-(e - centre * x));
            logLik -= g.categoryCounts[l][x] * e;
          }
        }
        double[][] fwd = new double[len + 1][];
        fwd[0] = new double[] {1};
        for (int j = 1; j <= len; j++) {
          fwd[j] = convolve(fwd[j - 1], eps[j - 1]);
        }
        double[][] bwd = new double[len + 1][];
        bwd[len] = new double[] {1};
        for (int j = len - 1; j >= 0; j--) {
          bwd[j] = convolve(bwd[j + 1], eps[j]);
        }
        double[] gamma = fwd[len];
        double[] nr = g.scoreCounts;
        for (int r = 0; r < nr.length; r++) {
          if (nr[r] > 0) {
            if (!(gamma[r] > 0) || Double.isInfinite(gamma[r])) {
              throw new ArithmeticException("elementary symmetric function out of double range");
            }
            logLik -= nr[r] * (Math.log(gamma[r]) - r * centre);
          }
        }
        // prob[l][x][r] = P(X_l = x | r)
        double[][][] prob = new double[len][][];
        for (int l = 0; l < len; l++) {
          int item = g.items[l];
          double[] without = convolve(fwd[l], bwd[l + 1]);
          prob[l] = new double[m[item] + 1][nr.length];
          for (int x = 1; x <= m[item]; x++) {
            double sum = 0;
            for (int r = x; r < nr.length; r++) {
              if (nr[r] > 0 && r - x < without.length) {
                prob[l][x][r] = eps[l][x] * without[r - x] / gamma[r];
                sum += nr[r] * prob[l][x][r];
              }
            }
            grad[offset[item] + x - 1] += -g.categoryCounts[l][x] + sum;
          }
          for (int x = 1; x <= m[item]; x++) {
            for (int y = 1; y <= m[item]; y++) {
              double s = 0;
              for (int r = 0; r < nr.length; r++) {
                s += nr[r] * ((x == y ? prob[l][x][r] : 0) - prob[l][x][r] * prob[l][y][r]);
              }
              info[offset[item] + x - 1][offset[item] + y - 1] += s;
            }
          }
        }
        for (int l = 0; l < len - 1; l++) {
          double[] acc = fwd[l];
          for (int j = l + 1; j < len; j++) {
            double[] pair = convolve(acc, bwd[j + 1]);
            int il = g.items[l];
            int ij = g.items[j];
            for (int x = 1; x <= m[il]; x++) {
              for (int y = 1; y <= m[ij]; y++) {
                double s = 0;
                for (int r = 0; r < nr.length; r++) {
                  if (nr[r] > 0) {
                    int rest = r - x - y;
                    double joint = rest >= 0 && rest < pair.length ? eps[l][x] * eps[j][y] * pair[rest] / gamma[r] : 0;
                    s += nr[r] * (joint - prob[l][x][r] * prob[j][y][r]);
                  }
                }
                info[offset[il] + x - 1][offset[ij] + y - 1] += s;
                info[offset[ij] + y - 1][offset[il] + x - 1] += s;
              }
            }
            acc = convolve(acc, eps[j]);
          }
        }
      }
      return new Evaluation(logLik, grad, info);
    }
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

  /** Returns the gradient in the eta parameters (item-major, categories 1..m_i), for tests. */
  static double[] gradient(ResponseMatrix matrix, double[] eta) {
    int k = matrix.items();
    int[] m = new int[k];
    for (int[] row : matrix.rawRows()) {
      for (int i = 0; i < k; i++) {
        m[i] = Math.max(m[i], row[i]);
      }
    }
    int[] offset = new int[k + 1];
    for (int i = 0; i < k; i++) {
      offset[i + 1] = offset[i] + m[i];
    }
    return new Model(m, offset, groups(matrix.rawRows(), m)).evaluate(eta).gradient;
  }
}
