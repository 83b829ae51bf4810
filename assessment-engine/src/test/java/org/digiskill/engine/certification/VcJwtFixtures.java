package org.digiskill.engine.certification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys, a credential with a subject id, and a way to sign any header and payload with the JDK
 * alone, so that tests can build the tokens an attacker would.
 */
final class VcJwtFixtures {
  static final String CRED_ID = "urn:uuid:6b1f0c8e-3d2a-4f5b-9c7d-8e9f0a1b2c3d";
  static final String SUBJECT_ID = "urn:uuid:0d3b8c6e-1111-4a2b-9c3d-5e6f7a8b9c0d";
  static final String KEY_BASE = "https://certs.example.gov.vn/issuers/dl-center/keys#";

  static final IssuerKey ES256 = IssuerKey.generate(KeyAlgorithm.ES256, KEY_BASE + "es256", seeded(1));
  static final IssuerKey ES256_OTHER = IssuerKey.generate(KeyAlgorithm.ES256, KEY_BASE + "es256", seeded(2));
  static final IssuerKey RS256 = IssuerKey.generate(KeyAlgorithm.RS256, KEY_BASE + "rs256", seeded(3));
  static final IssuerKey RS256_OTHER = IssuerKey.generate(KeyAlgorithm.RS256, KEY_BASE + "rs256", seeded(4));
  static final IssuerKey ED25519 = IssuerKey.generate(KeyAlgorithm.ED25519, KEY_BASE + "ed25519", seeded(5));

  /** A passing credential for a recipient with a subject id and a hashed e-mail. */
  static final Map<String, Object> CREDENTIAL = CredentialIssuerFixtures.CREDENTIALS.build(
      CredentialIssuerFixtures.passing(), CredentialIssuerFixtures.MINI, CredentialIssuerFixtures.FRAMEWORK,
      Recipient.withEmail(SUBJECT_ID, "an.nguyen@example.vn", "c0ffee-salt-1234"), CRED_ID, CredentialIssuerFixtures.ISSUED);

  private static final ObjectMapper JSON = new ObjectMapper();

  private VcJwtFixtures() {}

  /** A deterministic SecureRandom, so that failures reproduce. */
  static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Resolves only the given public keys, by their ids. */
  static Function<String, Optional<IssuerKey>> resolver(IssuerKey... keys) {
    Map<String, IssuerKey> byKid = new LinkedHashMap<>();
    for (IssuerKey k : keys) {
      byKid.put(k.keyId(), k.toPublic());
    }
    return kid -> Optional.ofNullable(byKid.get(kid));
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String b64(String text) {
    return b64(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] unb64(String text) {
    return Base64.getUrlDecoder().decode(text);
  }

  static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Map<String, Object> parse(byte[] json) {
    return parse(new String(json, StandardCharsets.UTF_8));
  }

  /** Returns the decoded JSON of part 0 (header) or 1 (payload) of a token. */
  static Map<String, Object> part(String token, int index) {
    return parse(unb64(token.split("\\.")[index]));
  }

  /** Returns the member names of a JSON object, in order. */
  static List<String> members(String json) {
    return List.copyOf(parse(json).keySet());
  }

  /**
   * Signs any header and payload with the JDK: {@code RS256}, {@code ES256} (IEEE P1363 form, as
   * JWS wants it) or {@code EdDSA} by the key's type, whatever the header claims.
   */
  static String rawToken(Map<String, Object> header, Map<String, Object> payload, IssuerKey key) {
    String input = b64(json(header)) + "." + b64(json(payload));
    String name = switch (key.algorithm()) {
      case RS256 -> "SHA256withRSA";
      case ES256 -> "SHA256withECDSAinP1363Format";
      case ED25519 -> "Ed25519";
    };
    try {
      Signature signer = Signature.getInstance(name);
      signer.initSign(key.privateKey());
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** Signs any header and payload with HMAC-SHA256 and the given secret. */
  static String hmacToken(Map<String, Object> header, Map<String, Object> payload, byte[] secret) {
    String input = b64(json(header)) + "." + b64(json(payload));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the base64url character after c: the same high bits, the lowest bit set when it was clear. */
  static char nextCharacter(char c) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return alphabet.charAt(alphabet.indexOf(c) + 1);
  }

  /** A header in the form {@link VcJwt#sign} writes. */
  static Map<String, Object> header(String alg, String kid) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("kid", kid);
    header.put("typ", "JWT");
    return header;
  }
}
