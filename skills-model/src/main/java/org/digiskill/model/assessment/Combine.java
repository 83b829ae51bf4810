package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a group of rules combines their outcomes. */
public enum Combine {
  /** Every rule must pass. */
  ALL,
  /** At least one rule must pass. */
  ANY;

  /** Returns the name used in documents. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
