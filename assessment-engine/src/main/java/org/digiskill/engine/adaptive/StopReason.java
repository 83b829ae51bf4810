package org.digiskill.engine.adaptive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why an adaptive session stopped. Written in JSON as {@code se-target}, {@code max-items}, {@code
 * sprt-pass}, {@code sprt-fail} or {@code bank-exhausted}.
 */
public enum StopReason {
  /** The standard error reached the configured target (after the minimum number of items). */
  SE_TARGET,
  /** The maximum number of items was given. */
  MAX_ITEMS,
  /** The SPRT log-likelihood ratio reached its upper bound A: classified as a master. */
  SPRT_PASS,
  /** The SPRT log-likelihood ratio reached its lower bound B: classified as a non-master. */
  SPRT_FAIL,
  /** No item in the bank is left that the session may still give. */
  BANK_EXHAUSTED;

  /** Returns the name used in JSON. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
