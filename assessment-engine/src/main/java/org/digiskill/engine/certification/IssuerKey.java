package org.digiskill.engine.certification;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Objects;
import org.digiskill.engine.certification.internal.JwkCodec;

/**
 * An issuer's signing key pair, or only its public key, with the key id that proofs name it by
 * (typically a URL or DID URL that dereferences to the public JWK).
 *
 * <p>Keys move in and out as JWKs (RFC 7517): {@code OKP}/{@code Ed25519} (RFC 8037), {@code
 * EC}/{@code P-256} and {@code RSA}, each with {@code kid}, {@code use: "sig"} and {@code alg}.
 * {@link #toString()} shows only the algorithm and the key id; private key material leaves this
 * object only through {@link #toJwk()} and {@link #privateKey()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class IssuerKey {
  /**
   * The RSA modulus size of {@link #generate}: 3072 bits (128-bit security). NIST SP 800-57
   * accepts 2048 bits only through 2030, and credentials signed today are verified for years.
   */
  public static final int RSA_BITS = 3072;

  private final KeyAlgorithm algorithm;
  private final String keyId;
  private final PublicKey publicKey;
  private final PrivateKey privateKey;

  private IssuerKey(KeyAlgorithm algorithm, String keyId, PublicKey publicKey, PrivateKey privateKey) {
    this.algorithm = algorithm;
    this.keyId = keyId;
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  /**
   * Generates a new key pair: Ed25519, EC P-256 or RSA {@value #RSA_BITS}, all with the JDK's own
   * providers.
   *
   * @param algorithm the algorithm
   * @param keyId the key id, not blank
   * @param random the randomness the key is drawn from
   * @return the key pair
   */
  public static IssuerKey generate(KeyAlgorithm algorithm, String keyId, SecureRandom random) {
    Objects.requireNonNull(algorithm, "algorithm");
    requireKeyId(keyId);
    Objects.requireNonNull(random, "random");
    try {
      KeyPairGenerator generator;
      switch (algorithm) {
        case ED25519 -> {
          generator = KeyPairGenerator.getInstance("Ed25519");
          generator.initialize(NamedParameterSpec.ED25519, random);
        }
        case ES256 -> {
          generator = KeyPairGenerator.getInstance("EC");
          generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        }
        case RS256 -> {
          generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4), random);
        }
        default -> throw new IllegalArgumentException("unknown algorithm " + algorithm);
      }
      KeyPair pair = generator.generateKeyPair();
      return new IssuerKey(algorithm, keyId, pair.getPublic(), pair.getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + algorithm + " keys", e);
    }
  }

  /**
   * Reads a public or private JWK. Members the JWK does not need are ignored, as RFC 7517 says;
   * {@code kid} is required, and {@code use} and {@code alg}, when present, must fit.
   *
   * @param json the JWK as JSON
   * @return the key, with a private key if the JWK has {@code d}
   * @throws ProofException {@value ProofException#MALFORMED} when the JSON, a member's type, its
   *     base64url encoding or its length is wrong, or {@code d} does not belong to the public
   *     key; {@value ProofException#UNSUPPORTED} for other key types ({@code oct}), curves, RSA
   *     keys under 2048 bits, or a {@code use}/{@code alg} that does not fit. The path names the
   *     member.
   */
  public static IssuerKey fromJwk(String json) {
    JwkCodec.Parsed parsed = JwkCodec.read(json);
    return new IssuerKey(parsed.algorithm(), parsed.keyId(), parsed.publicKey(), parsed.privateKey());
  }

  /**
   * Returns the private JWK, {@code d} included, with members in a fixed order.
   *
   * @throws IllegalStateException if this key has no private key
   */
  public String toJwk() {
    return JwkCodec.write(algorithm, keyId, publicKey, privateKey());
  }

  /** Returns the public JWK, which never holds {@code d} or any other private member. */
  public String toPublicJwk() {
    return JwkCodec.write(algorithm, keyId, publicKey, null);
  }

  /** Returns this key without its private key. */
  public IssuerKey toPublic() {
    return privateKey == null ? this : new IssuerKey(algorithm, keyId, publicKey, null);
  }

  /** Returns whether this key can sign. */
  public boolean hasPrivateKey() {
    return privateKey != null;
  }

  /** Returns the JDK public key: an {@code EdECPublicKey}, {@code ECPublicKey} or {@code RSAPublicKey}. */
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Returns the JDK private key.
   *
   * @throws IllegalStateException if this key has only a public key
   */
  public PrivateKey privateKey() {
    if (privateKey == null) {
      throw new IllegalStateException("key " + keyId + " has no private key; it can verify but not sign");
    }
    return privateKey;
  }

  /** Returns the key id. */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the id of the issuer this key signs for: its key id up to {@code #} (the DID or URL
   * of the controller document), or empty when the key id has no fragment. {@link
   * CredentialVerifier} binds keys to issuers by this rule.
   */
  public java.util.Optional<String> issuerId() {
    return controllerOf(keyId);
  }

  /** The controller of a key id: the part before {@code #}, or empty without one. */
  static java.util.Optional<String> controllerOf(String keyId) {
    int hash = keyId.indexOf('#');
    return hash <= 0 ? java.util.Optional.empty() : java.util.Optional.of(keyId.substring(0, hash));
  }

  /** Returns the algorithm. */
  public KeyAlgorithm algorithm() {
    return algorithm;
  }

  /** Two keys are equal when algorithm, key id, public key and private key (or its absence) are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IssuerKey other
        && algorithm == other.algorithm
        && keyId.equals(other.keyId)
        && MessageDigest.isEqual(publicKey.getEncoded(), other.publicKey.getEncoded())
        && (privateKey == null
            ? other.privateKey == null
            : other.privateKey != null && MessageDigest.isEqual(privateKey.getEncoded(), other.privateKey.getEncoded()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, keyId);
  }

  /** Returns the algorithm and key id only; never key material. */
  @Override
  public String toString() {
    return "IssuerKey[" + algorithm.jwsName() + ", kid=" + keyId + "]";
  }

  private static void requireKeyId(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    if (keyId.isBlank()) {
      throw new IllegalArgumentException("keyId is blank");
    }
  }
}
