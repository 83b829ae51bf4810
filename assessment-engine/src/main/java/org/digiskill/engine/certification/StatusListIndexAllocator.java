package org.digiskill.engine.certification;

import java.util.BitSet;
import java.util.Objects;
import org.digiskill.engine.delivery.SplitMix64;

/**
 * Chooses the status-list index of a newly issued credential at random, so that indexes reveal
 * nothing about issue order and neighbouring indexes are not neighbouring learners (the W3C
 * Bitstring Status List's advice on correlation).
 *
 * <p>Algorithm, given the set {@code used} of indexes already given out in a list of {@code size}
 * entries and a seeded {@link SplitMix64}:
 *
 * <ol>
 *   <li>Count the used indexes in {@code [0, size)}; if all are used, refuse ({@link
 *       IllegalStateException}).
 *   <li>If at most half are used, draw {@code rng.nextInt(size)} until an unused index comes up
 *       (on average at most two draws).
 *   <li>Otherwise draw one start {@code s = rng.nextInt(size)} and return the first unused index at
 *       or after {@code s}, wrapping round to 0 (a linear scan, so a nearly full list still
 *       finishes in one pass).
 * </ol>
 *
 * <p>The same {@code used}, {@code size} and generator state always give the same index. Stateless
 * and thread-safe; {@code used} is not changed (the caller records the returned index).
 */
public final class StatusListIndexAllocator {
  private StatusListIndexAllocator() {}

  /**
   * Returns an index in {@code [0, size)} that is not in {@code used}.
   *
   * @throws IllegalArgumentException if {@code size} is not positive
   * @throws IllegalStateException if every index in {@code [0, size)} is used
   */
  public static int allocate(BitSet used, int size, SplitMix64 rng) {
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(rng, "rng");
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive but was [" + size + "]");
    }
    int count = used.get(0, size).cardinality();
    if (count >= size) {
      throw new IllegalStateException("status list is full: all " + size + " indexes are allocated");
    }
    if (count <= size / 2) {
      while (true) {
        int i = rng.nextInt(size);
        if (!used.get(i)) {
          return i;
        }
      }
    }
    int i = used.nextClearBit(rng.nextInt(size));
    return i < size ? i : used.nextClearBit(0);
  }

  /**
   * Returns an index of {@code list} not in {@code used}: {@link #allocate(BitSet, int,
   * SplitMix64)} with {@code size = list.size()}.
   */
  public static int allocate(BitSet used, BitstringStatusList list, SplitMix64 rng) {
    return allocate(used, list.size(), rng);
  }
}
