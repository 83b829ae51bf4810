package org.digiskill.engine.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Rasch and 2PL response data simulated from known parameters with a fixed seed. */
final class Simulated {
  private Simulated() {}

  /** Returns evenly spaced difficulties from -2 to 2 that sum to zero. */
  static double[] difficulties(int items) {
    double[] b = new double[items];
    for (int i = 0; i < items; i++) {
      b[i] = -2 + 4.0 * i / (items - 1);
    }
    return b;
  }

  /** Simulates persons with θ ~ N(0, 1); each cell is missing with probability {@code missing}. */
  static ResponseMatrix rasch(int persons, double[] b, long seed, double missing) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] rows = new int[persons][b.length];
    for (int v = 0; v < persons; v++) {
      double theta = random.nextGaussian();
      for (int i = 0; i < b.length; i++) {
        boolean right = random.nextDouble() < Numerics.logistic(theta - b[i]);
        rows[v][i] = random.nextDouble() < missing ? ResponseMatrix.MISSING : right ? 1 : 0;
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      ids.add("i" + (i + 1));
    }
    return ResponseMatrix.of(ids, rows);
  }

  static double[] difficultiesOf(CalibrationResult r) {
    return r.items().stream().mapToDouble(ItemCalibration::difficulty).toArray();
  }
}
