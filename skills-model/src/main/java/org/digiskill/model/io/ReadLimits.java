package org.digiskill.model.io;

/**
 * Bounds on untrusted input. A document that exceeds one is refused with a clear error before
 * any of it is bound.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and lists accepted
 * @param maxStringLength the longest single text accepted, in characters
 */
public record ReadLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

  /** Defaults generous for any real framework or assessment: 16 MiB, 64 levels, 1 M characters. */
  public static final ReadLimits DEFAULT = new ReadLimits(16 * 1024 * 1024, 64, 1_000_000);

  /** Checks that every bound is positive. */
  public ReadLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
