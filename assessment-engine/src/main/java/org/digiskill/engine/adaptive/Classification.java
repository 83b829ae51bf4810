package org.digiskill.engine.adaptive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The pass/fail classification of a finished SPRT session. Written as {@code pass} or {@code fail}. */
public enum Classification {
  /** Classified as a master: ability at or above the cut. */
  PASS,
  /** Classified as a non-master: ability below the cut. */
  FAIL;

  /** Returns the name used in JSON. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
