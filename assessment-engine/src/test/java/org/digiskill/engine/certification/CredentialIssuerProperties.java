package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CredentialIssuerProperties {
  private static final Recipient RECIPIENT = Recipient.of("did:example:resident");

  @Test
  void noFailedReportEverYieldsACredential() {
    List<Response> right = CredentialIssuerFixtures.allCorrect();
    List<Response> wrong = CredentialIssuerFixtures.allWrong();
    // Each bit of the mask picks the wrong answer for that item.
    qt().withExamples(200).forAll(SourceDSL.integers().between(0, (1 << right.size()) - 1), SourceDSL.longs().all())
        .checkAssert((mask, seed) -> {
          List<Response> answers = new ArrayList<>();
          for (int k = 0; k < right.size(); k++) {
            answers.add((mask >> k & 1) == 1 ? wrong.get(k) : right.get(k));
          }
          ScoreReport report = CredentialIssuerFixtures.COMPILED.score(CredentialIssuerFixtures.submission(seed, answers));
          if (report.passed()) {
            assertThat(CredentialIssuerFixtures.CREDENTIALS.build(report, CredentialIssuerFixtures.MINI,
                CredentialIssuerFixtures.FRAMEWORK, RECIPIENT, "urn:uuid:00000000-0000-4000-8000-000000000001",
                CredentialIssuerFixtures.ISSUED)).containsKey("credentialSubject");
          } else {
            assertThatThrownBy(() -> CredentialIssuerFixtures.CREDENTIALS.build(report, CredentialIssuerFixtures.MINI,
                CredentialIssuerFixtures.FRAMEWORK, RECIPIENT, "urn:uuid:00000000-0000-4000-8000-000000000001",
                CredentialIssuerFixtures.ISSUED))
                .isInstanceOfSatisfying(CredentialIssuerException.class,
                    e -> assertThat(e.code()).isEqualTo("credential.not-passed"));
          }
        });
  }

  @Test
  void hashesAreStableForTheSameIdentifierAndSaltAndDifferAcrossSalts() {
    qt().withExamples(300)
        .forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 12),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(8, 24),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(8, 24))
        .assuming((local, s1, s2) -> !s1.equals(s2) && !local.contains("@") && !local.isBlank()
            && !Recipient.looksForbidden(local.strip()))
        .checkAssert((local, s1, s2) -> {
          String email = local.strip().replace(' ', 'x') + "@example.vn";
          RecipientIdentity a = Recipient.identifier("emailAddress", email, s1);
          RecipientIdentity b = Recipient.identifier("emailAddress", email, s1);
          RecipientIdentity c = Recipient.identifier("emailAddress", email, s2);
          assertThat(a.identityHash()).isEqualTo(b.identityHash()).matches("sha256\\$[0-9a-f]{64}");
          assertThat(a.identityHash()).isNotEqualTo(c.identityHash());
          assertThat(a.salt()).isEqualTo(s1);
        });
  }

  @Test
  void phoneNumbersAndCitizenIdsAreAlwaysRefused() {
    qt().withExamples(300)
        .forAll(SourceDSL.longs().between(100_000_000L, 999_999_999L), SourceDSL.integers().between(0, 3),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(8, 16))
        .checkAssert((n, form, salt) -> {
          String value = switch (form) {
            case 0 -> "0" + n;
            case 1 -> "+84" + n;
            case 2 -> String.valueOf(n);
            default -> "001" + n;
          };
          assertThatThrownBy(() -> Recipient.identifier("emailAddress", value, salt))
              .isInstanceOfSatisfying(CredentialIssuerException.class,
                  e -> assertThat(e.code()).isEqualTo("credential.forbidden-identifier"));
        });
  }
}
