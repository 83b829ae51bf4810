package org.digiskill.model.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The document must not be used until this is fixed. */
  ERROR,
  /** The document can be used, but its author should look at this. */
  WARNING
}
