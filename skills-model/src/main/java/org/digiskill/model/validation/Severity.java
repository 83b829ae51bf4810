package org.digiskill.model.validation;

/** How serious a {@link Violation} is; written in documents in lower case. */
public enum Severity {
  /** The document must not be used until this is fixed. */
  ERROR,
  /** The document can be used, but its author should look at this. */
  WARNING;

  /** Returns the name used in JSON, in lower case. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
