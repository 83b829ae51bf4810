package org.digiskill.engine.certification;

import org.digiskill.model.DigiskillException;

/**
 * Thrown when an Open Badges credential must not be issued: the report did not pass, or the
 * recipient would be identified by something that must never go into a credential.
 *
 * <p>Codes: {@value #NOT_PASSED}, {@value #FORBIDDEN_IDENTIFIER}, {@value #UNSUPPORTED_IDENTIFIER},
 * {@value #MISMATCH}.
 */
public class CredentialIssuerException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** The score report's decision is not "passed". */
  public static final String NOT_PASSED = "credential.not-passed";
  /** A national ID or phone number (or something that looks like one) was offered as identifier. */
  public static final String FORBIDDEN_IDENTIFIER = "credential.forbidden-identifier";
  /** An identifier type this library does not put into credentials. */
  public static final String UNSUPPORTED_IDENTIFIER = "credential.unsupported-identifier";
  /** The report, assessment and framework do not belong together. */
  public static final String MISMATCH = "credential.mismatch";

  /** Creates the exception with a stable code, a JSON Pointer path and a message. */
  public CredentialIssuerException(String code, String path, String message) {
    super(code, path, message);
  }
}
