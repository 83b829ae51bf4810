package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.VcJwtFixtures.CREDENTIAL;
import static org.digiskill.engine.certification.VcJwtFixtures.ES256;
import static org.digiskill.engine.certification.VcJwtFixtures.RS256;
import static org.digiskill.engine.certification.VcJwtFixtures.b64;
import static org.digiskill.engine.certification.VcJwtFixtures.unb64;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class VcJwtProperties {
  private static final Set<KeyAlgorithm> BOTH = Set.of(KeyAlgorithm.ES256, KeyAlgorithm.RS256);
  private static final Function<String, Optional<IssuerKey>> KEYS = VcJwtFixtures.resolver(ES256, RS256);
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";

  private static String token(int algorithm) {
    return algorithm == 0 ? ES_TOKEN : RS_TOKEN;
  }

  private static final String ES_TOKEN = VcJwt.sign(CREDENTIAL, ES256);
  private static final String RS_TOKEN = VcJwt.sign(CREDENTIAL, RS256);

  @Test
  void anyChangedByte_ofHeaderPayloadOrSignature_failsVerification() {
    qt().withExamples(1500)
        .forAll(SourceDSL.integers().between(0, 1), SourceDSL.integers().between(0, 2),
            SourceDSL.integers().between(0, Integer.MAX_VALUE), SourceDSL.integers().between(1, 255))
        .checkAssert((algorithm, part, position, mask) -> {
          String[] parts = token(algorithm).split("\\.");
          byte[] bytes = unb64(parts[part]);
          bytes[position % bytes.length] ^= mask.byteValue();
          parts[part] = b64(bytes);
          String changed = String.join(".", parts);
          assertThatThrownBy(() -> VcJwt.verify(changed, KEYS, BOTH))
              .isInstanceOfSatisfying(ProofException.class, e -> {
                if (part > 0) {
                  // Payload and signature are covered by the signature alone.
                  assertThat(e.code()).as(e.getMessage()).isEqualTo(ProofException.INVALID_SIGNATURE);
                }
              });
        });
  }

  @Test
  void anyChangedCharacter_ofTheToken_failsVerification() {
    qt().withExamples(1500)
        .forAll(SourceDSL.integers().between(0, 1), SourceDSL.integers().between(0, Integer.MAX_VALUE),
            SourceDSL.integers().between(0, ALPHABET.length() - 1))
        .checkAssert((algorithm, position, replacement) -> {
          String token = token(algorithm);
          int at = position % token.length();
          char c = ALPHABET.charAt(replacement);
          if (token.charAt(at) == c) {
            return;
          }
          String changed = token.substring(0, at) + c + token.substring(at + 1);
          assertThatThrownBy(() -> VcJwt.verify(changed, KEYS, BOTH)).isInstanceOf(ProofException.class);
        });
  }

  @Test
  void appendedOrRemovedCharacters_failVerification() {
    qt().withExamples(300)
        .forAll(SourceDSL.integers().between(0, 1), SourceDSL.integers().between(0, Integer.MAX_VALUE),
            SourceDSL.booleans().all())
        .checkAssert((algorithm, position, remove) -> {
          String token = token(algorithm);
          int at = position % token.length();
          String changed = remove ? token.substring(0, at) + token.substring(at + 1)
              : token.substring(0, at) + "A" + token.substring(at);
          assertThatThrownBy(() -> VcJwt.verify(changed, KEYS, BOTH)).isInstanceOf(ProofException.class);
        });
  }

  @Test
  void verify_ofSign_returnsAnyCredentialText_unchanged() {
    qt().withExamples(200)
        .forAll(SourceDSL.strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 40),
            SourceDSL.strings().betweenCodePoints(0x1, 0x7F).ofLengthBetween(1, 20),
            SourceDSL.integers().between(0, 1))
        .checkAssert((name, subjectSuffix, algorithm) -> {
          Map<String, Object> credential = new LinkedHashMap<>(CREDENTIAL);
          credential.put("name", name);
          @SuppressWarnings("unchecked")
          Map<String, Object> subject = new LinkedHashMap<>((Map<String, Object>) CREDENTIAL.get("credentialSubject"));
          subject.put("id", "urn:example:" + subjectSuffix);
          credential.put("credentialSubject", subject);
          String token = VcJwt.sign(credential, algorithm == 0 ? ES256 : RS256);
          assertThat(VcJwt.verify(token, KEYS, BOTH)).isEqualTo(credential);
          assertThat(VcJwt.decode(token)).isEqualTo(credential);
          assertThat(VcJwtFixtures.part(token, 1)).containsEntry("sub", "urn:example:" + subjectSuffix);
        });
  }
}
