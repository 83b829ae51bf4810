package org.digiskill.engine.certification.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.digiskill.engine.certification.KeyAlgorithm;
import org.digiskill.engine.certification.ProofException;

/**
 * Reads and writes the JWKs (RFC 7517) of issuer keys: {@code OKP}/{@code Ed25519} (RFC 8037),
 * {@code EC}/{@code P-256} and {@code RSA} (RFC 7518 §6), public or private.
 *
 * <p>Reading is strict: each member is checked for its type, its base64url encoding and its
 * length, and errors name the member (as a JSON Pointer) but never quote a key value.
 */
public final class JwkCodec {
  /** The smallest RSA modulus accepted, in bits (NIST SP 800-57; nimbus refuses less). */
  public static final int MIN_RSA_BITS = 2048;
  private static final int P256_BYTES = 32;
  private static final ECParameterSpec P256 = p256();
  private static final List<String> RSA_CRT = List.of("p", "q", "dp", "dq", "qi");
  private static final byte[] PROBE = "digiskill: does this private key belong to this public key?"
      .getBytes(StandardCharsets.US_ASCII);

  private JwkCodec() {}

  /** An issuer key read from a JWK. */
  public record Parsed(KeyAlgorithm algorithm, String keyId, PublicKey publicKey, PrivateKey privateKey) {}

  /**
   * Reads a public or private JWK.
   *
   * @throws ProofException {@value ProofException#MALFORMED} for missing or ill-formed members;
   *     {@value ProofException#UNSUPPORTED} for key types, curves, algorithms and uses this
   *     library does not sign with
   */
  public static Parsed read(String json) {
    Objects.requireNonNull(json, "json");
    Map<String, Object> jwk;
    try {
      jwk = JwtCodec.parseObject(json.getBytes(StandardCharsets.UTF_8));
    } catch (JwtCodec.FormatException e) {
      throw new ProofException(ProofException.MALFORMED, "", "the JWK " + e.getMessage());
    }
    String kty = string(jwk, "kty", true);
    KeyAlgorithm algorithm = switch (kty) {
      case "OKP" -> KeyAlgorithm.ED25519;
      case "EC" -> KeyAlgorithm.ES256;
      case "RSA" -> KeyAlgorithm.RS256;
      default -> throw new ProofException(ProofException.UNSUPPORTED, "/kty",
          "JWK member [kty] is [" + kty + "]; expected one of [OKP, EC, RSA] (a signing key pair)");
    };
    String kid = string(jwk, "kid", true);
    if (kid.isBlank()) {
      throw new ProofException(ProofException.MALFORMED, "/kid", "JWK member [kid] is blank; expected the key's id");
    }
    checkUse(jwk);
    String alg = string(jwk, "alg", false);
    if (alg != null && !(alg.equals(algorithm.jwsName()) || algorithm == KeyAlgorithm.ED25519 && alg.equals("Ed25519"))) {
      throw new ProofException(ProofException.UNSUPPORTED, "/alg", "JWK member [alg] is [" + alg + "]; expected ["
          + algorithm.jwsName() + "] for a key of kty [" + kty + "]");
    }
    Parsed parsed = switch (algorithm) {
      case ED25519 -> readOkp(jwk, kid);
      case ES256 -> readEc(jwk, kid);
      case RS256 -> readRsa(jwk, kid);
    };
    if (parsed.privateKey() != null && !matches(algorithm, parsed.publicKey(), parsed.privateKey())) {
      throw new ProofException(ProofException.MALFORMED, "/d",
          "JWK member [d] does not belong to the public key of the same JWK");
    }
    return parsed;
  }

  /**
   * Writes a JWK with members in a fixed order: {@code kty, kid, use, alg}, then the public and,
   * if {@code privateKey} is not null, the private members.
   */
  public static String write(KeyAlgorithm algorithm, String kid, PublicKey publicKey, PrivateKey privateKey) {
    Map<String, Object> jwk = new LinkedHashMap<>();
    switch (algorithm) {
      case ED25519 -> {
        jwk.put("kty", "OKP");
        common(jwk, kid, algorithm);
        jwk.put("crv", "Ed25519");
        jwk.put("x", JwtCodec.base64Url(Ed25519Keys.rawPublicKey(publicKey)));
        if (privateKey != null) {
          jwk.put("d", JwtCodec.base64Url(Ed25519Keys.seed(privateKey)));
        }
      }
      case ES256 -> {
        ECPublicKey ec = (ECPublicKey) publicKey;
        jwk.put("kty", "EC");
        common(jwk, kid, algorithm);
        jwk.put("crv", "P-256");
        jwk.put("x", fixed(ec.getW().getAffineX()));
        jwk.put("y", fixed(ec.getW().getAffineY()));
        if (privateKey != null) {
          jwk.put("d", fixed(((ECPrivateKey) privateKey).getS()));
        }
      }
      case RS256 -> {
        RSAPublicKey rsa = (RSAPublicKey) publicKey;
        jwk.put("kty", "RSA");
        common(jwk, kid, algorithm);
        jwk.put("n", minimal(rsa.getModulus()));
        jwk.put("e", minimal(rsa.getPublicExponent()));
        if (privateKey != null) {
          jwk.put("d", minimal(((RSAPrivateKey) privateKey).getPrivateExponent()));
          if (privateKey instanceof RSAPrivateCrtKey crt) {
            jwk.put("p", minimal(crt.getPrimeP()));
            jwk.put("q", minimal(crt.getPrimeQ()));
            jwk.put("dp", minimal(crt.getPrimeExponentP()));
            jwk.put("dq", minimal(crt.getPrimeExponentQ()));
            jwk.put("qi", minimal(crt.getCrtCoefficient()));
          }
        }
      }
    }
    return JwtCodec.write(jwk);
  }

