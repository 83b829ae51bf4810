package org.digiskill.engine.delivery;

import java.util.List;
import java.util.Objects;

/**
 * One item of a delivered form, with the order its options are shown in.
 *
 * @param item the item id
 * @param section the id of the section it was delivered in
 * @param optionOrder the ids of its options in the order shown: choices for choice items, steps
 *     for ordering items (the starting order the resident rearranges), right-hand options for
 *     matching items; empty for other kinds
 */
public record FormItem(String item, String section, List<String> optionOrder) {

  /** Null-checks and copies. */
  public FormItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(section, "section");
    optionOrder = List.copyOf(optionOrder);
  }
}
