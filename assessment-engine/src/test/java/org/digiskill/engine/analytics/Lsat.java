package org.digiskill.engine.analytics;

import java.util.ArrayList;
import java.util.List;

/** The LSAT data of Bock and Lieberman (1970), sections 6 and 7, as pattern frequencies (psychometrics.md 7.1). */
final class Lsat {
  private Lsat() {}

  /** Patterns in binary order 00000..11111. */
  static final int[] SECTION6 = {3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61, 28, 298};

  static final int[] SECTION7 = {12, 19, 1, 7, 3, 19, 3, 17, 10, 5, 3, 7, 7, 23, 8, 28, 7, 39, 11, 34, 14, 51, 15, 90, 6, 25, 7, 35, 18, 136, 32, 308};

  static final List<String> ITEMS = List.of("Item1", "Item2", "Item3", "Item4", "Item5");

  /** Expands pattern frequencies into a person-by-item matrix, patterns in binary order. */
  static ResponseMatrix matrix(int[] frequencies) {
    List<int[]> rows = new ArrayList<>();
    for (int pattern = 0; pattern < 32; pattern++) {
      int[] row = new int[5];
      for (int i = 0; i < 5; i++) {
        row[i] = (pattern >> (4 - i)) & 1;
      }
      for (int c = 0; c < frequencies[pattern]; c++) {
        rows.add(row);
      }
    }
    return ResponseMatrix.of(ITEMS, rows.toArray(new int[0][]));
  }
}
