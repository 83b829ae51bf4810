package org.digiskill.engine.scoring;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nothing else holds or writes: how scoring hands the
 * arrays it fills to a report, without the copy (and null check of every element) that {@link
 * List#of(Object[])} makes. The report's records keep such a list as it is ({@link #copyOf})
 * instead of copying it again.
 *
 * <p>Only code of this package that has just filled an array with non-null elements, and drops
 * it afterwards, may wrap it. Immutable and thread-safe: the array is reached only through a final
 * field, so its elements are visible to every thread that sees the list.
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
  private final E[] elements;

  private FrozenList(E[] elements) {
    this.elements = elements;
  }

  /** Wraps a filled array that the caller will neither write nor hand out again. */
  static <E> List<E> wrap(E[] elements) {
    return elements.length == 0 ? List.of() : new FrozenList<>(elements);
  }

  /**
   * The {@code count} non-null elements of an array indexed by code (a competence, an area), in
   * index order; the array itself is not held.
   */
  static <E> List<E> present(E[] byIndex, int count) {
    E[] out = java.util.Arrays.copyOf(byIndex, count); // an array of the same component type
    int i = 0;
    for (E e : byIndex) {
      if (e != null) {
        out[i++] = e;
      }
    }
    return wrap(out);
  }

  /** {@link List#copyOf}, except that a list made by {@link #wrap} is returned as it is. */
  @SuppressWarnings("unchecked")
  static <E> List<E> copyOf(Collection<? extends E> list) {
    return list instanceof FrozenList<?> frozen ? (List<E>) frozen : List.copyOf(list);
  }

  @Override
  public E get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