  // ---------------------------------------------------------------- reading

  private static Parsed readOkp(Map<String, Object> jwk, String kid) {
    String crv = string(jwk, "crv", true);
    if (!crv.equals("Ed25519")) {
      throw new ProofException(ProofException.UNSUPPORTED, "/crv",
          "JWK member [crv] is [" + crv + "]; expected [Ed25519] (the only OKP curve that signs here)");
    }
    byte[] x = sized(jwk, "x", Ed25519Keys.KEY_LENGTH, "an Ed25519 public key");
    PublicKey publicKey;
    try {
      publicKey = Ed25519Keys.publicKey(x);
    } catch (IllegalArgumentException e) {
      throw new ProofException(ProofException.MALFORMED, "/x", "JWK member [x] is not an Ed25519 public key: "
          + e.getMessage());
    }
    PrivateKey privateKey = null;
    if (jwk.containsKey("d")) {
      privateKey = Ed25519Keys.privateKey(sized(jwk, "d", Ed25519Keys.KEY_LENGTH, "an Ed25519 private key (seed)"));
    }
    return new Parsed(KeyAlgorithm.ED25519, kid, publicKey, privateKey);
  }

  private static Parsed readEc(Map<String, Object> jwk, String kid) {
    String crv = string(jwk, "crv", true);
    if (!crv.equals("P-256")) {
      throw new ProofException(ProofException.UNSUPPORTED, "/crv",
          "JWK member [crv] is [" + crv + "]; expected [P-256] (ES256)");
    }
    BigInteger x = new BigInteger(1, sized(jwk, "x", P256_BYTES, "a P-256 coordinate"));
    BigInteger y = new BigInteger(1, sized(jwk, "y", P256_BYTES, "a P-256 coordinate"));
    if (!onP256(x, y)) {
      throw new ProofException(ProofException.MALFORMED, "/x", "JWK members [x] and [y] are not a point of P-256");
    }
    PrivateKey privateKey = null;
    try {
      KeyFactory factory = KeyFactory.getInstance("EC");
      PublicKey publicKey = factory.generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
      if (jwk.containsKey("d")) {
        BigInteger d = new BigInteger(1, sized(jwk, "d", P256_BYTES, "a P-256 private key"));
        if (d.signum() == 0 || d.compareTo(P256.getOrder()) >= 0) {
          throw new ProofException(ProofException.MALFORMED, "/d", "JWK member [d] is not a P-256 private key: "
              + "expected 0 < d < the group order");
        }
        privateKey = factory.generatePrivate(new ECPrivateKeySpec(d, P256));
      }
      return new Parsed(KeyAlgorithm.ES256, kid, publicKey, privateKey);
    } catch (GeneralSecurityException e) {
      throw new ProofException(ProofException.MALFORMED, "", "the JWK is not a usable P-256 key", e);
    }
  }

