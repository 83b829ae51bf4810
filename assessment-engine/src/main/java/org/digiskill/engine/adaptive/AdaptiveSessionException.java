package org.digiskill.engine.adaptive;

import org.digiskill.model.DigiskillException;

/**
 * The caller broke a rule of the adaptive session: answered a finished session, answered an item
 * other than the one due, sent a score outside the item's categories, or handed in a session that
 * names items this engine's bank does not hold (a session from another bank).
 *
 * <p>Stable codes: {@code adaptive.finished}, {@code adaptive.not-due}, {@code
 * adaptive.bad-score}, {@code adaptive.unknown-item}.
 */
public final class AdaptiveSessionException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a stable code, a JSON Pointer and a message. */
  public AdaptiveSessionException(String code, String path, String message) {
    super(code, path, message);
  }
}
