package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a competence of one framework relates to a competence of another, read from the source's
 * side (as SKOS mapping properties are): {@code narrower} means the source competence is narrower
 * than the target.
 */
public enum Relation {
  /** The two competences mean the same (SKOS {@code exactMatch}, CASE {@code exactMatchOf}). */
  EXACT,
  /** The source competence is broader than the target ({@code broadMatch}). */
  BROADER,
  /** The source competence is narrower than the target, e.g. one part of it ({@code narrowMatch}). */
  NARROWER,
  /** The two overlap without either containing the other ({@code relatedMatch}, CASE {@code isRelatedTo}). */
  RELATED;

  /** Returns the name used in documents, in lower case. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
