package org.digiskill.engine.analytics;

import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * New IRT parameters for one bank item, to be merged into the item's {@code irt} field. Immutable.
 *
 * @param itemId the item id
 * @param irt the calibrated parameters
 */
public record ItemParameterUpdate(String itemId, IrtParameters irt) {
  /** Null-checks both. */
  public ItemParameterUpdate {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(irt, "irt");
  }
}
