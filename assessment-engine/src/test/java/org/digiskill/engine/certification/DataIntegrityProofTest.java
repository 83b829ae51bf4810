package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.DataIntegrityFixtures.CREATED;
import static org.digiskill.engine.certification.DataIntegrityFixtures.KEYS;
import static org.digiskill.engine.certification.DataIntegrityFixtures.OTHER_KEYS;
import static org.digiskill.engine.certification.DataIntegrityFixtures.VERIFICATION_METHOD;
import static org.digiskill.engine.certification.DataIntegrityFixtures.credential;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.list;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;
import static org.digiskill.engine.certification.DataIntegrityFixtures.mutable;
import static org.digiskill.engine.certification.DataIntegrityFixtures.proof;
import static org.digiskill.engine.certification.DataIntegrityFixtures.signed;
import static org.quicktheories.QuickTheory.qt;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class DataIntegrityProofTest {
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  @Test
  void signAddsOneDataIntegrityProofInAnArrayAndKeepsTheCredential() {
    Map<String, Object> unsigned = credential();
    Map<String, Object> signed = DataIntegrityProof.sign(unsigned, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED);

    assertThat(new ArrayList<>(signed.keySet())).isEqualTo(concat(new ArrayList<>(unsigned.keySet()), "proof"));
    unsigned.forEach((k, v) -> assertThat(signed.get(k)).as(k).isEqualTo(v));
    assertThat(list(signed.get("proof"))).hasSize(1);
    Map<String, Object> proof = proof(signed);
    assertThat(new ArrayList<>(proof.keySet()))
        .containsExactly("type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue");
    assertThat(proof).containsEntry("type", "DataIntegrityProof").containsEntry("cryptosuite", "eddsa-rdfc-2022")
        .containsEntry("created", "2026-11-24T10:00:05Z").containsEntry("verificationMethod", VERIFICATION_METHOD)
        .containsEntry("proofPurpose", "assertionMethod");
    assertThat((String) proof.get("proofValue")).matches("z[" + BASE58 + "]{80,90}");
    assertThat(DataIntegrityProof.CRYPTOSUITE).isEqualTo("eddsa-rdfc-2022");
    assertThatThrownBy(() -> signed.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> proof.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSignedCredentialVerifiesAsBuiltAndAfterAJsonRoundTrip() {
    Map<String, Object> signed = signed();
    DataIntegrityProof.verify(signed, KEYS.getPublic());
    DataIntegrityProof.verify(mutable(signed), KEYS.getPublic());
  }

  @Test
  void signingIsDeterministic() {
    assertThat(proof(signed()).get("proofValue")).isEqualTo(proof(signed()).get("proofValue"));
  }

  @Test
  void aProofObjectInsteadOfAnArrayVerifies() {
    Map<String, Object> signed = mutable(signed());
    signed.put("proof", proof(signed));
    DataIntegrityProof.verify(signed, KEYS.getPublic());
  }

  @Test
  void changingAnyStringOfTheCredentialBreaksTheSignature() {
    Map<String, Object> signed = signed();
    List<List<Object>> leaves = new ArrayList<>();
    collectStrings(mutable(signed), new ArrayList<>(), leaves);
    assertThat(leaves).hasSizeGreaterThan(40);
    for (List<Object> path : leaves) {
      Map<String, Object> copy = mutable(signed);
      String was = set(copy, path, null);
      boolean isType = path.contains("type");
      set(copy, path, was + "x");
      assertCode(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()),
          isType ? ProofException.UNDEFINED_TERM : ProofException.INVALID_SIGNATURE, path.toString());
    }
  }

  @Test
  void changingValuesIssuerAndDatesBreaksTheSignature() {
    List<Consumer<Map<String, Object>>> changes = List.of(
        c -> c.put("validFrom", "2026-11-24T10:00:01Z"),
        c -> map(c.get("issuer")).put("id", "https://certs.example.gov.vn/issuers/other"),
        c -> map(list(map(c.get("credentialSubject")).get("result")).get(0)).put("achievedLevel",
            map(list(map(c.get("credentialSubject")).get("result")).get(0)).get("achievedLevel") + "0"),
        c -> map(c.get("credentialSubject")).remove("result"),
        c -> map(map(list(map(c.get("credentialSubject")).get("identifier")).get(0))).put("hashed", false),
        c -> c.remove("validUntil"),
        c -> c.put("description", "added after signing"));
    for (Consumer<Map<String, Object>> change : changes) {
      Map<String, Object> copy = mutable(signed());
      change.accept(copy);
      assertCode(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()), ProofException.INVALID_SIGNATURE, "");
    }
  }

  @Test
  void changingTheProofsCreatedOrVerificationMethodBreaksTheSignature() {
    Map<String, Object> created = mutable(signed());
    proof(created).put("created", "2026-11-24T10:00:06Z");
    assertCode(() -> DataIntegrityProof.verify(created, KEYS.getPublic()), ProofException.INVALID_SIGNATURE, "");
    Map<String, Object> method = mutable(signed());
    proof(method).put("verificationMethod", VERIFICATION_METHOD.replace("dl-center", "dl-centre"));
    assertCode(() -> DataIntegrityProof.verify(method, KEYS.getPublic()), ProofException.INVALID_SIGNATURE, "");
  }

  @Test
  void changingAnyCharacterOfTheProofValueBreaksTheSignatureOrItsEncoding() {
    Map<String, Object> signed = signed();
    String value = (String) proof(signed).get("proofValue");
    qt().withExamples(60)
        .forAll(SourceDSL.integers().between(1, value.length() - 1), SourceDSL.integers().between(1, 57))
        .checkAssert((index, shift) -> {
          char changed = BASE58.charAt((BASE58.indexOf(value.charAt(index)) + shift) % 58);
          Map<String, Object> copy = mutable(signed);
          proof(copy).put("proofValue", value.substring(0, index) + changed + value.substring(index + 1));
          assertThatThrownBy(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()))
              .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code())
                  .isIn(ProofException.INVALID_SIGNATURE, ProofException.MALFORMED));
        });
    for (String bad : List.of(value.substring(1), value.replace(value.charAt(5), '0'), value.substring(0, 40), "z")) {
      Map<String, Object> copy = mutable(signed);
      proof(copy).put("proofValue", bad);
      assertCode(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()), ProofException.MALFORMED, bad);
    }
  }

  @Test
  void anotherKeyFails() throws Exception {
    assertCode(() -> DataIntegrityProof.verify(signed(), OTHER_KEYS.getPublic()), ProofException.INVALID_SIGNATURE, "");
    var ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
    assertCode(() -> DataIntegrityProof.verify(signed(), ec.getPublic()), ProofException.UNKNOWN_KEY, "");
    assertCode(() -> DataIntegrityProof.sign(credential(), ec.getPrivate(), VERIFICATION_METHOD, CREATED),
        ProofException.UNKNOWN_KEY, "");
    assertCode(() -> DataIntegrityProof.publicKeyMultibase(ec.getPublic()), ProofException.UNKNOWN_KEY, "");
  }

  @Test
  void proofsOfTheWrongShapeOrKindAreRefusedWithTheirReason() {
    Map<String, Object> none = mutable(signed());
    none.remove("proof");
    assertCode(() -> DataIntegrityProof.verify(none, KEYS.getPublic()), ProofException.MISSING, "");
    assertCode(() -> DataIntegrityProof.verify(with("proof", List.of()), KEYS.getPublic()), ProofException.MISSING, "");
    assertCode(() -> DataIntegrityProof.verify(with("proof", "z123"), KEYS.getPublic()), ProofException.MALFORMED, "");
    assertCode(() -> DataIntegrityProof.verify(with("proof", List.of("z123")), KEYS.getPublic()),
        ProofException.MALFORMED, "");
    Map<String, Object> two = mutable(signed());
    two.put("proof", List.of(proof(signed()), proof(signed())));
    assertCode(() -> DataIntegrityProof.verify(two, KEYS.getPublic()), ProofException.UNSUPPORTED, "");
    for (String[] change : new String[][] {{"cryptosuite", "eddsa-jcs-2022"}, {"cryptosuite", "eddsa-rdf-2022"},
        {"type", "Ed25519Signature2020"}, {"proofPurpose", "authentication"}}) {
      Map<String, Object> copy = mutable(signed());
      proof(copy).put(change[0], change[1]);
      assertCode(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()), ProofException.UNSUPPORTED, change[1]);
    }
    for (String key : List.of("cryptosuite", "type", "verificationMethod", "proofValue")) {
      Map<String, Object> copy = mutable(signed());
      proof(copy).remove(key);
      assertCode(() -> DataIntegrityProof.verify(copy, KEYS.getPublic()), ProofException.MALFORMED, key);
      Map<String, Object> number = mutable(signed());
      proof(number).put(key, 42);
      assertCode(() -> DataIntegrityProof.verify(number, KEYS.getPublic()), ProofException.MALFORMED, key);
    }
  }

  @Test
  void numbersFromJacksonKeepTheirTypesThroughSigning() {
    Map<String, Object> unsigned = mutable(credential());
    map(unsigned.get("credentialSubject")).put("creditsEarned", 1.5);
    map(map(unsigned.get("credentialSubject")).get("achievement")).put("creditsAvailable", 3);
    Map<String, Object> signed = DataIntegrityProof.sign(unsigned, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED);
    DataIntegrityProof.verify(mutable(signed), KEYS.getPublic());
    Map<String, Object> changed = mutable(signed);
    map(changed.get("credentialSubject")).put("creditsEarned", 1.25);
    assertCode(() -> DataIntegrityProof.verify(changed, KEYS.getPublic()), ProofException.INVALID_SIGNATURE, "");
  }

  @Test
  void multibaseKeysRoundTripAndNameTheKey() {
    String multibase = DataIntegrityProof.publicKeyMultibase(KEYS.getPublic());
    assertThat(multibase).startsWith("z6Mk");
    assertThat(DataIntegrityProof.fromMultibase(multibase)).isEqualTo(KEYS.getPublic());
    String fragment = VERIFICATION_METHOD.substring(VERIFICATION_METHOD.indexOf('#') + 1);
    DataIntegrityProof.verify(signed(), DataIntegrityProof.fromMultibase(fragment));
    assertCode(() -> DataIntegrityProof.fromMultibase("z6Mk"), ProofException.UNKNOWN_KEY, "");
    assertCode(() -> DataIntegrityProof.fromMultibase("u6MkjZRZv3"), ProofException.UNKNOWN_KEY, "");
  }

  @Test
  void aCredentialThatAlreadyHasAProofIsNotSignedAgain() {
    assertThatThrownBy(() -> DataIntegrityProof.sign(signed(), KEYS.getPrivate(), VERIFICATION_METHOD, CREATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> copy = mutable(signed());
    copy.put(key, value);
    return copy;
  }

  static void assertCode(ThrowingCallable call, String code, String what) {
    assertThatThrownBy(call).as(what).isInstanceOfSatisfying(ProofException.class,
        e -> assertThat(e.code()).as(what + ": " + e.getMessage()).isEqualTo(code));
  }

  private static List<String> concat(List<String> keys, String last) {
    keys.add(last);
    return keys;
  }

  /** Collects the paths of all string values outside @context and proof. */
  private static void collectStrings(Object node, List<Object> path, List<List<Object>> out) {
    if (node instanceof Map<?, ?> m) {
      for (var e : m.entrySet()) {
        if (path.isEmpty() && (e.getKey().equals("@context") || e.getKey().equals("proof"))) {
          continue;
        }
        path.add(e.getKey());
        collectStrings(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        path.add(i);
        collectStrings(l.get(i), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof String) {
      out.add(List.copyOf(path));
    }
  }

  /** Sets the string at the path (unless value is null) and returns the old one. */
  @SuppressWarnings("unchecked")
  private static String set(Map<String, Object> root, List<Object> path, String value) {
    Object parent = root;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      parent = step instanceof Integer n ? ((List<Object>) parent).get(n) : ((Map<String, Object>) parent).get(step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer n) {
      List<Object> l = (List<Object>) parent;
      return (String) (value == null ? l.get(n) : l.set(n, value));
    }
    Map<String, Object> m = (Map<String, Object>) parent;
    return (String) (value == null ? m.get(last) : m.put((String) last, value));
  }
}
