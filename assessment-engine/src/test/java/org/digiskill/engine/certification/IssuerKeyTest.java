package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.VcJwtFixtures.b64;
import static org.digiskill.engine.certification.VcJwtFixtures.json;
import static org.digiskill.engine.certification.VcJwtFixtures.members;
import static org.digiskill.engine.certification.VcJwtFixtures.parse;
import static org.digiskill.engine.certification.VcJwtFixtures.unb64;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class IssuerKeyTest {
  // RFC 8037 appendix A.1 (the key), A.4 (signing "Example of Ed25519 signing" with {"alg":"EdDSA"}).
  private static final String RFC_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
  private static final String RFC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
  private static final String RFC_SIGNING_INPUT = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
  private static final String RFC_SIGNATURE =
      "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
  private static final String RFC_JWK =
      "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"" + RFC_D + "\",\"x\":\"" + RFC_X + "\",\"kid\":\"rfc8037\"}";

  private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

  static IssuerKey key(KeyAlgorithm algorithm) {
    return switch (algorithm) {
      case ED25519 -> VcJwtFixtures.ED25519;
      case ES256 -> VcJwtFixtures.ES256;
      case RS256 -> VcJwtFixtures.RS256;
    };
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void fromJwk_ofToJwk_isTheSameKey(KeyAlgorithm algorithm) {
    IssuerKey key = key(algorithm);
    IssuerKey back = IssuerKey.fromJwk(key.toJwk());
    assertThat(back).isEqualTo(key);
    assertThat(back.algorithm()).isEqualTo(algorithm);
    assertThat(back.keyId()).isEqualTo(key.keyId());
    assertThat(back.hasPrivateKey()).isTrue();
    assertThat(back.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
    assertThat(back.publicKey().getEncoded()).isEqualTo(key.publicKey().getEncoded());
    assertThat(back.toJwk()).isEqualTo(key.toJwk());

    IssuerKey publicOnly = IssuerKey.fromJwk(key.toPublicJwk());
    assertThat(publicOnly.hasPrivateKey()).isFalse();
    assertThat(publicOnly).isEqualTo(key.toPublic()).isNotEqualTo(key);
    assertThat(publicOnly.toPublicJwk()).isEqualTo(key.toPublicJwk());
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void jwks_haveAFixedMemberOrder_andPublicOnesNoPrivateMember(KeyAlgorithm algorithm) {
    IssuerKey key = key(algorithm);
    List<String> publicMembers = switch (algorithm) {
      case ED25519 -> List.of("kty", "kid", "use", "alg", "crv", "x");
      case ES256 -> List.of("kty", "kid", "use", "alg", "crv", "x", "y");
      case RS256 -> List.of("kty", "kid", "use", "alg", "n", "e");
    };
    assertThat(members(key.toPublicJwk())).containsExactlyElementsOf(publicMembers).doesNotContainAnyElementsOf(PRIVATE_MEMBERS);
    assertThat(members(key.toPublic().toPublicJwk())).containsExactlyElementsOf(publicMembers);
    List<String> privateMembers = algorithm == KeyAlgorithm.RS256 ? List.of("d", "p", "q", "dp", "dq", "qi") : List.of("d");
    assertThat(members(key.toJwk())).startsWith(publicMembers.toArray(String[]::new)).endsWith(privateMembers.toArray(String[]::new))
        .hasSize(publicMembers.size() + privateMembers.size());
    Map<String, Object> jwk = parse(key.toPublicJwk());
    assertThat(jwk).containsEntry("kid", key.keyId()).containsEntry("use", "sig").containsEntry("alg", algorithm.jwsName());
    // The private JSON text must not leak into the public one in any member.
    String d = (String) parse(key.toJwk()).get("d");
    assertThat(key.toPublicJwk()).doesNotContain(d);
    assertThat(key.toJwk()).isEqualTo(key.toJwk());
  }

  @Test
  void jwkValues_haveTheLengthsOfRfc7518() {
    Map<String, Object> ec = parse(VcJwtFixtures.ES256.toJwk());
    for (String member : List.of("x", "y", "d")) {
      assertThat(unb64((String) ec.get(member))).as(member).hasSize(32);
    }
    Map<String, Object> rsa = parse(VcJwtFixtures.RS256.toJwk());
    assertThat(unb64((String) rsa.get("n"))).hasSize(IssuerKey.RSA_BITS / 8);
    assertThat((String) rsa.get("e")).isEqualTo("AQAB");
    assertThat(((RSAPublicKey) VcJwtFixtures.RS256.publicKey()).getModulus().bitLength()).isEqualTo(3072);
    assertThat(VcJwtFixtures.ES256.publicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(VcJwtFixtures.ED25519.publicKey()).isInstanceOf(EdECPublicKey.class);
    Map<String, Object> okp = parse(VcJwtFixtures.ED25519.toJwk());
    assertThat(okp).containsEntry("crv", "Ed25519").containsEntry("alg", "EdDSA");
    assertThat(unb64((String) okp.get("x"))).hasSize(32);
    assertThat(unb64((String) okp.get("d"))).hasSize(32);
  }

  @Test
  void rfc8037Key_signsTheRfcMessageToTheRfcSignature() throws Exception {
    IssuerKey key = IssuerKey.fromJwk(RFC_JWK);
    assertThat(key.algorithm()).isEqualTo(KeyAlgorithm.ED25519);
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.privateKey());
    signer.update(RFC_SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII));
    assertThat(b64(signer.sign())).isEqualTo(RFC_SIGNATURE);

    // The public key alone (A.2) verifies it (A.5).
    IssuerKey publicKey = IssuerKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + RFC_X + "\",\"kid\":\"rfc8037\"}");
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey.publicKey());
    verifier.update(RFC_SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(unb64(RFC_SIGNATURE))).isTrue();

    // And it writes the RFC's values back.
    Map<String, Object> jwk = parse(key.toJwk());
    assertThat(jwk).containsEntry("x", RFC_X).containsEntry("d", RFC_D).containsEntry("crv", "Ed25519");
    // The seed is RFC 8032's test 1 secret key.
    assertThat(HexFormat.of().formatHex(unb64(RFC_D)))
        .isEqualTo("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  }

  @Test
  void ed25519Jwk_withTheAlternativeAlgName_isRead() {
    String jwk = RFC_JWK.replace("\"kid\"", "\"alg\":\"Ed25519\",\"kid\"");
    assertThat(IssuerKey.fromJwk(jwk).algorithm()).isEqualTo(KeyAlgorithm.ED25519);
  }

  @Test
  void toString_showsOnlyTheAlgorithmAndTheKeyId() {
    for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
      IssuerKey key = key(algorithm);
      assertThat(key.toString()).isEqualTo("IssuerKey[" + algorithm.jwsName() + ", kid=" + key.keyId() + "]");
      Map<String, Object> jwk = parse(key.toJwk());
      for (String member : List.of("x", "y", "n", "d", "p", "q", "dp", "dq", "qi")) {
        if (jwk.containsKey(member)) {
          assertThat(key.toString()).as(member).doesNotContain((String) jwk.get(member));
        }
      }
    }
  }

  @Test
  void privateKeyAndToJwk_ofAPublicKey_throw() {
    IssuerKey publicOnly = VcJwtFixtures.ES256.toPublic();
    assertThat(publicOnly.toPublic()).isSameAs(publicOnly);
    assertThatThrownBy(publicOnly::privateKey).isInstanceOf(IllegalStateException.class).hasMessageContaining("no private key");
    assertThatThrownBy(publicOnly::toJwk).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void generate_refusesABlankKeyId() {
    assertThatThrownBy(() -> IssuerKey.generate(KeyAlgorithm.ES256, " ", VcJwtFixtures.seeded(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generate_withTheSameSeed_givesTheSameKey_andOtherSeedsOthers() {
    IssuerKey a = IssuerKey.generate(KeyAlgorithm.ED25519, "k", VcJwtFixtures.seeded(42));
    IssuerKey b = IssuerKey.generate(KeyAlgorithm.ED25519, "k", VcJwtFixtures.seeded(42));
    IssuerKey c = IssuerKey.generate(KeyAlgorithm.ED25519, "k", VcJwtFixtures.seeded(43));
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  // ---------------------------------------------------------------- rejections

  static Stream<Arguments> badJwks() {
    Map<String, Object> okp = parse(VcJwtFixtures.ED25519.toJwk());
    Map<String, Object> ec = parse(VcJwtFixtures.ES256.toJwk());
    Map<String, Object> rsa = parse(VcJwtFixtures.RS256.toJwk());
    String x = (String) okp.get("x");
    return Stream.of(
        Arguments.of("no kid", without(okp, "kid"), ProofException.MALFORMED, "/kid"),
        Arguments.of("blank kid", with(okp, "kid", " "), ProofException.MALFORMED, "/kid"),
        Arguments.of("numeric kid", with(okp, "kid", 7), ProofException.MALFORMED, "/kid"),
        Arguments.of("no kty", without(ec, "kty"), ProofException.MALFORMED, "/kty"),
        Arguments.of("kty oct", with(ec, "kty", "oct"), ProofException.UNSUPPORTED, "/kty"),
        Arguments.of("kty unknown", with(ec, "kty", "XYZ"), ProofException.UNSUPPORTED, "/kty"),
        Arguments.of("crv X25519", with(okp, "crv", "X25519"), ProofException.UNSUPPORTED, "/crv"),
        Arguments.of("crv Ed448", with(okp, "crv", "Ed448"), ProofException.UNSUPPORTED, "/crv"),
        Arguments.of("crv P-384", with(ec, "crv", "P-384"), ProofException.UNSUPPORTED, "/crv"),
        Arguments.of("no crv", without(ec, "crv"), ProofException.MALFORMED, "/crv"),
        Arguments.of("no x", without(okp, "x"), ProofException.MALFORMED, "/x"),
        Arguments.of("padded x", with(okp, "x", x + "="), ProofException.MALFORMED, "/x"),
        Arguments.of("standard base64 x", with(okp, "x", x.replace('-', '+').replace('_', '/') + (x.contains("-") || x.contains("_") ? "" : "+")),
            ProofException.MALFORMED, "/x"),
        Arguments.of("x with a space", with(okp, "x", x.substring(0, 10) + " " + x.substring(10)), ProofException.MALFORMED, "/x"),
        Arguments.of("x with non-zero unused bits", with(okp, "x", x.substring(0, 42) + VcJwtFixtures.nextCharacter(x.charAt(42))),
            ProofException.MALFORMED, "/x"),
        Arguments.of("truncated x", with(okp, "x", b64(java.util.Arrays.copyOf(unb64(x), 31))), ProofException.MALFORMED, "/x"),
        Arguments.of("truncated d", with(okp, "d", b64(java.util.Arrays.copyOf(unb64((String) okp.get("d")), 16))), ProofException.MALFORMED, "/d"),
        Arguments.of("truncated EC y", with(ec, "y", b64(java.util.Arrays.copyOf(unb64((String) ec.get("y")), 31))), ProofException.MALFORMED, "/y"),
        Arguments.of("EC point off the curve", with(ec, "y", b64(new byte[32])), ProofException.MALFORMED, "/x"),
        Arguments.of("d of another key", with(ec, "d", parse(VcJwtFixtures.ES256_OTHER.toJwk()).get("d")), ProofException.MALFORMED, "/d"),
        Arguments.of("Ed25519 d of another key", with(okp, "d", parse(IssuerKey.generate(KeyAlgorithm.ED25519, "o",
            VcJwtFixtures.seeded(9)).toJwk()).get("d")), ProofException.MALFORMED, "/d"),
        Arguments.of("RSA d of another key", with(parse(without(rsa, "p", "q", "dp", "dq", "qi")), "d",
            parse(VcJwtFixtures.RS256_OTHER.toJwk()).get("d")), ProofException.MALFORMED, "/d"),
        Arguments.of("1024-bit RSA", with(rsa, "n", b64(java.util.Arrays.copyOf(unb64((String) rsa.get("n")), 128))), ProofException.UNSUPPORTED, "/n"),
        Arguments.of("RSA n with a leading zero", with(rsa, "n", b64(concat(new byte[1], unb64((String) rsa.get("n"))))), ProofException.MALFORMED, "/n"),
        Arguments.of("RSA without qi", without(rsa, "qi"), ProofException.MALFORMED, "/qi"),
        Arguments.of("RSA p without d", without(rsa, "d"), ProofException.MALFORMED, "/d"),
        Arguments.of("multi-prime RSA", with(rsa, "oth", List.of()), ProofException.UNSUPPORTED, "/oth"),
        Arguments.of("use enc", with(ec, "use", "enc"), ProofException.UNSUPPORTED, "/use"),
        Arguments.of("key_ops encrypt", with(ec, "key_ops", List.of("sign", "encrypt")), ProofException.UNSUPPORTED, "/key_ops"),
        Arguments.of("alg of another key type", with(ec, "alg", "RS256"), ProofException.UNSUPPORTED, "/alg"),
        Arguments.of("alg HS256", with(rsa, "alg", "HS256"), ProofException.UNSUPPORTED, "/alg"),
        Arguments.of("null d", with(ec, "d", null), ProofException.MALFORMED, "/d"),
        Arguments.of("not JSON", "{\"kty\":", ProofException.MALFORMED, ""),
        Arguments.of("a JSON array", "[" + json(ec) + "]", ProofException.MALFORMED, ""),
        Arguments.of("duplicate d", json(ec).replace("\"d\":", "\"d\":\"AAAA\",\"d\":"), ProofException.MALFORMED, ""),
        Arguments.of("trailing content", json(ec) + "{}", ProofException.MALFORMED, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJwks")
  void fromJwk_refusesBadInput_namingTheMember(String why, String jwk, String code, String path) {
    assertThatThrownBy(() -> IssuerKey.fromJwk(jwk))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
          assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
          if (!path.isEmpty()) {
            assertThat(e.getMessage()).contains("[" + path.substring(1) + "]");
          }
          // Never quote key material.
          for (IssuerKey k : List.of(VcJwtFixtures.ED25519, VcJwtFixtures.ES256, VcJwtFixtures.RS256)) {
            assertThat(e.getMessage()).doesNotContain((String) parse(k.toJwk()).get("d"));
          }
        });
  }

  @Test
  void fromJwk_ofADuplicateMember_namesIt() {
    String jwk = json(parse(VcJwtFixtures.ES256.toJwk())).replace("\"d\":", "\"d\":\"AAAA\",\"d\":");
    assertThatThrownBy(() -> IssuerKey.fromJwk(jwk)).hasMessageContaining("[d] twice");
  }

  static String with(Map<String, Object> jwk, String member, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(jwk);
    copy.put(member, value);
    return json(copy);
  }

  static String without(Map<String, Object> jwk, String... members) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(jwk);
    for (String m : members) {
      copy.remove(m);
    }
    return json(copy);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void issuerId_isTheKeyIdUpToTheFragment_andEmptyWithoutOne() {
    assertThat(IssuerKey.generate(KeyAlgorithm.ED25519, "https://certs.example.gov.vn/issuers/dl#key-2026", VcJwtFixtures.seeded(41))
        .issuerId()).contains("https://certs.example.gov.vn/issuers/dl");
    assertThat(IssuerKey.generate(KeyAlgorithm.ED25519, "did:key:z6Mkabc#z6Mkabc", VcJwtFixtures.seeded(42)).issuerId())
        .contains("did:key:z6Mkabc");
    assertThat(IssuerKey.generate(KeyAlgorithm.ED25519, "key-without-fragment", VcJwtFixtures.seeded(43)).issuerId()).isEmpty();
    assertThat(IssuerKey.generate(KeyAlgorithm.ED25519, "#only-a-fragment", VcJwtFixtures.seeded(44)).issuerId()).isEmpty();
  }
}
