package org.digiskill.engine.irt;

import java.util.Objects;

/**
 * One scored answer: an item's model and the category the resident reached (0/1 for dichotomous
 * items). Immutable and thread-safe; the model is never null.
 *
 * @param model the item's response model
 * @param response the observed category, in {@code [0, model.categories() - 1]}
 */
public record ItemResponse(ItemModel model, int response) {

  /** Null-checks the model and checks the response is one of its categories. */
  public ItemResponse {
    Objects.requireNonNull(model, "model");
    if (response < 0 || response >= model.categories()) {
      throw new IllegalArgumentException(
          "expected a response in [0, "
              + (model.categories() - 1)
              + "] but was ["
              + response
              + "]");
    }
  }

  /** Returns a response to the given model. */
  public static ItemResponse of(ItemModel model, int response) {
    return new ItemResponse(model, response);
  }
}
