package org.digiskill.engine.adaptive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an adaptive session is in its life. Written as {@code in-progress} or {@code finished}. */
public enum SessionStatus {
  /** More items will be given. */
  IN_PROGRESS,
  /** A stopping rule was met; see {@link AdaptiveSession#stopReason()}. */
  FINISHED;

  /** Returns the name used in JSON. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
