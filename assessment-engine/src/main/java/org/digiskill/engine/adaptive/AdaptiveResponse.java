package org.digiskill.engine.adaptive;

import java.util.Objects;

/**
 * One administered item and the scored response to it, in a session.
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the bank item id
 * @param score the score category: 0 or 1 for dichotomous items, 0..m for polytomous ones
 */
public record AdaptiveResponse(String itemId, int score) {
  /** Null-checks and rejects negative scores. */
  public AdaptiveResponse {
    Objects.requireNonNull(itemId, "itemId");
    if (score < 0) {
      throw new IllegalArgumentException("expected a score >= 0 but was [" + score + "] for item [" + itemId + "]");
    }
  }
}
