package org.digiskill.engine.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The concrete form a resident receives: which items, in which order, with options in which
 * order. The same assessment version and seed always give the same form, on any JVM.
 *
 * <p>Immutable and thread-safe.
 *
 * @param assessmentId the assessment id
 * @param assessmentVersion the assessment version
 * @param seed the seed it was made with
 * @param items the items in the order shown
 */
public record Form(String assessmentId, String assessmentVersion, long seed, List<FormItem> items) {

  /** Null-checks and copies. */
  public Form {
    Objects.requireNonNull(assessmentId, "assessmentId");
    Objects.requireNonNull(assessmentVersion, "assessmentVersion");
    items = List.copyOf(items);
  }

  /** Returns the delivered item with this id, if it was delivered. */
  public Optional<FormItem> item(String itemId) {
    for (FormItem fi : items) {
      if (fi.item().equals(itemId)) {
        return Optional.of(fi);
      }
    }
    return Optional.empty();
  }

  /** Returns the delivered items by id, for repeated lookups. */
  public Map<String, FormItem> byItem() {
    Map<String, FormItem> m = new HashMap<>(items.size() * 2);
    for (FormItem fi : items) {
      m.put(fi.item(), fi);
    }
    return m;
  }
}
