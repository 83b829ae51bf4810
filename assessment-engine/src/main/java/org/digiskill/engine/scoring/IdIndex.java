package org.digiskill.engine.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable map from ids to their position in a list, built once when an assessment is
 * compiled and read for every response.
 *
 * <p>Open addressing with linear probing in a power-of-two table at most half full; the hash of
 * each key is kept beside it so that a probe compares strings only when the hashes agree. Unlike
 * a {@link java.util.HashMap} it holds no node objects and returns a primitive, so a lookup
 * touches three small arrays and the key. Immutable and thread-safe; the first of duplicate ids
 * keeps its position.
 */
final class IdIndex {
  static final int ABSENT = -1;

  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;
  private final int size;
  private final String[] byPosition; // the ids as given
  private final int[] firstPosition; // per position: where its id was first given

  private IdIndex(List<String> ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    int n = 0;
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      int h = spread(id.hashCode());
      int slot = h & mask;
      while (keys[slot] != null && !(hashes[slot] == h && keys[slot].equals(id))) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        keys[slot] = id;
        hashes[slot] = h;
        values[slot] = k;
        n++;
      }
    }
    size = n;
    byPosition = ids.toArray(String[]::new);
    firstPosition = new int[byPosition.length];
    for (int k = 0; k < byPosition.length; k++) {
      firstPosition[k] = get(byPosition[k]);
    }
  }

  /** Indexes the ids by their position in the list. */
  static IdIndex of(List<String> ids) {
    return new IdIndex(ids);
  }

  /** Returns the position of the id, or {@link #ABSENT}. */
  int get(String id) {
    int h = spread(id.hashCode());
    int slot = h & mask;
    String k;
    while ((k = keys[slot]) != null) {
      if (hashes[slot] == h && k.equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  /**
   * Returns the position of the id, or {@link #ABSENT}, comparing it first with the id given at
   * {@code likely} (any int): where answers usually come in a known order, one comparison of
   * strings then replaces hashing a string just read.
   */
  int get(String id, int likely) {
    if (likely >= 0 && likely < byPosition.length && byPosition[likely].equals(id)) {
      return firstPosition[likely];
    }
    return get(id);
  }

  /** Returns true when the id is indexed. */
  boolean contains(String id) {
    return get(id) != ABSENT;
  }

  /** Returns how many distinct ids are indexed. */
  int size() {
    return size;
  }

  /** Returns the ids in sorted order, for error messages. */
  List<String> sortedIds() {
    return Arrays.stream(keys).filter(k -> k != null).sorted().toList();
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
