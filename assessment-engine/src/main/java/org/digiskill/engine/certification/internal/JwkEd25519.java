package org.digiskill.engine.certification.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * Converts Ed25519 keys between the raw 32-byte forms of JWK ({@code OKP}, RFC 8037) and Data
 * Integrity multikeys, and the JDK's own key types, so that no Tink is needed.
 *
 * <p>A raw public key is the RFC 8032 encoding of the point: y in 32 little-endian bytes, with the
 * parity of x in the top bit of the last byte. A raw private key is the 32-byte seed.
 */
public final class JwkEd25519 {
  /** The number of bytes of a raw Ed25519 public key and of a seed. */
  public static final int LENGTH = 32;

  /** The field prime 2^255 - 19. */
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  /** The curve constant d = -121665 / 121666 mod p (RFC 8032 §5.1). */
  private static final BigInteger D = BigInteger.valueOf(-121665)
      .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

  private JwkEd25519() {}

  /**
   * Returns the JDK public key of a raw 32-byte Ed25519 public key.
   *
   * @throws IllegalArgumentException if the bytes are not 32, or do not encode a point of the curve
   */
  public static EdECPublicKey publicKey(byte[] raw) {
    if (raw.length != LENGTH) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    boolean xOdd = (raw[LENGTH - 1] & 0x80) != 0;
    byte[] bigEndian = new byte[LENGTH];
    for (int k = 0; k < LENGTH; k++) {
      bigEndian[k] = raw[LENGTH - 1 - k];
    }
    bigEndian[0] &= 0x7f;
    BigInteger y = new BigInteger(1, bigEndian);
    if (!onCurve(y, xOdd)) {
      throw new IllegalArgumentException("the bytes do not encode a point of Ed25519");
    }
    try {
      return (EdECPublicKey) KeyFactory.getInstance("Ed25519")
          .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, y)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no Ed25519 (Java 15 or later has)", e);
    }
  }

  /** Returns the raw 32-byte encoding of a JDK Ed25519 public key. */
  public static byte[] rawPublicKey(EdECPublicKey key) {
    byte[] bigEndian = key.getPoint().getY().toByteArray();
    byte[] raw = new byte[LENGTH];
    // toByteArray is big-endian, possibly with a leading zero byte; copy it reversed.
    for (int k = 0; k < LENGTH && k < bigEndian.length; k++) {
      raw[k] = bigEndian[bigEndian.length - 1 - k];
    }
    if (key.getPoint().isXOdd()) {
      raw[LENGTH - 1] |= (byte) 0x80;
    }
    return raw;
  }

  /**
   * Returns the JDK private key of a 32-byte seed.
   *
   * @throws IllegalArgumentException if the seed does not have 32 bytes
   */
  public static EdECPrivateKey privateKey(byte[] seed) {
    if (seed.length != LENGTH) {
      throw new IllegalArgumentException("an Ed25519 private key (seed) has 32 bytes, not " + seed.length);
    }
    try {
      return (EdECPrivateKey) KeyFactory.getInstance("Ed25519")
          .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no Ed25519 (Java 15 or later has)", e);
    }
  }

  /** Returns a copy of the 32-byte seed of a JDK Ed25519 private key. */
  public static byte[] seed(EdECPrivateKey key) {
    return key.getBytes().orElseThrow(() -> new IllegalArgumentException("the private key does not expose its seed"));
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
