package org.digiskill.engine.certification.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digiskill.engine.certification.ProofException;

/**
 * The W3C Data Integrity cryptosuite {@code eddsa-rdfc-2022}: Ed25519 over the SHA-256 hashes of
 * the RDFC-1.0 canonical proof configuration and document.
 *
 * <p>Immutable and thread-safe.
 */
public final class EddsaRdfc2022 {
  /** The cryptosuite's name. */
  public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
  /** The proof type. */
  public static final String TYPE = "DataIntegrityProof";
  /** The only proof purpose of credentials. */
  public static final String PURPOSE = "assertionMethod";
  /** The default budget of JSON-LD processing and canonicalisation of one document. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
  private static final int SIGNATURE_LENGTH = 64;
  private static final EddsaRdfc2022 STANDARD = new EddsaRdfc2022(new LinkedData(ContextLoader.standard(), DEFAULT_BUDGET));

  private final LinkedData linkedData;

  /** Creates the suite over a JSON-LD processor (its loader and budget). */
  public EddsaRdfc2022(LinkedData linkedData) {
    this.linkedData = Objects.requireNonNull(linkedData, "linkedData");
  }

  /** Returns the suite over the bundled contexts and the default budget. */
  public static EddsaRdfc2022 standard() {
    return STANDARD;
  }

  /**
   * Returns the canonical N-Quads of the document without its proof, after checking its contexts
   * and terms.
   *
   * @param unsecured the document without {@code proof}
   */
  public String canonicalDocument(JsonObject unsecured) {
    linkedData.requireDefinedTerms(unsecured, "");
    return linkedData.canonicalize(unsecured, "");
  }

  /**
   * Returns the canonical N-Quads of the proof configuration (the proof without {@code proofValue},
   * under the document's {@code @context}), after checking its terms.
   *
   * @param proofConfig the proof configuration, with {@code @context}
   * @param pointer the JSON Pointer of the proof in the signed document
   */
  public String canonicalProofConfig(JsonObject proofConfig, String pointer) {
    linkedData.requireDefinedTerms(proofConfig, pointer);
    return linkedData.canonicalize(proofConfig, pointer);
  }

  /** Returns {@code SHA-256(canonicalProofConfig) || SHA-256(canonicalDocument)}, the 64 signed bytes. */
  public static byte[] hashData(String canonicalProofConfig, String canonicalDocument) {
    byte[] proofHash = sha256(canonicalProofConfig);
    byte[] documentHash = sha256(canonicalDocument);
    byte[] data = new byte[proofHash.length + documentHash.length];
    System.arraycopy(proofHash, 0, data, 0, proofHash.length);
    System.arraycopy(documentHash, 0, data, proofHash.length, documentHash.length);
    return data;
  }

