package org.digiskill.model;

import java.util.Objects;

/**
 * The root of every exception digiskill throws on purpose.
 *
 * <p>Each carries a stable {@link #code()} that callers may switch on, and the JSON Pointer
 * {@link #path()} in the input where the problem lies (empty when it concerns the whole input).
 * Subclasses say who must act: the author of a document, the portal that sent a submission, or
 * the caller that broke a lifecycle rule. Programming errors remain ordinary JDK exceptions.
 */
public class DigiskillException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String path;

  /** Creates an exception with a stable code, a JSON Pointer path and a message. */
  public DigiskillException(String code, String path, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
  }

  /** Creates an exception that wraps a cause. */
  public DigiskillException(String code, String path, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
  }

  /** Returns the stable machine-readable code, such as {@code document.unknown-property}. */
  public String code() {
    return code;
  }

  /** Returns the JSON Pointer of the offending place, or the empty string for the whole input. */
  public String path() {
    return path;
  }
}
