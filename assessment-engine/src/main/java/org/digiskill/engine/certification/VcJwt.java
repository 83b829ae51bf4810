package org.digiskill.engine.certification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.digiskill.engine.certification.internal.JwtCodec;

/**
 * The VC-JWT proof of Open Badges 3.0 (§8.2 "JSON Web Token Proof Format"): the credential, signed
 * as a compact JWS whose payload is the credential's own JSON plus the registered claims {@code
 * iss}, {@code sub}, {@code jti}, {@code nbf} and, with {@code validUntil}, {@code exp}.
 *
 * <p>The JOSE header is exactly {@code {"alg", "kid", "typ": "JWT"}}; {@code alg} is {@code ES256}
 * or {@code RS256}, the algorithms the 1EdTech validator accepts. Ed25519 keys sign embedded Data
 * Integrity proofs instead. No {@code iat} is written: OB 3.0 does not ask for it, and without it
 * the same key and credential give the same RS256 token.
 *
 * <p>{@link #verify} checks the token's form, algorithm, key and signature and that the claims
 * agree with the credential; it does not check dates against a clock, which the credential's
 * verifier does with its own {@code Clock}.
 *
 * <p>Stateless and thread-safe.
 */
public final class VcJwt {
  /** The JWT registered claim names (RFC 7519 §4.1); never members of a credential here. */
  private static final List<String> REGISTERED = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");
  /** The only JOSE header members OB 3.0 allows besides {@code jwk}, which is never trusted. */
  private static final Set<String> HEADER = Set.of("alg", "kid", "typ");
  private static final String TYP = "JWT";

  private VcJwt() {}

