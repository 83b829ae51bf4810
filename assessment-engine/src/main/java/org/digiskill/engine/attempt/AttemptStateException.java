package org.digiskill.engine.attempt;

import org.digiskill.model.DigiskillException;

/**
 * The caller broke a rule of the attempt lifecycle: saving to a finished attempt, submitting
 * different content for an attempt already submitted, starting beyond the retake policy.
 *
 * <p>Stable codes: {@code attempt.finished}, {@code attempt.conflict}, {@code attempt.not-on-form},
 * {@code attempt.not-expired}, {@code attempt.wrong-assessment}, {@code attempt.limit-reached},
 * {@code attempt.cooldown}, {@code attempt.duplicate-id}, {@code attempt.in-progress}.
 */
public final class AttemptStateException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a stable code, a JSON Pointer and a message. */
  public AttemptStateException(String code, String path, String message) {
    super(code, path, message);
  }
}
