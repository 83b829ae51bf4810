package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.VcJwtFixtures.CREDENTIAL;
import static org.digiskill.engine.certification.VcJwtFixtures.CRED_ID;
import static org.digiskill.engine.certification.VcJwtFixtures.ED25519;
import static org.digiskill.engine.certification.VcJwtFixtures.ES256;
import static org.digiskill.engine.certification.VcJwtFixtures.ES256_OTHER;
import static org.digiskill.engine.certification.VcJwtFixtures.RS256;
import static org.digiskill.engine.certification.VcJwtFixtures.RS256_OTHER;
import static org.digiskill.engine.certification.VcJwtFixtures.SUBJECT_ID;
import static org.digiskill.engine.certification.VcJwtFixtures.b64;
import static org.digiskill.engine.certification.VcJwtFixtures.header;
import static org.digiskill.engine.certification.VcJwtFixtures.hmacToken;
import static org.digiskill.engine.certification.VcJwtFixtures.json;
import static org.digiskill.engine.certification.VcJwtFixtures.part;
import static org.digiskill.engine.certification.VcJwtFixtures.rawToken;
import static org.digiskill.engine.certification.VcJwtFixtures.resolver;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VcJwtTest {
  private static final Set<KeyAlgorithm> BOTH = Set.of(KeyAlgorithm.ES256, KeyAlgorithm.RS256);
  private static final Function<String, Optional<IssuerKey>> KEYS = resolver(ES256, RS256, ED25519);

  static IssuerKey key(KeyAlgorithm algorithm) {
    return algorithm == KeyAlgorithm.ES256 ? ES256 : RS256;
  }

  /** The payload sign would write for the fixture credential. */
  private static Map<String, Object> payload() {
    return part(VcJwt.sign(CREDENTIAL, RS256), 1);
  }

  private static void assertRefused(String token, String code) {
    assertRefused(token, KEYS, BOTH, code);
  }

  private static void assertRefused(String token, Function<String, Optional<IssuerKey>> keys, Set<KeyAlgorithm> allowed,
      String code) {
    assertThatThrownBy(() -> VcJwt.verify(token, keys, allowed))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  // ---------------------------------------------------------------- signing

  @ParameterizedTest
  @EnumSource(value = KeyAlgorithm.class, names = {"ES256", "RS256"})
  void verify_ofSign_returnsTheCredential_inItsOrder(KeyAlgorithm algorithm) {
    String token = VcJwt.sign(CREDENTIAL, key(algorithm));
    Map<String, Object> verified = VcJwt.verify(token, KEYS, Set.of(algorithm));
    assertThat(verified).isEqualTo(CREDENTIAL);
    assertThat(json(verified)).isEqualTo(json(CREDENTIAL));
    assertThat(VcJwt.decode(token)).isEqualTo(CREDENTIAL);
    assertThat(json(VcJwt.decode(token))).isEqualTo(json(CREDENTIAL));
    assertThatThrownBy(() -> verified.put("id", "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @EnumSource(value = KeyAlgorithm.class, names = {"ES256", "RS256"})
  void header_isExactlyAlgKidTyp(KeyAlgorithm algorithm) {
    String token = VcJwt.sign(CREDENTIAL, key(algorithm));
    Map<String, Object> header = part(token, 0);
    assertThat(List.copyOf(header.keySet())).containsExactly("alg", "kid", "typ");
    assertThat(header).containsEntry("alg", algorithm.jwsName()).containsEntry("kid", key(algorithm).keyId())
        .containsEntry("typ", "JWT");
  }

  @Test
  void payload_isTheCredentialThenTheRegisteredClaimsOfOb3() {
    Map<String, Object> payload = payload();
    Map<String, Object> issuer = VcJwtFixtures.parse(json(CREDENTIAL.get("issuer")));
    assertThat(List.copyOf(payload.keySet()))
        .startsWith(CREDENTIAL.keySet().toArray(String[]::new))
        .endsWith("iss", "sub", "jti", "nbf", "exp")
        .doesNotContain("iat", "vc", "aud");
    assertThat(payload).containsEntry("iss", issuer.get("id"))
        .containsEntry("iss", "https://certs.example.gov.vn/issuers/dl-center")
        .containsEntry("sub", SUBJECT_ID)
        .containsEntry("jti", CRED_ID)
        .containsEntry("nbf", (int) CredentialIssuerFixtures.ISSUED.getEpochSecond())
        .containsEntry("exp", (int) Instant.parse((String) CREDENTIAL.get("validUntil")).getEpochSecond());
  }

  @Test
  void sign_ofACredentialWithoutValidUntil_writesNoExp() {
    Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
    credential.remove("validUntil");
    String token = VcJwt.sign(credential, ES256);
    assertThat(part(token, 1)).doesNotContainKey("exp");
    assertThat(VcJwt.verify(token, KEYS, BOTH)).isEqualTo(credential);
  }

  @Test
  void sign_ofAnIssuerGivenAsAUri_usesItAsIss() {
    Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
    credential.put("issuer", "did:web:certs.example.gov.vn");
    String token = VcJwt.sign(credential, RS256);
    assertThat(part(token, 1)).containsEntry("iss", "did:web:certs.example.gov.vn");
    assertThat(VcJwt.verify(token, KEYS, BOTH)).isEqualTo(credential);
  }

  @Test
  void sign_keepsVietnameseText() {
    Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
    credential.put("name", "Chứng chỉ kỹ năng số cơ bản");
    assertThat(VcJwt.verify(VcJwt.sign(credential, ES256), KEYS, BOTH)).containsEntry("name", "Chứng chỉ kỹ năng số cơ bản");
  }

  @Test
  void sign_withoutASubjectId_isRefused() {
    Recipient hashedOnly = new Recipient(null, List.of(Recipient.identifier("emailAddress", "an@example.vn", "salt-1234567")));
    Map<String, Object> credential = CredentialIssuerFixtures.CREDENTIALS.build(CredentialIssuerFixtures.passing(),
        CredentialIssuerFixtures.MINI, CredentialIssuerFixtures.FRAMEWORK, hashedOnly, CRED_ID, CredentialIssuerFixtures.ISSUED);
    assertThatThrownBy(() -> VcJwt.sign(credential, RS256)).isInstanceOfSatisfying(ProofException.class, e -> {
      assertThat(e.code()).isEqualTo(ProofException.MALFORMED);
      assertThat(e.path()).isEqualTo("/credentialSubject/id");
      assertThat(e.getMessage()).contains("sub");
    });
  }

  @Test
  void sign_withAnEd25519Key_isRefused_pointingToDataIntegrity() {
    assertThatThrownBy(() -> VcJwt.sign(CREDENTIAL, ED25519)).isInstanceOfSatisfying(ProofException.class, e -> {
      assertThat(e.code()).isEqualTo(ProofException.UNSUPPORTED);
      assertThat(e.getMessage()).contains("DataIntegrityProof", "ES256", "RS256");
    });
  }

  @Test
  void sign_withAPublicKey_isAProgrammingError() {
    assertThatThrownBy(() -> VcJwt.sign(CREDENTIAL, ES256.toPublic())).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "sub", "jti", "nbf", "exp", "iat", "aud"})
  void sign_ofACredentialWithAMemberNamedLikeAClaim_isRefused(String claim) {
    Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
    credential.put(claim, "x");
    assertThatThrownBy(() -> VcJwt.sign(credential, ES256))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.path()).isEqualTo("/" + claim));
  }

  @Test
  void sign_ofACredentialWithoutIdIssuerOrValidFrom_isRefused() {
    for (String member : List.of("id", "issuer", "validFrom", "credentialSubject")) {
      Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
      credential.remove(member);
      assertThatThrownBy(() -> VcJwt.sign(credential, ES256)).as(member)
          .isInstanceOfSatisfying(ProofException.class, e -> {
            assertThat(e.code()).isEqualTo(ProofException.MALFORMED);
            assertThat(e.path()).isEqualTo("/" + member);
          });
    }
    Map<String, Object> badDate = new LinkedHashMap<>(CREDENTIAL);
    badDate.put("validFrom", "24/11/2026");
    assertThatThrownBy(() -> VcJwt.sign(badDate, ES256))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.path()).isEqualTo("/validFrom"));
  }

  @Test
  void rs256_isDeterministic_evenWithTheKeyReadBackFromItsJwk() {
    String token = VcJwt.sign(CREDENTIAL, RS256);
    assertThat(VcJwt.sign(CREDENTIAL, RS256)).isEqualTo(token);
    assertThat(VcJwt.sign(CREDENTIAL, IssuerKey.fromJwk(RS256.toJwk()))).isEqualTo(token);
    assertThat(VcJwt.sign(CREDENTIAL, RS256_OTHER)).isNotEqualTo(token);
  }

  @Test
  void es256_isRandomised_yetEveryTokenVerifies() {
    String a = VcJwt.sign(CREDENTIAL, ES256);
    String b = VcJwt.sign(CREDENTIAL, ES256);
    // Same header and payload; only the signature differs.
    assertThat(a.substring(0, a.lastIndexOf('.'))).isEqualTo(b.substring(0, b.lastIndexOf('.')));
    assertThat(VcJwt.verify(a, KEYS, BOTH)).isEqualTo(VcJwt.verify(b, KEYS, BOTH));
    assertThat(VcJwtFixtures.unb64(a.substring(a.lastIndexOf('.') + 1))).hasSize(64);
  }

  @Test
  void verify_acceptsATokenWithoutTyp_asOb3Allows() {
    Map<String, Object> header = header("ES256", ES256.keyId());
    header.remove("typ");
    assertThat(VcJwt.verify(rawToken(header, payload(), ES256), KEYS, BOTH)).isEqualTo(CREDENTIAL);
  }

  @Test
  void verify_withTheJdkSignedToken_agreesWithSign() {
    // An independent signer (the JDK alone) and ours produce tokens the other side accepts.
    String token = rawToken(header("RS256", RS256.keyId()), payload(), RS256);
    assertThat(token).isEqualTo(VcJwt.sign(CREDENTIAL, RS256));
    assertThat(VcJwt.verify(rawToken(header("ES256", ES256.keyId()), payload(), ES256), KEYS, BOTH)).isEqualTo(CREDENTIAL);
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void verify_withAnotherKeyOfTheSameKid_isAnInvalidSignature() {
    assertRefused(VcJwt.sign(CREDENTIAL, ES256), resolver(ES256_OTHER), BOTH, ProofException.INVALID_SIGNATURE);
    assertRefused(VcJwt.sign(CREDENTIAL, RS256), resolver(RS256_OTHER), BOTH, ProofException.INVALID_SIGNATURE);
  }

  @Test
  void verify_ofAnUnknownOrMissingKid_isAnUnknownKey() {
    assertRefused(VcJwt.sign(CREDENTIAL, ES256), resolver(RS256), BOTH, ProofException.UNKNOWN_KEY);
    assertRefused(VcJwt.sign(CREDENTIAL, ES256), kid -> null, BOTH, ProofException.UNKNOWN_KEY);
    Map<String, Object> header = header("ES256", ES256.keyId());
    header.remove("kid");
    assertRefused(rawToken(header, payload(), ES256), ProofException.UNKNOWN_KEY);
  }

  @Test
  void verify_ofAlgNone_isRefused() {
    String unsigned = b64("{\"alg\":\"none\"}") + "." + b64(json(payload())) + ".";
    assertRefused(unsigned, ProofException.ALGORITHM_NOT_ALLOWED);
    String unsignedWithKid = b64(json(header("none", ES256.keyId()))) + "." + b64(json(payload())) + ".";
    assertRefused(unsignedWithKid, ProofException.ALGORITHM_NOT_ALLOWED);
    assertRefused(b64(json(header("None", ES256.keyId()))) + "." + b64(json(payload())) + ".",
        ProofException.ALGORITHM_NOT_ALLOWED);
    // nimbus's own unsecured JWT, too.
    String plain = new com.nimbusds.jose.PlainObject(new com.nimbusds.jose.Payload(json(payload()))).serialize();
    assertRefused(plain, ProofException.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_ofHs256SignedWithThePublicKey_isRefused() {
    for (IssuerKey key : List.of(RS256, ES256)) {
      for (byte[] secret : List.of(key.toPublicJwk().getBytes(StandardCharsets.UTF_8), key.publicKey().getEncoded())) {
        for (String alg : List.of("HS256", "HS384", "HS512")) {
          assertRefused(hmacToken(header(alg, key.keyId()), payload(), secret), ProofException.ALGORITHM_NOT_ALLOWED);
        }
      }
    }
  }

  @Test
  void verify_ofAnAlgorithmThatDoesNotFitTheKey_isRefused() {
    // An RS256 header naming the EC key, signed by an attacker's RSA key; and the reverse.
    assertRefused(rawToken(header("RS256", ES256.keyId()), payload(), RS256_OTHER), ProofException.ALGORITHM_NOT_ALLOWED);
    assertRefused(rawToken(header("ES256", RS256.keyId()), payload(), ES256_OTHER), ProofException.ALGORITHM_NOT_ALLOWED);
    // An ES256 header naming an Ed25519 key.
    assertRefused(rawToken(header("ES256", ED25519.keyId()), payload(), ES256), ProofException.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_ofAnAlgorithmTheCallerDoesNotAllow_isRefused() {
    assertRefused(VcJwt.sign(CREDENTIAL, RS256), KEYS, Set.of(KeyAlgorithm.ES256), ProofException.ALGORITHM_NOT_ALLOWED);
    assertRefused(VcJwt.sign(CREDENTIAL, ES256), KEYS, Set.of(KeyAlgorithm.RS256), ProofException.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void verify_ofAnEdDsaToken_isUnsupported() {
    for (String alg : List.of("EdDSA", "Ed25519")) {
      assertRefused(rawToken(header(alg, ED25519.keyId()), payload(), ED25519), ProofException.UNSUPPORTED);
    }
    for (String alg : List.of("PS256", "ES384", "RS512", "ES256K")) {
      assertRefused(rawToken(header(alg, RS256.keyId()), payload(), RS256), ProofException.UNSUPPORTED);
    }
  }

  @Test
  void verify_ofTypVcJwt_isMalformed() {
    Map<String, Object> header = header("ES256", ES256.keyId());
    header.put("typ", "vc+jwt");
    assertRefused(rawToken(header, payload(), ES256), ProofException.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jwk", "jku", "x5u", "x5c", "crit", "cty", "b64", "zip"})
  void verify_ofAnyOtherHeaderMember_isMalformed(String member) {
    Map<String, Object> header = header("ES256", ES256.keyId());
    // The attacker's own public key embedded, or a reference to it: never trusted.
    header.put(member, member.equals("jwk") ? VcJwtFixtures.parse(ES256_OTHER.toPublicJwk())
        : member.equals("crit") ? List.of("b64") : "https://attacker.example/keys");
    String token = rawToken(header, payload(), member.equals("jwk") ? ES256_OTHER : ES256);
    assertRefused(token, ProofException.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "jti", "sub", "nbf", "exp"})
  void verify_ofAClaimThatDisagreesWithTheCredential_isAClaimsMismatch(String claim) {
    Map<String, Object> payload = payload();
    payload.put(claim, payload.get(claim) instanceof Integer n ? n + 1 : payload.get(claim) + "-other");
    assertThatThrownBy(() -> VcJwt.verify(rawToken(header("ES256", ES256.keyId()), payload, ES256), KEYS, BOTH))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.CLAIMS_MISMATCH);
          assertThat(e.path()).isEqualTo("/" + claim);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "jti", "sub", "nbf", "exp"})
  void verify_ofAMissingClaim_isAClaimsMismatch(String claim) {
    Map<String, Object> payload = payload();
    payload.remove(claim);
    assertRefused(rawToken(header("ES256", ES256.keyId()), payload, ES256), ProofException.CLAIMS_MISMATCH);
  }

  @Test
  void verify_ofACredentialChangedToMatchForgedClaims_stillNeedsTheSignature() {
    // Changing the credential and its claims together is a change to the payload.
    Map<String, Object> payload = payload();
    payload.put("id", "urn:uuid:00000000-0000-4000-8000-000000000000");
    payload.put("jti", "urn:uuid:00000000-0000-4000-8000-000000000000");
    String good = VcJwt.sign(CREDENTIAL, RS256);
    String forged = good.substring(0, good.indexOf('.') + 1) + b64(json(payload)) + good.substring(good.lastIndexOf('.'));
    assertRefused(forged, ProofException.INVALID_SIGNATURE);
  }

  @Test
  void verify_ofExpWithoutValidUntil_isAClaimsMismatch() {
    Map<String, Object> payload = payload();
    payload.remove("validUntil");
    assertRefused(rawToken(header("ES256", ES256.keyId()), payload, ES256), ProofException.CLAIMS_MISMATCH);
  }

  @Test
  void verify_ofANonNumericNbf_isMalformed() {
    Map<String, Object> payload = payload();
    payload.put("nbf", "2026-11-24T10:00:00Z");
    assertRefused(rawToken(header("ES256", ES256.keyId()), payload, ES256), ProofException.MALFORMED);
  }

  @Test
  void verify_ofAnAllZeroEcdsaSignature_isInvalid() {
    // CVE-2022-21449 ("psychic signatures"): r = s = 0 must never verify.
    String token = VcJwt.sign(CREDENTIAL, ES256);
    String zero = token.substring(0, token.lastIndexOf('.') + 1) + b64(new byte[64]);
    assertRefused(zero, ProofException.INVALID_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "a.b", "a.b.c.d", "a.b.c.d.e", "e30.e30", "!!!.e30.AA", "e30=.e30.AA", "W10.e30.AA"})
  void verifyAndDecode_ofNonsense_areMalformed(String token) {
    assertRefused(token, ProofException.MALFORMED);
    assertThatThrownBy(() -> VcJwt.decode(token))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code()).isEqualTo(ProofException.MALFORMED));
  }

  @Test
  void verify_ofASignatureWithNonZeroUnusedBits_isMalformed() {
    // 64 bytes are 86 base64url characters with 4 bits to spare; setting one decodes to the same
    // bytes, so a lenient decoder would accept a second spelling of the same token.
    String token = VcJwt.sign(CREDENTIAL, ES256);
    String changed = token.substring(0, token.length() - 1) + VcJwtFixtures.nextCharacter(token.charAt(token.length() - 1));
    assertThat(VcJwtFixtures.unb64(changed.substring(changed.lastIndexOf('.') + 1)))
        .isEqualTo(VcJwtFixtures.unb64(token.substring(token.lastIndexOf('.') + 1)));
    assertRefused(changed, ProofException.MALFORMED);
  }

  @Test
  void decode_doesNotVerify_butStillRefusesNonJson() {
    String token = VcJwt.sign(CREDENTIAL, RS256);
    String otherSignature = token.substring(0, token.lastIndexOf('.') + 1) + b64(new byte[256]);
    assertThat(VcJwt.decode(otherSignature)).isEqualTo(CREDENTIAL);
    String notJson = token.substring(0, token.indexOf('.') + 1) + b64("not json") + token.substring(token.lastIndexOf('.'));
    assertThatThrownBy(() -> VcJwt.decode(notJson))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code()).isEqualTo(ProofException.MALFORMED));
  }

  @Test
  void verify_ofADuplicatedClaim_isMalformed() {
    // Two iss claims: which one a parser keeps must never matter.
    String payload = json(payload()).replace("\"iss\":", "\"iss\":\"https://attacker.example\",\"iss\":");
    // Signed with the real key, so that only the duplicate can be the reason.
    assertRefused(resign(b64(json(header("RS256", RS256.keyId()))) + "." + b64(payload), RS256), ProofException.MALFORMED);
  }

  @Test
  void verify_needsAllowedAlgorithms() {
    String token = VcJwt.sign(CREDENTIAL, ES256);
    assertThatThrownBy(() -> VcJwt.verify(token, KEYS, Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VcJwt.verify(token, KEYS, Set.of(KeyAlgorithm.ED25519)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String resign(String input, IssuerKey key) {
    try {
      java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
      signer.initSign(key.privateKey());
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(signer.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