  /**
   * Signs a credential as a VC-JWT.
   *
   * @param credential the unsigned credential, such as {@link CredentialIssuer#build} returns;
   *     it needs {@code id}, {@code issuer} (a URI or an object with {@code id}), {@code
   *     validFrom} and {@code credentialSubject.id}
   * @param key an {@link KeyAlgorithm#ES256} or {@link KeyAlgorithm#RS256} key with its private
   *     key; its id becomes the header's {@code kid}
   * @return the compact JWS
   * @throws ProofException {@value ProofException#UNSUPPORTED} for an Ed25519 key; {@value
   *     ProofException#MALFORMED} when the credential lacks a member the claims need (in
   *     particular {@code credentialSubject.id}, which gives {@code sub}), has an unreadable date,
   *     or has a member named like a registered claim
   * @throws IllegalArgumentException if the key has no private key
   */
  public static String sign(Map<String, ?> credential, IssuerKey key) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(key, "key");
    if (!key.algorithm().signsVcJwt()) {
      throw new ProofException(ProofException.UNSUPPORTED, "", "an Ed25519 key (" + key.keyId() + ") cannot sign a "
          + "VC-JWT: the 1EdTech validator accepts only RS256 and ES256 there. Use an ES256 or RS256 key, or an "
          + "embedded DataIntegrityProof (eddsa-rdfc-2022) for Ed25519");
    }
    if (!key.hasPrivateKey()) {
      throw new IllegalArgumentException("key " + key.keyId() + " has no private key and cannot sign");
    }
    for (String name : REGISTERED) {
      if (credential.containsKey(name)) {
        throw new ProofException(ProofException.MALFORMED, "/" + name, "the credential has a member [" + name
            + "], the name of a JWT registered claim; expected none of " + REGISTERED);
      }
    }
    Claims claims = Claims.of(credential);
    if (claims.sub() == null) {
      throw new ProofException(ProofException.MALFORMED, "/credentialSubject/id", "a VC-JWT needs "
          + "credentialSubject.id for its sub claim (OB 3.0 §8.2.4.1); the credential has none. Give the recipient "
          + "a subject id, or sign with an embedded Data Integrity proof instead");
    }
    Map<String, Object> payload = new LinkedHashMap<>(credential);
    payload.put("iss", claims.iss());
    payload.put("sub", claims.sub());
    payload.put("jti", claims.jti());
    payload.put("nbf", claims.nbf());
    if (claims.exp() != null) {
      payload.put("exp", claims.exp());
    }
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", key.algorithm().jwsName());
    header.put("kid", key.keyId());
    header.put("typ", TYP);
    try {
      // Parsed from our own text, so that the header is serialised exactly in this member order.
      JWSObject jws = new JWSObject(JWSHeader.parse(Base64URL.encode(JwtCodec.write(header))),
          new Payload(JwtCodec.write(payload)));
      jws.sign(signer(key));
      return jws.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("nimbus refused a header or key this class built or checked", e);
    }
  }

  /**
   * Returns the credential inside a VC-JWT, without the registered claims, WITHOUT verifying it:
   * for display only, never for trust.
   *
   * @param compact the compact JWS
   * @return the credential as an ordered, unmodifiable JSON tree
   * @throws ProofException {@value ProofException#MALFORMED} when the token is not three base64url
   *     parts with a JSON object as header and payload
   */
  public static Map<String, Object> decode(String compact) {
    Parts parts = Parts.of(compact);
    parts.header();
    return credential(parts.payload());
  }

  /**
   * Verifies a VC-JWT and returns its credential.
   *
   * @param compact the compact JWS
   * @param keysByKid finds the issuer key a {@code kid} names (from a trusted store, never from
   *     the token); empty if unknown
   * @param allowed the algorithms to accept: not empty, {@link KeyAlgorithm#ES256} and/or {@link
   *     KeyAlgorithm#RS256}
   * @return the verified credential, without the registered claims, as an ordered, unmodifiable
   *     JSON tree
   * @throws ProofException with code {@value ProofException#MALFORMED} for a token that is not a
   *     JWS of JSON, has header members other than {@code alg}, {@code kid} and {@code typ} (an
   *     embedded {@code jwk}, {@code jku}, {@code x5u}, {@code crit}…) or a {@code typ} other than
   *     {@code JWT}; {@value ProofException#ALGORITHM_NOT_ALLOWED} for {@code none}, HMAC, an
   *     algorithm not in {@code allowed}, or one that does not fit the key's type; {@value
   *     ProofException#UNSUPPORTED} for other algorithms (EdDSA, PS256, ES384…); {@value
   *     ProofException#UNKNOWN_KEY} when {@code kid} is missing or unknown; {@value
   *     ProofException#INVALID_SIGNATURE} when the signature does not verify; {@value
   *     ProofException#CLAIMS_MISMATCH} when a registered claim is missing or disagrees with the
   *     credential
   * @throws IllegalArgumentException if {@code allowed} is empty or holds {@link KeyAlgorithm#ED25519}
   */
  public static Map<String, Object> verify(String compact, Function<String, Optional<IssuerKey>> keysByKid,
      Set<KeyAlgorithm> allowed) {
    Objects.requireNonNull(keysByKid, "keysByKid");
    Objects.requireNonNull(allowed, "allowed");
    if (allowed.isEmpty() || allowed.contains(KeyAlgorithm.ED25519)) {
      throw new IllegalArgumentException("allowed must name ES256 and/or RS256, not " + allowed);
    }
    Parts parts = Parts.of(compact);
    Map<String, Object> header = parts.header();
    for (String name : header.keySet()) {
      if (!HEADER.contains(name)) {
        throw new ProofException(ProofException.MALFORMED, "", "the JOSE header has the member [" + name
            + "]; expected only [alg, kid, typ] (OB 3.0 allows no others, and keys a token brings are never trusted)");
      }
    }
    KeyAlgorithm algorithm = algorithm(header.get("alg"));
    if (!allowed.contains(algorithm)) {
      throw new ProofException(ProofException.ALGORITHM_NOT_ALLOWED, "", "the token's alg is ["
          + algorithm.jwsName() + "]; expected one of " + allowed.stream().map(KeyAlgorithm::jwsName).sorted().toList());
    }
    Object typ = header.get("typ");
    if (typ != null && !TYP.equals(typ)) {
      throw new ProofException(ProofException.MALFORMED, "", "the JOSE header's typ is [" + typ
          + "]; expected [JWT] or none (OB 3.0 §8.2.3; vc+jwt is the W3C VC-JOSE-COSE form)");
    }
    Object kid = header.get("kid");
    if (kid == null) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "", "the JOSE header has no kid; expected the id of a "
          + "known issuer key");
    }
    if (!(kid instanceof String kidText)) {
      throw new ProofException(ProofException.MALFORMED, "", "the JOSE header's kid is not a string");
    }
    Optional<IssuerKey> found = keysByKid.apply(kidText);
    if (found == null || found.isEmpty()) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "", "no issuer key has the kid [" + kidText + "]");
    }
    IssuerKey key = found.get();
    if (key.algorithm() != algorithm) {
      throw new ProofException(ProofException.ALGORITHM_NOT_ALLOWED, "", "the token's alg is ["
          + algorithm.jwsName() + "] but key [" + kidText + "] is a " + key.algorithm().jwsName() + " key");
    }
    if (!signatureVerifies(compact, key)) {
      throw new ProofException(ProofException.INVALID_SIGNATURE, "", "the signature does not verify with key ["
          + kidText + "]: the token was changed, or signed with another key");
    }
    Map<String, Object> payload = parts.payload();
    Map<String, Object> credential = credential(payload);
    Claims.of(credential).check(payload);
    return credential;
  }

  private static JWSSigner signer(IssuerKey key) throws JOSEException {
    return key.algorithm() == KeyAlgorithm.RS256
        ? new RSASSASigner(key.privateKey())
        : new ECDSASigner((ECPrivateKey) key.privateKey());
  }

  private static boolean signatureVerifies(String compact, IssuerKey key) {
    try {
      JWSVerifier verifier = key.algorithm() == KeyAlgorithm.RS256
          ? new RSASSAVerifier((RSAPublicKey) key.publicKey())
          : new ECDSAVerifier((ECPublicKey) key.publicKey());
      return JWSObject.parse(compact).verify(verifier);
    } catch (ParseException | JOSEException e) {
      // Everything nimbus parses was checked first; what remains is a signature that cannot be.
      return false;
    }
  }

  /** Maps {@code alg} to a key algorithm, refusing none and HMAC outright. */
  private static KeyAlgorithm algorithm(Object alg) {
    if (!(alg instanceof String name)) {
      throw new ProofException(ProofException.MALFORMED, "", "the JOSE header's alg is "
          + (alg == null ? "missing" : "not a string") + "; expected [ES256] or [RS256]");
    }
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals("NONE") || upper.startsWith("HS")) {
      throw new ProofException(ProofException.ALGORITHM_NOT_ALLOWED, "", "the token's alg is [" + name
          + "]: unsigned and HMAC tokens are never accepted; expected [ES256] or [RS256]");
    }
    return switch (name) {
      case "ES256" -> KeyAlgorithm.ES256;
      case "RS256" -> KeyAlgorithm.RS256;
      default -> throw new ProofException(ProofException.UNSUPPORTED, "", "the token's alg is [" + name
          + "]; expected [ES256] or [RS256]"
          + (name.equals("EdDSA") || name.equals("Ed25519") ? " (Ed25519 signs Data Integrity proofs, not VC-JWTs)" : ""));
    };
  }

  /** Returns the payload without the registered claims, frozen. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> credential(Map<String, Object> payload) {
    Map<String, Object> credential = new LinkedHashMap<>(payload);
    REGISTERED.forEach(credential::remove);
    return (Map<String, Object>) JwtCodec.freeze(credential);
  }

  /** The three parts of a compact JWS, each checked to be canonical base64url. */
  private record Parts(String header64, String payload64) {
    static Parts of(String compact) {
      Objects.requireNonNull(compact, "compact");
      String[] parts = compact.split("\\.", -1);
      if (parts.length != 3) {
        throw new ProofException(ProofException.MALFORMED, "", "a compact JWS has 3 parts separated by '.'; the "
            + "token has " + parts.length + (parts.length == 5 ? " (an encrypted JWE, not a signed JWT)" : ""));
      }
      decode(parts[0], "header");
      decode(parts[1], "payload");
      decode(parts[2], "signature");
      return new Parts(parts[0], parts[1]);
    }

    Map<String, Object> header() {
      return object(header64, "header");
    }

    Map<String, Object> payload() {
      return object(payload64, "payload");
    }

    private static Map<String, Object> object(String part, String what) {
      try {
        return JwtCodec.parseObject(decode(part, what));
      } catch (JwtCodec.FormatException e) {
        throw new ProofException(ProofException.MALFORMED, "", "the token's " + what + " " + e.getMessage());
      }
    }

    private static byte[] decode(String part, String what) {
      try {
        return JwtCodec.decodeBase64Url(part);
      } catch (JwtCodec.FormatException e) {
        throw new ProofException(ProofException.MALFORMED, "", "the token's " + what + " " + e.getMessage());
      }
    }
  }

  /** The registered claims a credential implies; {@code sub} and {@code exp} may be null. */
  private record Claims(String iss, String sub, String jti, long nbf, Long exp) {
    static Claims of(Map<String, ?> credential) {
      String jti = text(credential.get("id"), "/id", "the credential's id");
      Object issuer = credential.get("issuer");
      String iss = issuer instanceof Map<?, ?> profile
          ? text(profile.get("id"), "/issuer/id", "the issuer's id")
          : text(issuer, "/issuer", "the issuer (a URI or a Profile with an id)");
      Object subject = credential.get("credentialSubject");
      if (!(subject instanceof Map<?, ?> subjectMap)) {
        throw new ProofException(ProofException.MALFORMED, "/credentialSubject", "a VC-JWT needs one "
            + "credentialSubject object; found " + (subject == null ? "none" : "another JSON type"));
      }
      Object subjectId = subjectMap.get("id");
      String sub = subjectId == null ? null : text(subjectId, "/credentialSubject/id", "the subject's id");
      long nbf = seconds(credential.get("validFrom"), "/validFrom");
      Object validUntil = credential.get("validUntil");
      Long exp = validUntil == null ? null : seconds(validUntil, "/validUntil");
      return new Claims(iss, sub, jti, nbf, exp);
    }

    /** Checks that the token's claims say what the credential says. */
    void check(Map<String, Object> payload) {
      same(payload, "iss", iss, "the issuer id [" + iss + "]", true);
      same(payload, "jti", jti, "the credential's id", false);
      if (payload.get("sub") == null) {
        throw new ProofException(ProofException.CLAIMS_MISMATCH, "/sub", "claim [sub] is missing; OB 3.0 requires "
            + "it, equal to credentialSubject.id");
      }
      same(payload, "sub", sub, sub == null ? "none, as the credential has no credentialSubject.id"
          : "credentialSubject.id", false);
      same(payload, "nbf", nbf, "validFrom in seconds [" + nbf + "]", true);
      same(payload, "exp", exp, exp == null ? "none, as the credential has no validUntil"
          : "validUntil in seconds [" + exp + "]", true);
    }

    private static void same(Map<String, Object> payload, String claim, Object expected, String what, boolean quote) {
      Object actual = payload.get(claim);
      if (actual != null && (claim.equals("nbf") || claim.equals("exp"))) {
        if (!(actual instanceof Integer || actual instanceof Long)) {
          throw new ProofException(ProofException.MALFORMED, "/" + claim, "claim [" + claim
              + "] is not a whole number of seconds (NumericDate)");
        }
        actual = ((Number) actual).longValue();
      }
      if (!Objects.equals(expected, actual)) {
        String was = actual == null ? "is missing" : quote ? "is [" + actual + "]" : "differs";
        throw new ProofException(ProofException.CLAIMS_MISMATCH, "/" + claim, "claim [" + claim + "] " + was
            + "; expected " + what);
      }
    }

    private static String text(Object value, String path, String what) {
      if (!(value instanceof String s) || s.isBlank()) {
        throw new ProofException(ProofException.MALFORMED, path, "a VC-JWT needs " + what + " as a string; "
            + (value == null ? "there is none" : "found another JSON type or a blank string"));
      }
      return s;
    }

    private static long seconds(Object value, String path) {
      if (!(value instanceof String s)) {
        throw new ProofException(ProofException.MALFORMED, path, "expected a date-time string at " + path
            + (value == null ? "; there is none" : "; found another JSON type"));
      }
      try {
        return OffsetDateTime.parse(s).toEpochSecond();
      } catch (DateTimeParseException e) {
        throw new ProofException(ProofException.MALFORMED, path, "expected an RFC 3339 date-time with an offset "
            + "at " + path + " but was [" + s + "]");
      }
    }
  }
}
