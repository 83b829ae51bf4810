package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Locale;

/**
 * How many times a resident may take an assessment, how long they wait between attempts, and
 * which attempt counts (Moodle's grading methods).
 *
 * @param maxAttempts the most attempts a candidate may start, or null for no limit
 * @param cooldown the least time between one attempt's end and the next one's start (ISO 8601,
 *     e.g. {@code P1D}), or null for none
 * @param grading which attempt gives the candidate's standing; highest when omitted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptPolicy(@Positive Integer maxAttempts, Duration cooldown, Grading grading) {

  /** Fills the default grading method. */
  public AttemptPolicy {
    grading = grading == null ? Grading.HIGHEST : grading;
  }

  /** The policy when an assessment says nothing: unlimited attempts, no cooldown, highest counts. */
  public static AttemptPolicy unlimited() {
    return new AttemptPolicy(null, null, Grading.HIGHEST);
  }

  /** Which attempt gives the standing. */
  public enum Grading {
    /** The attempt with the highest percentage (the earliest of equals). */
    HIGHEST,
    /** The most recent attempt. */
    LAST,
    /** The first attempt. */
    FIRST,
    /** The mean percentage of all attempts. */
    AVERAGE;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
