package org.digiskill.engine.scoring;

import org.digiskill.model.DigiskillException;

/**
 * A submission does not fit the assessment it names (another assessment or version, an item not
 * on the delivered form, a response given twice, too many responses); the portal that sent it
 * must fix it. Responses that merely do not fit their item are not exceptions: they are scored
 * {@link ItemStatus#INVALID} with the reason.
 *
 * <p>Codes: {@code submission.assessment-mismatch}, {@code submission.unknown-item}, {@code
 * submission.not-delivered}, {@code submission.duplicate-response}; and, for forms checked on return
 * from offline use, {@code submission.form-mismatch}; when regrading, {@code regrade.form-changed}.
 */
public final class InvalidSubmissionException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a stable code, the JSON Pointer into the submission and a message. */
  public InvalidSubmissionException(String code, String path, String message) {
    super(code, path, message);
  }
}
