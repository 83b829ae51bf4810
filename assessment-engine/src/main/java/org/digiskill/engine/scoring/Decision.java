package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a resident is certified by an attempt. Written as {@code "passed"} or {@code "failed"}. */
public enum Decision {
  /** The certification policy is met. */
  PASSED,
  /** It is not. */
  FAILED;

  /** Returns the name used in JSON. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
