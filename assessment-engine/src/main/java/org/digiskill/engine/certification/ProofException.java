package org.digiskill.engine.certification;

import org.digiskill.model.DigiskillException;

/**
 * Thrown when a credential cannot be signed, or its proof does not verify. The {@link #code()}
 * says why, so that a verifier can report each failure with its own reason.
 */
public class ProofException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** The credential carries no proof of the expected form. */
  public static final String MISSING = "proof.missing";
  /** The proof or token is not well formed (bad JSON, bad base encoding, wrong field types). */
  public static final String MALFORMED = "proof.malformed";
  /** The cryptosuite or algorithm is not one this library accepts. */
  public static final String UNSUPPORTED = "proof.unsupported";
  /** The algorithm is refused outright: {@code none}, HMAC, or one that does not fit the key. */
  public static final String ALGORITHM_NOT_ALLOWED = "proof.algorithm-not-allowed";
  /** The signature does not match the document: it was changed, or signed with another key. */
  public static final String INVALID_SIGNATURE = "proof.invalid-signature";
  /** The key named by the proof is unknown, or is not the kind the algorithm needs. */
  public static final String UNKNOWN_KEY = "proof.unknown-key";
  /** The document uses a term its JSON-LD contexts do not define, which would go unsigned. */
  public static final String UNDEFINED_TERM = "proof.undefined-term";
  /** The document names a JSON-LD context this library does not bundle (none is fetched). */
  public static final String UNKNOWN_CONTEXT = "proof.unknown-context";
  /** JSON-LD processing or RDF canonicalisation failed or exceeded its time budget. */
  public static final String CANONICALIZATION = "proof.canonicalization";
  /** The proof's {@code expires} date has passed. */
  public static final String EXPIRED = "proof.expired";
  /** The JWT's registered claims disagree with the credential they carry. */
  public static final String CLAIMS_MISMATCH = "proof.claims-mismatch";

  /** Creates the exception with a stable code, a JSON Pointer path and a message. */
  public ProofException(String code, String path, String message) {
    super(code, path, message);
  }

  /** Creates the exception with a cause. */
  public ProofException(String code, String path, String message, Throwable cause) {
    super(code, path, message, cause);
  }
}
