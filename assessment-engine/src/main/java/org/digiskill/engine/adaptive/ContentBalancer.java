package org.digiskill.engine.adaptive;

import org.digiskill.engine.delivery.SplitMix64;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Kingsbury–Zara content balancing: picks the content area the next item must come from.
 *
 * <p>Rule, over the areas that still have an item the session may give, in ascending code order:
 * areas with a positive target and no item given yet come first (the one with the largest target);
 * otherwise the area with the largest deficit {@code target - given/n}. Areas without a target
 * count as target 0, so they are used only when every targeted area is exhausted. Ties (within
 * 1e-12) are broken by one draw {@code nextInt(ties)} over the tied areas in code order; no draw
 * is made when there is no tie.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentBalancer {
  private static final double TIE = 1e-12;

  private ContentBalancer() {}

  /**
   * Returns the area to draw from, or null when there are no targets (the whole bank is eligible).
   *
   * @param targets normalised target shares by area code
   * @param given items given so far by area code
   * @param total items given so far
   * @param available areas (ascending) that still have an eligible item; not empty
   */
  static String chooseArea(
      Map<String, Double> targets, Map<String, Integer> given, int total, SortedSet<String> available, SplitMix64 rng) {
    if (targets.isEmpty()) {
      return null;
    }
    List<String> best = new ArrayList<>();
    double bestKey = Double.NEGATIVE_INFINITY;
    boolean bestUnused = false;
    for (String area : available) {
      double target = targets.getOrDefault(area, 0.0);
      int count = given.getOrDefault(area, 0);
      boolean unused = target > 0 && count == 0;
      double key = unused ? target : target - (total == 0 ? 0.0 : (double) count / total);
      if (unused && !bestUnused) {
        best.clear();
        best.add(area);
        bestKey = key;
        bestUnused = true;
      } else if (unused == bestUnused) {
        if (key > bestKey + TIE) {
          best.clear();
          best.add(area);
          bestKey = key;
        } else if (key >= bestKey - TIE) {
          best.add(area);
        }
      }
    }
    return best.size() == 1 ? best.get(0) : best.get(rng.nextInt(best.size()));
  }
}
