package org.digiskill.engine.certification;

/**
 * The signature algorithms an {@link IssuerKey} can have, each named as JOSE (RFC 7518, RFC 8037)
 * names it.
 *
 * <ul>
 *   <li>{@link #ED25519} signs embedded Data Integrity proofs with the {@code eddsa-rdfc-2022}
 *       cryptosuite, the proof 1EdTech certifies Open Badges 3.0 issuers with. It never signs a
 *       VC-JWT: the 1EdTech validator rejects EdDSA JWTs.
 *   <li>{@link #ES256} (ECDSA on P-256 with SHA-256) and {@link #RS256} (RSASSA-PKCS1-v1_5 with
 *       SHA-256) sign VC-JWTs ({@link VcJwt}); they are the only algorithms the 1EdTech validator
 *       accepts there, and OB 3.0 requires verifiers to support RS256.
 * </ul>
 */
public enum KeyAlgorithm {
  /** Ed25519 (JWK {@code OKP}/{@code Ed25519}, JWS {@code EdDSA}): Data Integrity proofs only. */
  ED25519("EdDSA"),
  /** ECDSA on P-256 with SHA-256 (JWK {@code EC}/{@code P-256}): VC-JWT. */
  ES256("ES256"),
  /** RSASSA-PKCS1-v1_5 with SHA-256 (JWK {@code RSA}): VC-JWT; deterministic signatures. */
  RS256("RS256");

  private final String jwsName;

  KeyAlgorithm(String jwsName) {
    this.jwsName = jwsName;
  }

  /**
   * Returns the JOSE {@code alg} name: {@code EdDSA}, {@code ES256} or {@code RS256}. (RFC 9864's
   * fully specified {@code Ed25519} is accepted as a synonym when reading JWKs.)
   */
  public String jwsName() {
    return jwsName;
  }

  /** Returns whether this algorithm may sign a VC-JWT ({@link #ES256} and {@link #RS256}). */
  boolean signsVcJwt() {
    return this != ED25519;
  }
}
