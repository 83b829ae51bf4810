package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.passing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digiskill.engine.certification.VerificationResult.Check;
import org.digiskill.engine.certification.VerificationResult.Outcome;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class CredentialVerifierTest {
  private static final String ISSUER_ID = CredentialIssuerFixtures.ISSUER.id();
  private static final IssuerKey ED = IssuerKey.generate(KeyAlgorithm.ED25519, ISSUER_ID + "#ed-2026", VcJwtFixtures.seeded(11));
  private static final IssuerKey ES = IssuerKey.generate(KeyAlgorithm.ES256, ISSUER_ID + "#es-2026", VcJwtFixtures.seeded(12));
  /** A key of someone else, under another controller. */
  private static final IssuerKey MALLORY = IssuerKey.generate(KeyAlgorithm.ED25519, "https://mallory.example/keys#1", VcJwtFixtures.seeded(13));
  private static final String REVOCATION_URL = "https://certs.example.gov.vn/status/revocation/1";
  private static final String SUSPENSION_URL = "https://certs.example.gov.vn/status/suspension/1";
  private static final String EMAIL = "An.Nguyen@Example.vn";
  private static final Map<String, Object> UNSIGNED = CredentialIssuer.withStatus(
      CREDENTIALS.build(passing(), MINI, FRAMEWORK, Recipient.withEmail(VcJwtFixtures.SUBJECT_ID, EMAIL, "salt-of-this-credential"),
          VcJwtFixtures.CRED_ID, ISSUED),
      List.of(BitstringStatusListEntry.of(REVOCATION_URL, BitstringStatusList.REVOCATION, 4127),
          BitstringStatusListEntry.of(SUSPENSION_URL, BitstringStatusList.SUSPENSION, 99)));
  private static final Map<String, Object> SIGNED = DataIntegrityProof.sign(UNSIGNED, ED.privateKey(), ED.keyId(), ISSUED);
  private static final String JWT = VcJwt.sign(UNSIGNED, ES);
  private static final Instant VALID_UNTIL = Instant.parse((String) UNSIGNED.get("validUntil"));
  private static final Instant A_DAY_LATER = ISSUED.plus(Duration.ofDays(1));

  private static Map<String, Object> list(String url, String purpose, int... set) {
    BitstringStatusList bits = BitstringStatusList.create(purpose);
    for (int i : set) {
      bits = bits.set(i, true);
    }
    // Valid from well before the credentials it covers, so that only the credential's dates matter.
    return DataIntegrityProof.sign(StatusListCredential.build(CredentialIssuerFixtures.ISSUER, url, bits,
        ISSUED.minus(Duration.ofDays(30)), ISSUED.plus(Duration.ofDays(3650))), ED.privateKey(), ED.keyId(), ISSUED);
  }

  private static InMemoryStatusLists lists(int[] revoked, int[] suspended) {
    return new InMemoryStatusLists()
        .publish(list(REVOCATION_URL, BitstringStatusList.REVOCATION, revoked))
        .publish(list(SUSPENSION_URL, BitstringStatusList.SUSPENSION, suspended));
  }

  private static CredentialVerifier verifier(Instant now, InMemoryStatusLists lists) {
    return CredentialVerifier.builder().trust(List.of(ED.toPublic(), ES.toPublic())).statusLists(lists)
        .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private static final CredentialVerifier VERIFIER = verifier(A_DAY_LATER, lists(new int[] {1, 4126}, new int[] {100}));

  private static String json(Object tree) {
    try {
      return new ObjectMapper().writeValueAsString(tree);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertFails(VerificationResult r, String check, String code) {
    assertThat(r.valid()).as("verdict").isFalse();
    assertThat(r.check(check).outcome()).as(check).isEqualTo(Outcome.FAILED);
    assertThat(r.check(check).code()).isEqualTo(code);
    List<String> failed = r.checks().stream().filter(c -> c.outcome() == Outcome.FAILED).map(Check::name).toList();
    assertThat(failed).as("only " + check + " fails").containsExactly(check);
  }

  @Test
  void embeddedProof_verifies_everyCheckPassing_andTheRecipientMatchesInAnyCase() {
    VerificationResult r = VERIFIER.verify(json(SIGNED), "  an.nguyen@example.VN ");
    assertThat(r.checks()).extracting(Check::name)
        .containsExactly("format", "proof", "issuer", "validFrom", "validUntil", "status", "recipient");
    assertThat(r.checks()).allSatisfy(c -> assertThat(c.outcome()).as(c.toString()).isEqualTo(Outcome.PASSED));
    assertThat(r.valid()).isTrue();
    assertThat(r.check("status").message()).contains("not revoked", "not suspended");
    assertThat(r.credential()).containsEntry("id", VcJwtFixtures.CRED_ID);
  }

  @Test
  void jwt_verifies_andWithoutAnIdentifier_theRecipientCheckIsSkipped() {
    VerificationResult r = VERIFIER.verify(JWT);
    assertThat(r.valid()).isTrue();
    assertThat(r.check("proof").message()).contains(ES.keyId());
    assertThat(r.check("recipient").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(r.credential()).isEqualTo(UNSIGNED);
  }

  @Test
  void aChangedByte_failsTheProof_inEitherForm() {
    Map<String, Object> changed = new LinkedHashMap<>(SIGNED);
    changed.put("validFrom", "2026-11-24T10:00:01Z");
    assertFails(VERIFIER.verify(json(changed)), "proof", ProofException.INVALID_SIGNATURE);

    int at = JWT.indexOf('.') + 20;
    String tampered = JWT.substring(0, at) + (JWT.charAt(at) == 'A' ? 'B' : 'A') + JWT.substring(at + 1);
    VerificationResult r = VERIFIER.verify(tampered);
    assertThat(r.valid()).isFalse();
    assertThat(r.check("proof").outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void expired_andNotYetValid_eachHaveTheirOwnReason() {
    InMemoryStatusLists fine = lists(new int[0], new int[0]);
    assertFails(verifier(VALID_UNTIL.plusSeconds(1), fine).verify(json(SIGNED)), "validUntil", "credential.expired");
    assertFails(verifier(ISSUED.minusSeconds(1), fine).verify(json(SIGNED)), "validFrom", "credential.not-yet-valid");
    assertFails(verifier(VALID_UNTIL.plusSeconds(1), fine).verify(JWT), "validUntil", "credential.expired");
    assertThat(verifier(VALID_UNTIL, fine).verify(json(SIGNED)).valid()).as("valid up to and including validUntil").isTrue();
  }

  @Test
  void revoked_andSuspended_eachHaveTheirOwnReason() {
    assertFails(verifier(A_DAY_LATER, lists(new int[] {4127}, new int[0])).verify(json(SIGNED)), "status", "status.revoked");
    assertFails(verifier(A_DAY_LATER, lists(new int[0], new int[] {99})).verify(JWT), "status", "status.suspended");
  }

  @Test
  void statusLists_thatAreMissing_forged_orOfTheWrongPurpose_fail() {
    InMemoryStatusLists none = new InMemoryStatusLists();
    assertFails(verifier(A_DAY_LATER, none).verify(json(SIGNED)), "status", "status.unavailable");

    Map<String, Object> forged = DataIntegrityProof.sign(StatusListCredential.build(CredentialIssuerFixtures.ISSUER, REVOCATION_URL,
        BitstringStatusList.create(BitstringStatusList.REVOCATION), ISSUED, null), MALLORY.privateKey(), MALLORY.keyId(), ISSUED);
    CredentialVerifier trustsMallory = CredentialVerifier.builder().trust(List.of(ED, MALLORY))
        .statusLists(new InMemoryStatusLists().publish(forged).publish(list(SUSPENSION_URL, BitstringStatusList.SUSPENSION)))
        .clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    assertFails(trustsMallory.verify(json(SIGNED)), "status", "status.list-invalid");

    Map<String, Object> swapped = list(REVOCATION_URL, BitstringStatusList.SUSPENSION);
    assertFails(verifier(A_DAY_LATER, new InMemoryStatusLists().publish(swapped).publish(list(SUSPENSION_URL, BitstringStatusList.SUSPENSION)))
        .verify(json(SIGNED)), "status", "status.list-invalid");

    Map<String, Object> future = DataIntegrityProof.sign(StatusListCredential.build(CredentialIssuerFixtures.ISSUER, REVOCATION_URL,
        BitstringStatusList.create(BitstringStatusList.REVOCATION), A_DAY_LATER.plusSeconds(3600), null), ED.privateKey(), ED.keyId(), ISSUED);
    assertFails(verifier(A_DAY_LATER, new InMemoryStatusLists().publish(future).publish(list(SUSPENSION_URL, BitstringStatusList.SUSPENSION)))
        .verify(json(SIGNED)), "status", "status.list-invalid");

    Map<String, Object> tamperedList = new LinkedHashMap<>(list(REVOCATION_URL, BitstringStatusList.REVOCATION, 4127));
    tamperedList.put("credentialSubject", ((Map<?, ?>) list(REVOCATION_URL, BitstringStatusList.REVOCATION).get("credentialSubject")));
    assertFails(verifier(A_DAY_LATER, new InMemoryStatusLists().publish(tamperedList).publish(list(SUSPENSION_URL, BitstringStatusList.SUSPENSION)))
        .verify(json(SIGNED)), "status", "status.list-invalid");
  }

  @Test
  void aKeyOfAnotherController_failsTheIssuerBinding_evenWhenTrusted() {
    Map<String, Object> byMallory = DataIntegrityProof.sign(UNSIGNED, MALLORY.privateKey(), MALLORY.keyId(), ISSUED);
    CredentialVerifier trustsMallory = CredentialVerifier.builder().trust(List.of(MALLORY, ED))
        .statusLists(lists(new int[0], new int[0])).clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    assertFails(trustsMallory.verify(json(byMallory)), "issuer", "issuer.key-not-issuers");
  }

  @Test
  void anUnknownKey_failsTheProof_andTheIssuerCheckIsSkipped() {
    CredentialVerifier trustsNoOne = CredentialVerifier.builder().statusLists(lists(new int[0], new int[0]))
        .clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    VerificationResult r = trustsNoOne.verify(json(SIGNED));
    assertThat(r.check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
    assertThat(r.check("issuer").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(trustsNoOne.verify(JWT).check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
  }

  @Test
  void algNone_hmacWithThePublicKey_andAlgorithmConfusion_areRefused() {
    Map<String, Object> payload = VcJwtFixtures.part(JWT, 1);
    String none = VcJwtFixtures.b64("{\"alg\":\"none\",\"kid\":\"" + ES.keyId() + "\",\"typ\":\"JWT\"}") + "."
        + VcJwtFixtures.b64(VcJwtFixtures.json(payload)) + ".";
    assertFails(VERIFIER.verify(none), "proof", ProofException.ALGORITHM_NOT_ALLOWED);

    String hmac = VcJwtFixtures.hmacToken(VcJwtFixtures.header("HS256", ES.keyId()), payload,
        ES.toPublicJwk().getBytes(StandardCharsets.UTF_8));
    assertFails(VERIFIER.verify(hmac), "proof", ProofException.ALGORITHM_NOT_ALLOWED);
    String hmacDer = VcJwtFixtures.hmacToken(VcJwtFixtures.header("HS256", ES.keyId()), payload, ES.publicKey().getEncoded());
    assertFails(VERIFIER.verify(hmacDer), "proof", ProofException.ALGORITHM_NOT_ALLOWED);

    // An RS256 header over a token signed with the EC key: the header's algorithm does not fit the key.
    String confused = VcJwtFixtures.rawToken(VcJwtFixtures.header("RS256", ES.keyId()), payload, ES);
    assertFails(VERIFIER.verify(confused), "proof", ProofException.ALGORITHM_NOT_ALLOWED);

    // An embedded proof whose verification method names an ES256 key.
    Map<String, Object> byEsId = DataIntegrityProof.sign(UNSIGNED, ED.privateKey(), ES.keyId(), ISSUED);
    assertFails(VERIFIER.verify(json(byEsId)), "proof", ProofException.ALGORITHM_NOT_ALLOWED);

    CredentialVerifier rsOnly = CredentialVerifier.builder().trust(List.of(ES)).jwtAlgorithms(java.util.Set.of(KeyAlgorithm.RS256))
        .statusLists(lists(new int[0], new int[0])).clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    assertThat(rsOnly.verify(JWT).check("proof").code()).isEqualTo(ProofException.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void theWrongRecipient_fails() {
    assertFails(VERIFIER.verify(json(SIGNED), "someone.else@example.vn"), "recipient", "recipient.mismatch");
  }

  @Test
  void aDidKeyIssuer_verifiesOnlyWhenAccepted_andAForgedDidKeyFragmentNever() {
    IssuerKey did = IssuerKey.generate(KeyAlgorithm.ED25519, "did:key:placeholder#1", VcJwtFixtures.seeded(21));
    String multibase = DataIntegrityProof.publicKeyMultibase(did.publicKey());
    String issuer = "did:key:" + multibase;
    Map<String, Object> vc = new LinkedHashMap<>(new CredentialIssuer(CredentialIssuerProfile.of(issuer, "Self-certifying issuer"), null,
        "https://certs.example.gov.vn/achievements", "https://certs.example.gov.vn/competences/", "en")
        .build(passing(), MINI, FRAMEWORK, Recipient.of(VcJwtFixtures.SUBJECT_ID), VcJwtFixtures.CRED_ID, ISSUED));
    Map<String, Object> signed = DataIntegrityProof.sign(vc, did.privateKey(), issuer + "#" + multibase, ISSUED);
    // Off by default: anyone can make a did:key and give it any name.
    assertThat(VERIFIER.verify(json(signed)).check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
    CredentialVerifier trustsNoOne = CredentialVerifier.builder().acceptDidKeyIssuers()
        .clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    VerificationResult r = trustsNoOne.verify(json(signed));
    assertThat(r.valid()).as(r.checks().toString()).isTrue();

    // The same issuer id, signed by another key named in the fragment: unknown, never trusted.
    String otherMultibase = DataIntegrityProof.publicKeyMultibase(ED.publicKey());
    Map<String, Object> forged = DataIntegrityProof.sign(vc, ED.privateKey(), issuer + "#" + otherMultibase, ISSUED);
    assertThat(trustsNoOne.verify(json(forged)).check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
  }

  @Test
  void unreadableInput_failsTheFormat_andSkipsTheRest() {
    for (String bad : List.of("{\"a\": 1,}", "not a credential", "{\"@context\": 1} trailing")) {
      VerificationResult r = VERIFIER.verify(bad);
      assertThat(r.valid()).isFalse();
      assertThat(r.checks().get(0).outcome()).as(bad).isEqualTo(Outcome.FAILED);
    }
    VerificationResult notOb = VERIFIER.verify("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"]}");
    assertThat(notOb.check("format").code()).isEqualTo("credential.context");
    assertThat(notOb.check("proof").code()).isEqualTo(ProofException.MISSING);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theResult_isWrittenAsJson_withTheVerdictAndEachCheck() throws Exception {
    VerificationResult r = verifier(VALID_UNTIL.plusSeconds(1), lists(new int[0], new int[0])).verify(json(SIGNED));
    @SuppressWarnings("unchecked")
    Map<String, Object> written = new ObjectMapper().readValue(json(r), Map.class);
    assertThat(List.copyOf(written.keySet())).containsExactly("valid", "checks");
    assertThat(written.get("valid")).isEqualTo(false);
    assertThat((List<Object>) written.get("checks")).hasSize(7).contains(Map.of(
        "name", "validUntil", "outcome", "failed", "code", "credential.expired", "message", r.check("validUntil").message()));
  }

  @Test
  void oneVerifier_isSafeToShareAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        boolean jwt = t % 2 == 0;
        results.add(pool.submit(() -> (jwt ? VERIFIER.verify(JWT) : VERIFIER.verify(json(SIGNED))).valid()));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // Regressions found in review: the JSON a verifier reads must be the JSON the signature covers.

  @Test
  void hidingValidUntilOrStatus_underNestOrFullIris_isRefused_notSilentlyValid() {
    InMemoryStatusLists revoked = lists(new int[] {4127}, new int[0]);
    CredentialVerifier later = verifier(VALID_UNTIL.plusSeconds(1), revoked);
    assertThat(later.verify(json(SIGNED)).valid()).isFalse();

    Map<String, Object> nested = new LinkedHashMap<>(SIGNED);
    Object until = nested.remove("validUntil");
    Object status = nested.remove("credentialStatus");
    nested.put("@nest", Map.of("validUntil", until, "credentialStatus", status));
    VerificationResult r = later.verify(json(nested));
    assertThat(r.valid()).isFalse();
    assertThat(r.check("proof").code()).isEqualTo(ProofException.UNDEFINED_TERM);

    Map<String, Object> iris = new LinkedHashMap<>(SIGNED);
    iris.remove("validUntil");
    iris.put("https://www.w3.org/2018/credentials#validUntil",
        Map.of("@value", until, "@type", "http://www.w3.org/2001/XMLSchema#dateTime"));
    VerificationResult r2 = later.verify(json(iris));
    assertThat(r2.valid()).isFalse();
    assertThat(r2.check("proof").code()).isEqualTo(ProofException.UNDEFINED_TERM);

    Map<String, Object> inline = new LinkedHashMap<>(SIGNED);
    inline.put("@context", List.of(OpenBadgeCredential.VC2_CONTEXT, OpenBadgeCredential.OB3_CONTEXT,
        Map.of("hidden", "https://www.w3.org/2018/credentials#validUntil")));
    assertThat(later.verify(json(inline)).check("proof").code()).isEqualTo(ProofException.UNKNOWN_CONTEXT);
  }

  @Test
  void deepNesting_andHugeValues_giveAResult_quickly() {
    Object deep = "x";
    for (int i = 0; i < 300; i++) {
      deep = List.of(Map.of("@list", List.of(deep)));
    }
    Map<String, Object> nested = new LinkedHashMap<>(SIGNED);
    nested.put("name", deep);
    assertThat(VERIFIER.verify(json(nested)).valid()).isFalse();
    assertThat(VERIFIER.verifyEmbedded(nested, null).valid()).isFalse();

    Map<String, Object> longProof = new LinkedHashMap<>(SIGNED);
    Map<String, Object> proof = new LinkedHashMap<>((Map<String, Object>) ((List<?>) SIGNED.get("proof")).get(0));
    proof.put("proofValue", "z" + "2".repeat(80_000));
    longProof.put("proof", List.of(proof));
    long start = System.nanoTime();
    VerificationResult r = VERIFIER.verify(json(longProof));
    assertThat(r.check("proof").code()).isEqualTo(ProofException.MALFORMED);
    assertThat(r.check("proof").message().length()).isLessThan(600);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no quadratic decoding").isLessThan(Duration.ofSeconds(2));

    assertThat(VERIFIER.verify("{\"a\": \"" + "x".repeat(CredentialVerifier.MAX_CHARS) + "\"}").check("format").code())
        .isEqualTo("credential.too-large");
  }

  @Test
  void anExpiredProof_fails() {
    Map<String, Object> expiring = signWithExpiry(UNSIGNED, ISSUED.plusSeconds(60));
    assertFails(VERIFIER.verify(json(expiring)), "proof", ProofException.EXPIRED);
    assertThat(verifier(ISSUED.plusSeconds(30), lists(new int[0], new int[0])).verify(json(expiring)).valid()).isTrue();
  }

  @Test
  void resolversThatFailOrAnswerNull_failTheirCheck_neverThrow() {
    CredentialVerifier broken = CredentialVerifier.builder()
        .keys(id -> {
          throw new IllegalStateException("key store down");
        })
        .statusLists(url -> null).clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    assertThat(broken.verify(json(SIGNED)).check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
    assertThat(broken.verify(JWT).check("proof").code()).isEqualTo(ProofException.UNKNOWN_KEY);
    CredentialVerifier nullLists = CredentialVerifier.builder().trust(List.of(ED)).statusLists(url -> {
      throw new IllegalStateException("CDN down");
    }).clock(Clock.fixed(A_DAY_LATER, ZoneOffset.UTC)).build();
    assertThat(nullLists.verify(json(SIGNED)).check("status").code()).isEqualTo("status.unavailable");
    assertThatThrownBy(() -> CredentialVerifier.builder().trust(List.of(ED, ED))).isInstanceOf(IllegalArgumentException.class);

    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      many.add(BitstringStatusListEntry.of(REVOCATION_URL, BitstringStatusList.REVOCATION, i).toJson());
    }
    Map<String, Object> crowded = new LinkedHashMap<>(UNSIGNED);
    crowded.put("credentialStatus", many);
    Map<String, Object> signedCrowded = DataIntegrityProof.sign(crowded, ED.privateKey(), ED.keyId(), ISSUED);
    assertFails(VERIFIER.verify(json(signedCrowded)), "status", "status.malformed");
  }

  /** Signs as eddsa-rdfc-2022 does, with an {@code expires} in the proof options (covered by the signature). */
  private static Map<String, Object> signWithExpiry(Map<String, Object> unsigned, Instant expires) {
    org.digiskill.engine.certification.internal.EddsaRdfc2022 suite = org.digiskill.engine.certification.internal.EddsaRdfc2022.standard();
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("type", "DataIntegrityProof");
    proof.put("cryptosuite", "eddsa-rdfc-2022");
    proof.put("created", ISSUED.toString());
    proof.put("expires", expires.toString());
    proof.put("verificationMethod", ED.keyId());
    proof.put("proofPurpose", "assertionMethod");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("@context", unsigned.get("@context"));
    config.putAll(proof);
    String canonicalConfig = suite.canonicalProofConfig(
        (jakarta.json.JsonObject) org.digiskill.engine.certification.internal.JsonValues.toJson(config, "/proof/0"), "/proof/0");
    String canonicalDocument = suite.canonicalDocument(
        (jakarta.json.JsonObject) org.digiskill.engine.certification.internal.JsonValues.toJson(unsigned, ""));
    byte[] signature = org.digiskill.engine.certification.internal.EddsaRdfc2022.signData(
        org.digiskill.engine.certification.internal.EddsaRdfc2022.hashData(canonicalConfig, canonicalDocument), ED.privateKey());
    proof.put("proofValue", "z" + org.digiskill.engine.certification.internal.Base58Btc.encode(signature));
    Map<String, Object> signed = new LinkedHashMap<>(unsigned);
    signed.put("proof", List.of(proof));
    return signed;
  }
}
