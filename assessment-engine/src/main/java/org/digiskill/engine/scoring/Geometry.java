package org.digiskill.engine.scoring;

import java.util.List;
import org.digiskill.model.item.Parts;

/** Point-in-region tests for hotspot items, in image pixels; edges count as inside. */
final class Geometry {
  private Geometry() {}

  /** Returns the index of the first region containing the point, or -1. */
  static int regionIndexAt(List<Parts.Region> regions, double x, double y) {
    for (int k = 0; k < regions.size(); k++) {
      if (contains(regions.get(k), x, y)) {
        return k;
      }
    }
    return -1;
  }

  static boolean contains(Parts.Region r, double x, double y) {
    List<Double> c = r.coords();
    switch (r.shape()) {
      case RECT:
        return x >= c.get(0) && x <= c.get(0) + c.get(2) && y >= c.get(1) && y <= c.get(1) + c.get(3);
      case CIRCLE:
        double dx = x - c.get(0);
        double dy = y - c.get(1);
        return dx * dx + dy * dy <= c.get(2) * c.get(2);
      default:
        return inPolygon(c, x, y);
    }
  }

  /** Even-odd rule, with points on an edge counted inside. */
  private static boolean inPolygon(List<Double> c, double x, double y) {
    int n = c.size() / 2;
    boolean inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = c.get(2 * i);
      double yi = c.get(2 * i + 1);
      double xj = c.get(2 * j);
      double yj = c.get(2 * j + 1);
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
