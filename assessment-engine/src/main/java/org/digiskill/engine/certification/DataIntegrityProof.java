package org.digiskill.engine.certification;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.digiskill.engine.certification.internal.Ed25519Keys;
import org.digiskill.engine.certification.internal.EddsaRdfc2022;

/**
 * Embedded W3C Data Integrity proofs with the cryptosuite {@value #CRYPTOSUITE}, the proof Open
 * Badges 3.0 certification asks for.
 *
 * <p>The proof is Ed25519 over {@code SHA-256(canonical proof configuration) ||
 * SHA-256(canonical credential)}, both canonicalised with JSON-LD and RDFC-1.0. JSON-LD contexts
 * come only from the copies bundled with the library (W3C VC 2.0, Open Badges 3.0.3 and the 1EdTech
 * extensions); nothing is fetched. A credential that uses a term its contexts do not define is
 * refused, since that term would silently go unsigned.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataIntegrityProof {
  /** The cryptosuite of the proofs made and accepted here. */
  public static final String CRYPTOSUITE = EddsaRdfc2022.CRYPTOSUITE;

  private DataIntegrityProof() {}

  /**
   * Signs an unsigned credential.
   *
   * @param unsignedCredential the credential as an ordered JSON tree (maps, lists, strings, numbers,
   *     booleans), without {@code proof}
   * @param ed25519Key the issuer's Ed25519 private key
   * @param verificationMethod the URL of the public key, such as {@code
   *     https://issuer.example/keys#z6Mk…}
   * @param created the proof's creation time (whole seconds are kept)
   * @return a new ordered, unmodifiable map: the credential's entries followed by {@code proof}, a
   *     one-element array holding the {@code DataIntegrityProof}
   * @throws ProofException {@value ProofException#UNDEFINED_TERM} with the JSON Pointer of a term
   *     the contexts do not define; {@value ProofException#UNKNOWN_CONTEXT}; {@value
   *     ProofException#CANONICALIZATION}; {@value ProofException#UNKNOWN_KEY} if the key is not
   *     Ed25519; {@value ProofException#MALFORMED} if the credential is not a JSON tree
   * @throws IllegalArgumentException if the credential already has a proof
   */
  public static Map<String, Object> sign(Map<String, ?> unsignedCredential, PrivateKey ed25519Key,
      String verificationMethod, Instant created) {
    return EddsaRdfc2022.standard().sign(unsignedCredential, ed25519Key, verificationMethod, created);
  }

  /**
   * Verifies the embedded proof of a credential. The proof may be an object or a one-element array.
   *
   * @param signedCredential the credential with its proof
   * @param ed25519Key the public key named by the proof's {@code verificationMethod}
   * @throws ProofException {@value ProofException#MISSING} if there is no proof; {@value
   *     ProofException#MALFORMED} if the proof or its value is malformed; {@value
   *     ProofException#UNSUPPORTED} for another type, cryptosuite or proof purpose, or several
   *     proofs; {@value ProofException#UNKNOWN_KEY} if the key is not Ed25519; {@value
   *     ProofException#UNDEFINED_TERM}, {@value ProofException#UNKNOWN_CONTEXT} or {@value
   *     ProofException#CANONICALIZATION} if the credential cannot be canonicalised safely; {@value
   *     ProofException#INVALID_SIGNATURE} if the signature does not match
   */
  public static void verify(Map<String, ?> signedCredential, PublicKey ed25519Key) {
    EddsaRdfc2022.standard().verify(signedCredential, ed25519Key);
  }

  /**
   * Returns the Multikey {@code publicKeyMultibase} of an Ed25519 public key: {@code "z" +
   * base58btc(0xed 0x01 || key)}, which starts with {@code z6Mk}.
   *
   * @throws ProofException {@value ProofException#UNKNOWN_KEY} if the key is not an Ed25519 key
   */
  public static String publicKeyMultibase(PublicKey ed25519Key) {
    try {
      return Ed25519Keys.toMultibase(ed25519Key);
    } catch (IllegalArgumentException e) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "", e.getMessage(), e);
    }
  }

  /**
   * Returns the Ed25519 public key of a Multikey {@code publicKeyMultibase}, such as the fragment of
   * a verification method {@code <controller>#z6Mk…}.
   *
   * @throws ProofException {@value ProofException#UNKNOWN_KEY} if the value is not an Ed25519
   *     Multikey
   */
  public static PublicKey fromMultibase(String publicKeyMultibase) {
    Objects.requireNonNull(publicKeyMultibase, "publicKeyMultibase");
    try {
      return Ed25519Keys.fromMultibase(publicKeyMultibase);
    } catch (IllegalArgumentException e) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "", e.getMessage(), e);
    }
  }
}
