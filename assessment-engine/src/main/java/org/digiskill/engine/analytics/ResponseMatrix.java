package org.digiskill.engine.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Responses of persons (rows) to items (columns): a category number {@code ≥ 0}, or {@link
 * #MISSING} when the item was not presented. Immutable and thread-safe; never null.
 */
public final class ResponseMatrix {
  /** The value of a cell whose item was not presented. */
  public static final int MISSING = -1;

  private final List<String> itemIds;
  private final int[][] rows;

  private ResponseMatrix(List<String> itemIds, int[][] rows) {
    this.itemIds = itemIds;
    this.rows = rows;
  }

  /**
   * Returns a matrix of the given item ids and rows, copying the rows.
   *
   * @throws IllegalArgumentException on duplicate ids, a row of the wrong length, or a cell below
   *     {@link #MISSING}
   */
  public static ResponseMatrix of(List<String> itemIds, int[][] rows) {
    List<String> ids = List.copyOf(itemIds);
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("duplicate item ids in " + ids);
    }
    int[][] copy = new int[rows.length][];
    for (int v = 0; v < rows.length; v++) {
      Objects.requireNonNull(rows[v], "row");
      if (rows[v].length != ids.size()) {
        throw new IllegalArgumentException("expected " + ids.size() + " cells in row " + v + " but was " + rows[v].length);
      }
      for (int x : rows[v]) {
        if (x < MISSING) {
          throw new IllegalArgumentException("expected a category number or MISSING but was [" + x + "]");
        }
      }
      copy[v] = rows[v].clone();
    }
    return new ResponseMatrix(ids, copy);
  }

  /** Returns the item ids, in column order. */
  public List<String> itemIds() {
    return itemIds;
  }

  /** Returns the number of persons (rows). */
  public int persons() {
    return rows.length;
  }

  /** Returns the number of items (columns). */
  public int items() {
    return itemIds.size();
  }

  /** Returns the response of a person to an item, or {@link #MISSING}. */
  public int response(int person, int item) {
    return rows[person][item];
  }

  /** Returns a copy of one person's row. */
  public int[] row(int person) {
    return rows[person].clone();
  }

  /** Returns a matrix with the same items and the rows in the given order (a permutation or selection). */
  public ResponseMatrix selectRows(int[] order) {
    int[][] r = new int[order.length][];
    for (int v = 0; v < order.length; v++) {
      r[v] = rows[order[v]];
    }
    return new ResponseMatrix(itemIds, r);
  }

  /** Returns the rows without copying, for the calibrators in this package. */
  int[][] rawRows() {
    return rows;
  }

  /** Checks that every cell is 0, 1 or missing. */
  void requireDichotomous() {
    for (int v = 0; v < rows.length; v++) {
      for (int i = 0; i < itemIds.size(); i++) {
        int x = rows[v][i];
        if (x > 1) {
          throw new CalibrationException("calibration.not-dichotomous",
              "expected 0, 1 or missing for item [" + itemIds.get(i) + "] but was [" + x + "] in row " + (v + 1));
        }
      }
    }
  }
}
