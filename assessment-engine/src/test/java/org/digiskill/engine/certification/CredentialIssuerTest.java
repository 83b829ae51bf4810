package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.list;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;

import java.util.List;
import java.util.Map;
import org.digiskill.engine.scoring.CompetenceResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;

class CredentialIssuerTest {
  private static final String SALT = "c0ffee-salt-1234";
  private static final String CRED_ID = "urn:uuid:2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11";

  private final ScoreReport report = CredentialIssuerFixtures.passing();
  private final Recipient recipient = Recipient.withEmail("urn:uuid:0d3b8c6e-1111-4a2b-9c3d-5e6f7a8b9c0d", "An.Nguyen@Example.vn", SALT);
  private final Map<String, Object> vc = CREDENTIALS.build(report, MINI, FRAMEWORK, recipient, CRED_ID, ISSUED);


  @Test
  void contextAndTypesComeInTheOrderOfTheSpec() {
    assertThat(report.passed()).isTrue();
    assertThat(list(vc.get("@context"))).containsExactly(
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat(list(vc.get("type"))).containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(vc.keySet()).startsWith("@context", "id", "type", "issuer", "validFrom", "validUntil")
        .doesNotContain("proof", "credentialStatus", "credentialSchema");
    assertThat(vc.get("id")).isEqualTo(CRED_ID);
    Map<String, Object> subject = map(vc.get("credentialSubject"));
    assertThat(list(subject.get("type"))).containsExactly("AchievementSubject");
    assertThat(list(map(subject.get("achievement")).get("type"))).containsExactly("Achievement");
    assertThat(map(subject.get("achievement")).get("achievementType")).isEqualTo("Certificate");
  }

  @Test
  void validityComesFromTheIssuanceAndTheReport() {
    assertThat(vc.get("validFrom")).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(report.validUntil()).isNotNull();
    assertThat(vc.get("validUntil")).isEqualTo(report.validUntil().toString());
  }

  @Test
  void oneAlignmentAndOneResultPerLevelledCompetence() {
    Map<String, Object> subject = map(vc.get("credentialSubject"));
    Map<String, Object> achievement = map(subject.get("achievement"));
    List<CompetenceResult> levelled = report.competences().stream().filter(c -> c.level() != null).toList();
    assertThat(levelled).isNotEmpty();
    List<Object> alignments = list(achievement.get("alignment"));
    assertThat(alignments).hasSize(levelled.size());
    assertThat(list(achievement.get("resultDescription"))).hasSize(report.competences().size());
    List<Object> results = list(subject.get("result"));
    assertThat(results).hasSize(levelled.size());
    for (int k = 0; k < levelled.size(); k++) {
      CompetenceResult cr = levelled.get(k);
      Map<String, Object> a = map(alignments.get(k));
      assertThat(list(a.get("type"))).containsExactly("Alignment");
      assertThat(a.get("targetCode")).isEqualTo(cr.competence());
      assertThat(a.get("targetUrl")).isEqualTo("https://certs.example.gov.vn/competences/" + cr.competence());
      assertThat(a.get("targetType")).isEqualTo("ceasn:Competency");
      assertThat((String) a.get("targetName")).isNotBlank();
      assertThat((String) a.get("targetFramework")).contains(FRAMEWORK.version());
      Map<String, Object> r = map(results.get(k));
      assertThat(list(r.get("type"))).containsExactly("Result");
      String descriptionId = (String) r.get("resultDescription");
      assertThat(r.get("achievedLevel")).isEqualTo(descriptionId + "-level-" + cr.level());
      Map<String, Object> description = list(achievement.get("resultDescription")).stream().map(CredentialIssuerFixtures::map)
          .filter(d -> d.get("id").equals(descriptionId)).findFirst().orElseThrow();
      assertThat(description.get("resultType")).isEqualTo("RubricCriterionLevel");
      List<Object> levels = list(description.get("rubricCriterionLevel"));
      assertThat(levels).hasSize(FRAMEWORK.scale().levels().size());
      assertThat(levels).extracting(l -> map(l).get("id")).contains(r.get("achievedLevel"));
    }
  }

  @Test
  void criteriaNarrateTheRuleLabels() {
    Map<String, Object> achievement = map(map(vc.get("credentialSubject")).get("achievement"));
    String narrative = (String) map(achievement.get("criteria")).get("narrative");
    assertThat(narrative).contains("At least 70% overall", "No critical error", "Safety", "Area 8 at least 60%");
    assertThat(achievement.get("inLanguage")).isEqualTo("en");
  }

  @Test
  void evidenceCarriesTheAssessmentAndItsFingerprint() {
    Map<String, Object> evidence = map(list(vc.get("evidence")).get(0));
    assertThat(list(evidence.get("type"))).containsExactly("Evidence");
    assertThat((String) evidence.get("description")).contains("mini-safety@1.0").contains(report.fingerprint());
    assertThat(evidence.toString()).doesNotContain(report.attemptId()).doesNotContain("cand-1");
  }

  @Test
  void sourceIsTheAssessingBodyAndDiffersFromTheIssuer() {
    Map<String, Object> issuer = map(vc.get("issuer"));
    Map<String, Object> source = map(map(vc.get("credentialSubject")).get("source"));
    assertThat(list(issuer.get("type"))).containsExactly("Profile");
    assertThat(list(source.get("type"))).containsExactly("Profile");
    assertThat(source.get("id")).isNotEqualTo(issuer.get("id"));
    assertThat(source.get("id")).isEqualTo("did:web:commune.example.gov.vn:cdt-team");
    assertThatThrownBy(() -> new CredentialIssuer(CredentialIssuerFixtures.ISSUER, CredentialIssuerFixtures.ISSUER,
        "https://x.example/a", "https://x.example/c", "vi")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRecipientIsHashedAndUnnamed() {
    Map<String, Object> subject = map(vc.get("credentialSubject"));
    assertThat(subject.get("id")).isEqualTo("urn:uuid:0d3b8c6e-1111-4a2b-9c3d-5e6f7a8b9c0d");
    assertThat(subject).doesNotContainKey("name");
    Map<String, Object> identity = map(list(subject.get("identifier")).get(0));
    assertThat(identity).containsEntry("type", "IdentityObject").containsEntry("identityType", "emailAddress")
        .containsEntry("hashed", true).containsEntry("salt", SALT);
    assertThat((String) identity.get("identityHash")).matches("sha256\\$[0-9a-f]{64}")
        .isEqualTo(IdentityHash.sha256("an.nguyen@example.vn", SALT));
    String json = Documents.standard().writeAny(vc, DocumentFormat.JSON);
    assertThat(json).doesNotContainIgnoringCase("an.nguyen").doesNotContain("cand-1");
  }

  @Test
  void aDisplayNameAppearsOnlyWhenAdded() {
    Map<String, Object> named = CREDENTIALS.build(report, MINI, FRAMEWORK,
        Recipient.of("did:example:resident").withDisplayName("Nguyễn Văn An"), CRED_ID, ISSUED);
    Map<String, Object> identity = map(list(map(named.get("credentialSubject")).get("identifier")).get(0));
    assertThat(identity).containsEntry("identityType", "name").containsEntry("hashed", false)
        .containsEntry("identityHash", "Nguyễn Văn An").doesNotContainKey("salt");
    Map<String, Object> plain = CREDENTIALS.build(report, MINI, FRAMEWORK, Recipient.of("did:example:resident"), CRED_ID, ISSUED);
    assertThat(map(plain.get("credentialSubject"))).doesNotContainKey("identifier");
  }

  @Test
  void aFailedReportIsRefused() {
    ScoreReport failed = CredentialIssuerFixtures.failing();
    assertThat(failed.passed()).isFalse();
    assertThatThrownBy(() -> CREDENTIALS.build(failed, MINI, FRAMEWORK, recipient, CRED_ID, ISSUED))
        .isInstanceOfSatisfying(CredentialIssuerException.class,
            e -> assertThat(e.code()).isEqualTo("credential.not-passed"));
  }

  @Test
  void serialisesToJsonInOrder() {
    String json = Documents.standard().writeAny(vc, DocumentFormat.JSON);
    assertThat(json.indexOf("@context")).isLessThan(json.indexOf("\"type\""));
    assertThat(json).contains("\"achievedLevel\"").contains("\"OpenBadgeCredential\"");
  }
}