  private static Parsed readRsa(Map<String, Object> jwk, String kid) {
    if (jwk.containsKey("oth")) {
      throw new ProofException(ProofException.UNSUPPORTED, "/oth",
          "JWK member [oth] (multi-prime RSA) is not supported; expected a two-prime key");
    }
    BigInteger n = uint(jwk, "n");
    if (n.bitLength() < MIN_RSA_BITS) {
      throw new ProofException(ProofException.UNSUPPORTED, "/n", "JWK member [n] is a " + n.bitLength()
          + "-bit modulus; expected at least " + MIN_RSA_BITS + " bits");
    }
    BigInteger e = uint(jwk, "e");
    if (!e.testBit(0) || e.compareTo(BigInteger.valueOf(3)) < 0 || e.compareTo(n) >= 0) {
      throw new ProofException(ProofException.MALFORMED, "/e", "JWK member [e] is not an RSA public exponent: "
          + "expected an odd number from 3 to n - 1");
    }
    try {
      KeyFactory factory = KeyFactory.getInstance("RSA");
      PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(n, e));
      PrivateKey privateKey = null;
      if (jwk.containsKey("d")) {
        BigInteger d = uint(jwk, "d");
        long crtMembers = RSA_CRT.stream().filter(jwk::containsKey).count();
        if (crtMembers == 0) {
          privateKey = factory.generatePrivate(new RSAPrivateKeySpec(n, d));
        } else {
          String missing = RSA_CRT.stream().filter(m -> !jwk.containsKey(m)).findFirst().orElse(null);
          if (missing != null) {
            throw new ProofException(ProofException.MALFORMED, "/" + missing, "JWK member [" + missing
                + "] is missing; expected all of [p, q, dp, dq, qi] or none");
          }
          privateKey = factory.generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, uint(jwk, "p"), uint(jwk, "q"),
              uint(jwk, "dp"), uint(jwk, "dq"), uint(jwk, "qi")));
        }
      } else {
        String stray = RSA_CRT.stream().filter(jwk::containsKey).findFirst().orElse(null);
        if (stray != null) {
          throw new ProofException(ProofException.MALFORMED, "/d", "JWK member [d] is missing though [" + stray
              + "] is present");
        }
      }
      return new Parsed(KeyAlgorithm.RS256, kid, publicKey, privateKey);
    } catch (GeneralSecurityException ex) {
      throw new ProofException(ProofException.MALFORMED, "", "the JWK is not a usable RSA key", ex);
    }
  }

  private static void checkUse(Map<String, Object> jwk) {
    String use = string(jwk, "use", false);
    if (use != null && !use.equals("sig")) {
      throw new ProofException(ProofException.UNSUPPORTED, "/use", "JWK member [use] is [" + use + "]; expected [sig]");
    }
    Object ops = jwk.get("key_ops");
    if (ops != null) {
      if (!(ops instanceof List<?> list) || !list.stream().allMatch(o -> o instanceof String)) {
        throw new ProofException(ProofException.MALFORMED, "/key_ops", "JWK member [key_ops] is not an array of strings");
      }
      for (Object op : list) {
        if (!Set.of("sign", "verify").contains(op)) {
          throw new ProofException(ProofException.UNSUPPORTED, "/key_ops", "JWK member [key_ops] holds [" + op
              + "]; expected only [sign] and [verify]");
        }
      }
    }
  }

  private static String string(Map<String, Object> jwk, String name, boolean required) {
    Object value = jwk.get(name);
    if (value == null) {
      if (required || jwk.containsKey(name)) {
        throw new ProofException(ProofException.MALFORMED, "/" + name, "JWK member [" + name + "] is "
            + (jwk.containsKey(name) ? "null" : "missing") + "; expected a string");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw new ProofException(ProofException.MALFORMED, "/" + name, "JWK member [" + name + "] is " + kind(value)
          + "; expected a string");
    }
    return s;
  }

  private static byte[] bytes(Map<String, Object> jwk, String name) {
    String text = string(jwk, name, true);
    try {
      return JwtCodec.decodeBase64Url(text);
    } catch (JwtCodec.FormatException e) {
      throw new ProofException(ProofException.MALFORMED, "/" + name, "JWK member [" + name + "] " + e.getMessage());
    }
  }

  private static byte[] sized(Map<String, Object> jwk, String name, int length, String what) {
    byte[] value = bytes(jwk, name);
    if (value.length != length) {
      throw new ProofException(ProofException.MALFORMED, "/" + name, "JWK member [" + name + "] has " + value.length
          + " bytes; expected " + length + " (" + what + ")");
    }
    return value;
  }

  /** Reads a Base64urlUInt (RFC 7518 §2): non-empty, no leading zero byte unless the value is 0. */
  private static BigInteger uint(Map<String, Object> jwk, String name) {
    byte[] value = bytes(jwk, name);
    if (value.length == 0 || value.length > 1 && value[0] == 0) {
      throw new ProofException(ProofException.MALFORMED, "/" + name, "JWK member [" + name + "] is not a minimal "
          + "big-endian unsigned integer (" + (value.length == 0 ? "empty" : "leading zero byte") + ")");
    }
    return new BigInteger(1, value);
  }

  private static String kind(Object value) {
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value instanceof List ? "an array" : "an object";
  }

  private static boolean onP256(BigInteger x, BigInteger y) {
    EllipticCurve curve = P256.getCurve();
    BigInteger p = ((ECFieldFp) curve.getField()).getP();
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(p);
    BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
    return left.equals(right);
  }

  /** Signs and verifies a fixed message: the cheapest proof, for all three types, that a pair matches. */
  private static boolean matches(KeyAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey) {
    String name = switch (algorithm) {
      case ED25519 -> "Ed25519";
      case ES256 -> "SHA256withECDSA";
      case RS256 -> "SHA256withRSA";
    };
    try {
      Signature signer = Signature.getInstance(name);
      signer.initSign(privateKey);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(name);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- writing

  private static void common(Map<String, Object> jwk, String kid, KeyAlgorithm algorithm) {
    jwk.put("kid", kid);
    jwk.put("use", "sig");
    jwk.put("alg", algorithm.jwsName());
  }

  /** Encodes an EC coordinate or scalar in exactly 32 bytes (RFC 7518 §6.2.1.2). */
  private static String fixed(BigInteger value) {
    byte[] minimal = unsigned(value);
    byte[] out = new byte[P256_BYTES];
    System.arraycopy(minimal, 0, out, P256_BYTES - minimal.length, minimal.length);
    return JwtCodec.base64Url(out);
  }

  private static String minimal(BigInteger value) {
    return JwtCodec.base64Url(unsigned(value));
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }

  private static ECParameterSpec p256() {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