  /** Returns the SHA-256 of the UTF-8 bytes of the text. */
  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * Returns the 64-byte Ed25519 signature of the data.
   *
   * @throws ProofException {@value ProofException#UNKNOWN_KEY} if the key is not an Ed25519 private
   *     key
   */
  public static byte[] signData(byte[] data, PrivateKey key) {
    if (!Ed25519Keys.isEd25519(key)) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "/proof", "eddsa-rdfc-2022 needs an Ed25519 private key");
    }
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(data);
      return signer.sign();
    } catch (InvalidKeyException e) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "/proof", "the Ed25519 private key is unusable", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /**
   * Signs the credential.
   *
   * @return the credential's entries, in order, followed by {@code proof}: a one-element array
   * @throws ProofException {@value ProofException#UNDEFINED_TERM}, {@value
   *     ProofException#UNKNOWN_CONTEXT}, {@value ProofException#CANONICALIZATION}, {@value
   *     ProofException#UNKNOWN_KEY}
   */
  public Map<String, Object> sign(Map<String, ?> unsigned, PrivateKey key, String verificationMethod, Instant created) {
    Objects.requireNonNull(unsigned, "unsignedCredential");
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    Objects.requireNonNull(created, "created");
    if (unsigned.containsKey("proof")) {
      throw new IllegalArgumentException("the credential already has a proof; sign the unsigned credential");
    }
    if (!unsigned.containsKey("@context")) {
      throw new ProofException(ProofException.MALFORMED, "/@context", "the credential has no @context");
    }
    if (!Ed25519Keys.isEd25519(key)) {
      throw new ProofException(ProofException.UNKNOWN_KEY, "/proof", "eddsa-rdfc-2022 needs an Ed25519 private key");
    }
    JsonObject document = toJsonObject(unsigned, "", ProofException.MALFORMED);
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("type", TYPE);
    proof.put("cryptosuite", CRYPTOSUITE);
    proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    proof.put("verificationMethod", verificationMethod);
    proof.put("proofPurpose", PURPOSE);
    JsonObject config = proofConfig(toJsonObject(proof, "/proof/0", ProofException.MALFORMED), document.get("@context"));

    String canonicalDocument = canonicalDocument(document);
    String canonicalConfig = canonicalProofConfig(config, "/proof/0");
    byte[] signature = signData(hashData(canonicalConfig, canonicalDocument), key);
    proof.put("proofValue", "z" + Base58Btc.encode(signature));

    Map<String, Object> signed = new LinkedHashMap<>(unsigned);
    signed.put("proof", List.of(Collections.unmodifiableMap(proof)));
    return Collections.unmodifiableMap(signed);
  }

  /**
   * Verifies the credential's proof with the key.
   *
   * @throws ProofException {@value ProofException#MISSING}, {@value ProofException#MALFORMED},
   *     {@value ProofException#UNSUPPORTED}, {@value ProofException#UNKNOWN_KEY}, {@value
   *     ProofException#UNDEFINED_TERM}, {@value ProofException#UNKNOWN_CONTEXT}, {@value
   *     ProofException#CANONICALIZATION} or {@value ProofException#INVALID_SIGNATURE}
   */
  public void verify(Map<String, ?> signed, PublicKey key) {
    Objects.requireNonNull(signed, "signedCredential");
    JsonObject credential = toJsonObject(signed, "", ProofException.MALFORMED);
    JsonValue proofValue = credential.get("proof");
    if (proofValue == null || proofValue.getValueType() == JsonValue.ValueType.NULL) {
      throw new ProofException(ProofException.MISSING, "/proof", "the credential has no embedded proof");
    }
    JsonObject proof;
    String pointer;
    if (proofValue instanceof JsonObject o) {
      proof = o;
      pointer = "/proof";
    } else if (proofValue instanceof JsonArray a) {
      if (a.isEmpty()) {
        throw new ProofException(ProofException.MISSING, "/proof", "the credential's proof array is empty");
      }
      if (a.size() > 1) {
        throw new ProofException(ProofException.UNSUPPORTED, "/proof",
            "proof sets of " + a.size() + " proofs are not supported; expected one proof");
      }
      if (!(a.get(0) instanceof JsonObject o)) {
        throw new ProofException(ProofException.MALFORMED, "/proof/0", "the proof is not a JSON object");
      }
      proof = o;
      pointer = "/proof/0";
    } else {
      throw new ProofException(ProofException.MALFORMED, "/proof", "the proof is neither an object nor an array");
    }

    require(proof, pointer, "type", TYPE);
    require(proof, pointer, "cryptosuite", CRYPTOSUITE);
    require(proof, pointer, "proofPurpose", PURPOSE);
    string(proof, pointer, "verificationMethod");
    if (proof.containsKey("created")) {
      string(proof, pointer, "created");
    }
    byte[] signature = decodeProofValue(string(proof, pointer, "proofValue"), pointer + "/proofValue");
    if (!Ed25519Keys.isEd25519(key)) {
      throw new ProofException(ProofException.UNKNOWN_KEY, pointer + "/verificationMethod",
          "eddsa-rdfc-2022 needs an Ed25519 public key");
    }
    if (!credential.containsKey("@context")) {
      throw new ProofException(ProofException.MALFORMED, "/@context", "the credential has no @context");
    }

    JsonObjectBuilder unsecured = JsonValues.PROVIDER.createObjectBuilder(credential);
    unsecured.remove("proof");
    JsonObjectBuilder withoutValue = JsonValues.PROVIDER.createObjectBuilder(proof);
    withoutValue.remove("proofValue");
    JsonObject config = proofConfig(withoutValue.build(), credential.get("@context"));

    String canonicalDocument = canonicalDocument(unsecured.build());
    String canonicalConfig = canonicalProofConfig(config, pointer);
    byte[] data = hashData(canonicalConfig, canonicalDocument);
    boolean valid;
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      valid = verifier.verify(signature);
    } catch (InvalidKeyException e) {
      throw new ProofException(ProofException.UNKNOWN_KEY, pointer + "/verificationMethod",
          "the Ed25519 public key is unusable", e);
    } catch (SignatureException e) {
      valid = false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks Ed25519", e);
    }
    if (!valid) {
      throw new ProofException(ProofException.INVALID_SIGNATURE, pointer + "/proofValue",
          "the signature does not match the credential: it was changed after signing, or signed with another key");
    }
  }

  /** Returns the proof without {@code proofValue}, with {@code @context} first. */
  private static JsonObject proofConfig(JsonObject proofWithoutValue, JsonValue context) {
    JsonObjectBuilder b = JsonValues.PROVIDER.createObjectBuilder().add("@context", context);
    proofWithoutValue.forEach((k, v) -> {
      if (!k.equals("@context")) {
        b.add(k, v);
      }
    });
    return b.build();
  }

  private static byte[] decodeProofValue(String value, String pointer) {
    if (!value.startsWith("z")) {
      throw new ProofException(ProofException.MALFORMED, pointer, "the proofValue is not base58btc multibase (no z)");
    }
    // 64 bytes take at most 88 base58 digits; refuse longer text before the quadratic decoding.
    if (value.length() > 1 + 90) {
      throw new ProofException(ProofException.MALFORMED, pointer,
          "the proofValue has " + value.length() + " characters, too many for an Ed25519 signature");
    }
    byte[] signature;
    try {
      signature = Base58Btc.decode(value.substring(1));
    } catch (IllegalArgumentException e) {
      throw new ProofException(ProofException.MALFORMED, pointer, "the proofValue is not base58btc: " + e.getMessage(), e);
    }
    if (signature.length != SIGNATURE_LENGTH) {
      throw new ProofException(ProofException.MALFORMED, pointer,
          "an Ed25519 signature has 64 bytes, the proofValue has " + signature.length);
    }
    return signature;
  }

  private static void require(JsonObject proof, String pointer, String key, String expected) {
    String actual = string(proof, pointer, key);
    if (!actual.equals(expected)) {
      throw new ProofException(ProofException.UNSUPPORTED, pointer + "/" + key,
          "the proof's " + key + " is " + actual + "; only " + expected + " is supported");
    }
  }

  private static String string(JsonObject proof, String pointer, String key) {
    JsonValue v = proof.get(key);
    if (v == null) {
      throw new ProofException(ProofException.MALFORMED, pointer + "/" + key, "the proof has no " + key);
    }
    if (!(v instanceof JsonString s)) {
      throw new ProofException(ProofException.MALFORMED, pointer + "/" + key, "the proof's " + key + " is not a string");
    }
    return s.getString();
  }

  private static JsonObject toJsonObject(Map<String, ?> map, String pointer, String code) {
    try {
      return (JsonObject) JsonValues.toJson(map, pointer);
    } catch (IllegalArgumentException e) {
      throw new ProofException(code, pointer, e.getMessage(), e);
    }
  }
}
