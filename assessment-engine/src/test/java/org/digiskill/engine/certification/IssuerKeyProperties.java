package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.VcJwtFixtures.b64;
import static org.digiskill.engine.certification.VcJwtFixtures.parse;
import static org.digiskill.engine.certification.VcJwtFixtures.unb64;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class IssuerKeyProperties {
  private static final List<KeyAlgorithm> FAST = List.of(KeyAlgorithm.ED25519, KeyAlgorithm.ES256);

  @Test
  void jwks_roundTripAnyGeneratedKey_andPublicOnesHoldNoD() {
    // RSA key generation takes a second; the RSA round trip is in IssuerKeyTest.
    qt().withExamples(150)
        .forAll(SourceDSL.integers().between(0, 1), SourceDSL.longs().all())
        .checkAssert((algorithm, seed) -> {
          IssuerKey key = IssuerKey.generate(FAST.get(algorithm), "urn:example:key:" + seed, VcJwtFixtures.seeded(seed));
          assertThat(IssuerKey.fromJwk(key.toJwk())).isEqualTo(key);
          assertThat(IssuerKey.fromJwk(key.toPublicJwk())).isEqualTo(key.toPublic());
          assertThat(parse(key.toPublicJwk())).doesNotContainKey("d");
          assertThat(key.toPublicJwk()).doesNotContain((String) parse(key.toJwk()).get("d"));
        });
  }

  @Test
  void keyMembersOfAnyOtherLength_areMalformed_namingTheMember() {
    Map<String, Object> okp = parse(VcJwtFixtures.ED25519.toJwk());
    Map<String, Object> ec = parse(VcJwtFixtures.ES256.toJwk());
    List<Map<String, Object>> jwks = List.of(okp, ec, ec, ec);
    List<String> members = List.of("x", "x", "y", "d");
    qt().withExamples(300)
        .forAll(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 64))
        .assuming((which, length) -> length != 32)
        .checkAssert((which, length) -> {
          String member = members.get(which);
          byte[] resized = Arrays.copyOf(unb64((String) jwks.get(which).get(member)), length);
          String jwk = IssuerKeyTest.with(jwks.get(which), member, b64(resized));
          assertThatThrownBy(() -> IssuerKey.fromJwk(jwk)).isInstanceOfSatisfying(ProofException.class, e -> {
            assertThat(e.code()).isEqualTo(ProofException.MALFORMED);
            assertThat(e.path()).isEqualTo("/" + member);
          });
        });
  }

  @Test
  void anyChangedCharacterOfAJwk_givesAKeyOrAProofException_neverAnotherFailure() {
    List<String> jwks = List.of(VcJwtFixtures.ED25519.toJwk(), VcJwtFixtures.ES256.toJwk(), VcJwtFixtures.RS256.toJwk());
    qt().withExamples(1000)
        .forAll(SourceDSL.integers().between(0, 2), SourceDSL.integers().between(0, Integer.MAX_VALUE),
            SourceDSL.integers().between(0x20, 0x7e))
        .checkAssert((which, position, replacement) -> {
          String jwk = jwks.get(which);
          int at = position % jwk.length();
          String changed = jwk.substring(0, at) + (char) replacement.intValue() + jwk.substring(at + 1);
          assertThatCode(() -> {
            try {
              IssuerKey key = IssuerKey.fromJwk(changed);
              // A change may rename a member away (d, use, alg) or alter the kid; never the key type.
              assertThat(key.algorithm()).isEqualTo(List.of(KeyAlgorithm.values()).get(which));
            } catch (ProofException expected) {
              assertThat(expected.code()).isIn(ProofException.MALFORMED, ProofException.UNSUPPORTED);
            }
          }).doesNotThrowAnyException();
        });
  }
}
