package org.digiskill.engine.adaptive;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.delivery.SplitMix64;
import org.digiskill.engine.irt.ItemModel;

/** Generated banks for the adaptive tests. */
final class Banks {
  private Banks() {}

  /** Rasch items with the given difficulties, ids i0.., all in area "A". */
  static List<AdaptiveItem> rasch(double... b) {
    List<AdaptiveItem> bank = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      bank.add(AdaptiveItem.of("i" + i, "A", ItemModel.rasch(b[i])));
    }
    return bank;
  }

  /**
   * A 2PL bank: a uniform in [0.8, 2.0], b uniform in [-3, 3], areas cycling through {@code
   * areas}.
   */
  static List<AdaptiveItem> twoPl(int size, long seed, String... areas) {
    SplitMix64 rng = new SplitMix64(seed);
    List<AdaptiveItem> bank = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double a = 0.8 + 1.2 * u(rng);
      double b = -3 + 6 * u(rng);
      bank.add(AdaptiveItem.of(String.format("q%03d", i), areas[i % areas.length], ItemModel.twoPl(a, b)));
    }
    return bank;
  }

  static double u(SplitMix64 rng) {
    return (rng.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Runs a session to the end, answering 1 when u < P(correct) at {@code theta}. */
  static AdaptiveSession run(AdaptiveEngine engine, long seed, double theta, long responseSeed) {
    SplitMix64 rng = new SplitMix64(responseSeed);
    AdaptiveSession s = engine.start(seed);
    while (!s.finished()) {
      String id = engine.next(s).orElseThrow();
      double p = engine.item(id).orElseThrow().model().probability(theta, 1);
      s = engine.answer(s, id, u(rng) < p ? 1 : 0);
    }
    return s;
  }
}
