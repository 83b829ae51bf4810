package org.digiskill.engine.scoring;

import java.util.List;
import org.digiskill.model.item.Parts;

/**
 * Point-in-region tests for the regions of one hotspot item, in image pixels; edges count as
 * inside. The regions' coordinates are copied once into one flat array of doubles, so a test reads
 * neighbouring slots rather than a boxed {@code Double} per coordinate. Immutable and thread-safe.
 */
final class Geometry {
  private final Parts.Shape[] shape; // per region
  private final int[] from; // per region, and one past the last: where its coordinates start
  private final double[] coords;

  private Geometry(List<Parts.Region> regions) {
    int n = regions.size();
    shape = new Parts.Shape[n];
    from = new int[n + 1];
    for (int k = 0; k < n; k++) {
      shape[k] = regions.get(k).shape();
      from[k + 1] = from[k] + regions.get(k).coords().size();
    }
    coords = new double[from[n]];
    for (int k = 0; k < n; k++) {
      List<Double> c = regions.get(k).coords();
      for (int i = 0; i < c.size(); i++) {
        coords[from[k] + i] = c.get(i);
      }
    }
  }

  /** Compiles the regions, in their order. */
  static Geometry of(List<Parts.Region> regions) {
    return new Geometry(regions);
  }

  /** Returns the index of the first region containing the point, or -1. */
  int regionIndexAt(double x, double y) {
    for (int k = 0; k < shape.length; k++) {
      if (contains(k, x, y)) {
        return k;
      }
    }
    return -1;
  }

  private boolean contains(int k, double x, double y) {
    int o = from[k];
    double[] c = coords;
    switch (shape[k]) {
      case RECT:
        return x >= c[o] && x <= c[o] + c[o + 2] && y >= c[o + 1] && y <= c[o + 1] + c[o + 3];
      case CIRCLE:
        double dx = x - c[o];
        double dy = y - c[o + 1];
        return dx * dx + dy * dy <= c[o + 2] * c[o + 2];
      default:
        return inPolygon(o, (from[k + 1] - o) / 2, x, y);
    }
  }

  /** Even-odd rule, with points on an edge counted inside. */
  private boolean inPolygon(int o, int n, double x, double y) {
    double[] c = coords;
    boolean inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = c[o + 2 * i];
      double yi = c[o + 2 * i + 1];
      double xj = c[o + 2 * j];
      double yj = c[o + 2 * j + 1];
      if (onSegment(xi, yi, xj, yj, x, y)) {
        return true;
      }
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }

  private static boolean onSegment(double x1, double y1, double x2, double y2, double x, double y) {
    double cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    if (Math.abs(cross) > 1e-9) {
      return false;
    }
    return x >= Math.min(x1, x2) - 1e-9 && x <= Math.max(x1, x2) + 1e-9 && y >= Math.min(y1, y2) - 1e-9 && y <= Math.max(y1, y2) + 1e-9;
  }
}
