package org.digiskill.engine.adaptive;

import java.util.Objects;
import org.digiskill.engine.irt.ItemModel;

/**
 * One item of an adaptive bank: its id, the content area it counts towards, and its calibrated
 * IRT model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item id, unique in the bank
 * @param area the content area code (for content balancing)
 * @param model the calibrated item model
 */
public record AdaptiveItem(String id, String area, ItemModel model) {
  /** Null-checks. */
  public AdaptiveItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(model, "model");
  }

  /** Returns an item. */
  public static AdaptiveItem of(String id, String area, ItemModel model) {
    return new AdaptiveItem(id, area, model);
  }
}
