package org.digiskill.engine.attempt;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an attempt is in its life. */
public enum AttemptStatus {
  /** Started; responses may be saved. */
  IN_PROGRESS,
  /** Submitted by the resident and scored. */
  SUBMITTED,
  /** Its time ran out before it was submitted; scored with the responses saved in time. */
  EXPIRED;

  /** Returns the name used in JSON: {@code in-progress}, {@code submitted}, {@code expired}. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns true when the attempt is over and carries its report. */
  public boolean finished() {
    return this != IN_PROGRESS;
  }
}
