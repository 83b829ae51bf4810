package org.digiskill.model.framework;

/** The shapes of identifiers in documents, as regular expressions; used by the constraint annotations. */
public final class Codes {
  /** A code such as {@code 1.1}, {@code R2}, {@code foundation} or {@code 1.1.CB1a}. */
  public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** A document id such as {@code digcomp} or {@code vn-residents-basic}. */
  public static final String ID = "[a-z0-9][a-z0-9._-]{0,63}";

  private Codes() {}
}
