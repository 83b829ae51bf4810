package org.digiskill.engine.certification.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * Conversions between the JDK's Ed25519 keys and their raw RFC 8032 encodings, and the Multikey
 * {@code publicKeyMultibase} form {@code "z" + base58btc(0xed 0x01 || key)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Ed25519Keys {
  /** The length of a raw public key and of a private key seed. */
  public static final int KEY_LENGTH = 32;
  /** The multicodec prefix of an Ed25519 public key ({@code ed25519-pub}, varint 0xed). */
  private static final byte[] MULTICODEC = {(byte) 0xed, 0x01};
  private static final String ALGORITHM = "Ed25519";

  /** The field prime 2^255 - 19. */
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  /** The curve constant d = -121665 / 121666 mod p (RFC 8032 §5.1). */
  private static final BigInteger D = BigInteger.valueOf(-121665)
      .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

  private Ed25519Keys() {}

  /** Returns true when the key is an Ed25519 (not Ed448) key. */
  public static boolean isEd25519(Key key) {
    return key instanceof EdECKey k && ALGORITHM.equalsIgnoreCase(k.getParams().getName());
  }

  /**
   * Returns the 32-byte RFC 8032 encoding of the public key: y little-endian, with the parity of x
   * in the top bit of the last byte.
   *
   * @throws IllegalArgumentException if the key is not an Ed25519 public key
   */
  public static byte[] rawPublicKey(PublicKey key) {
    if (!(key instanceof EdECPublicKey k) || !isEd25519(key)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + describe(key));
    }
    EdECPoint point = k.getPoint();
    byte[] bigEndian = point.getY().toByteArray();
    byte[] raw = new byte[KEY_LENGTH];
    for (int i = 0; i < bigEndian.length && i < KEY_LENGTH; i++) {
      raw[i] = bigEndian[bigEndian.length - 1 - i];
    }
    if (point.isXOdd()) {
      raw[KEY_LENGTH - 1] |= (byte) 0x80;
    }
    return raw;
  }

  /**
   * Returns the public key of a 32-byte RFC 8032 encoding.
   *
   * @throws IllegalArgumentException if the bytes are not 32 long or do not encode a point of the
   *     curve
   */
  public static PublicKey publicKey(byte[] raw) {
    Objects.requireNonNull(raw, "raw");
    if (raw.length != KEY_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    boolean xOdd = (raw[KEY_LENGTH - 1] & 0x80) != 0;
    byte[] bigEndian = new byte[KEY_LENGTH];
    for (int i = 0; i < KEY_LENGTH; i++) {
      bigEndian[i] = raw[KEY_LENGTH - 1 - i];
    }
    bigEndian[0] &= 0x7f;
    BigInteger y = new BigInteger(1, bigEndian);
    if (!onCurve(y, xOdd)) {
      throw new IllegalArgumentException("the bytes do not encode a point of Ed25519");
    }
    EdECPoint point = new EdECPoint(xOdd, y);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /**
   * Returns the 32-byte seed (RFC 8032 private key) of the private key.
   *
   * @throws IllegalArgumentException if the key is not an Ed25519 private key or hides its bytes
   */
  public static byte[] seed(PrivateKey key) {
    if (!(key instanceof EdECPrivateKey k) || !isEd25519(key)) {
      throw new IllegalArgumentException("not an Ed25519 private key: " + describe(key));
    }
    return k.getBytes().orElseThrow(() -> new IllegalArgumentException("the private key does not reveal its seed"));
  }

  /**
   * Returns the private key of a 32-byte seed.
   *
   * @throws IllegalArgumentException if the seed is not 32 bytes long
   */
  public static PrivateKey privateKey(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != KEY_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
    }
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 seed", e);
    }
  }

  /** Returns the Multikey {@code publicKeyMultibase} of the key: {@code z6Mk…}. */
  public static String toMultibase(PublicKey key) {
    byte[] raw = rawPublicKey(key);
    byte[] prefixed = Arrays.copyOf(MULTICODEC, MULTICODEC.length + raw.length);
    System.arraycopy(raw, 0, prefixed, MULTICODEC.length, raw.length);
    return "z" + Base58Btc.encode(prefixed);
  }

  /**
   * Returns the public key of a Multikey {@code publicKeyMultibase}.
   *
   * @throws IllegalArgumentException if the text is not {@code z} + base58btc of {@code 0xed 0x01}
   *     and 32 bytes
   */
  public static PublicKey fromMultibase(String multibase) {
    Objects.requireNonNull(multibase, "multibase");
    if (!multibase.startsWith("z")) {
      throw new IllegalArgumentException("not a base58btc multibase value (no leading z)");
    }
    // 34 bytes take at most 47 base58 digits; refuse longer text before the quadratic decoding.
    if (multibase.length() > 1 + 50) {
      throw new IllegalArgumentException("too long for an Ed25519 Multikey: " + multibase.length() + " characters");
    }
    byte[] bytes = Base58Btc.decode(multibase.substring(1));
    if (bytes.length != MULTICODEC.length + KEY_LENGTH || bytes[0] != MULTICODEC[0] || bytes[1] != MULTICODEC[1]) {
      throw new IllegalArgumentException("not an Ed25519 Multikey (0xed 0x01 and 32 bytes)");
    }
    return publicKey(Arrays.copyOfRange(bytes, MULTICODEC.length, bytes.length));
  }

  private static String describe(Key key) {
    return key == null ? "null" : key.getAlgorithm() + " " + key.getClass().getSimpleName();
  }

  /**
   * Returns whether y is canonical (below p) and some x with the given parity satisfies
   * -x^2 + y^2 = 1 + d x^2 y^2, that is x^2 = (y^2 - 1) / (d y^2 + 1) is a square mod p.
   */
  private static boolean onCurve(BigInteger y, boolean xOdd) {
    if (y.compareTo(P) >= 0) {
      return false;
    }
    BigInteger y2 = y.multiply(y).mod(P);
    BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
    BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
    BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
    if (x2.signum() == 0) {
      // x = 0 has no odd representative.
      return !xOdd;
    }
    // Euler's criterion: x2 is a square iff x2^((p-1)/2) = 1.
    return x2.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
  }
}
