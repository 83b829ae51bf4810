package org.digiskill.engine.certification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digiskill.engine.scoring.CompetenceResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.CertificationRule;
import org.digiskill.model.assessment.Combine;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.ProficiencyLevel;

/**
 * Builds UNSIGNED Open Badges 3.0 {@code OpenBadgeCredential}s (W3C VC Data Model 2.0) from passing
 * score reports. Signing is left to the caller.
 *
 * <p>The result is an ordered tree of unmodifiable {@link Map}s, {@link List}s, strings and
 * booleans; write it with {@code Documents.standard().writeAny(credential, DocumentFormat.JSON)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CredentialIssuer {
  private final CredentialIssuerProfile issuer;
  private final CredentialIssuerProfile source;
  private final String achievementBase;
  private final String competenceTargetBase;
  private final String language;

  /**
   * Creates an issuer.
   *
   * @param issuer the issuing organisation
   * @param source the assessing body that supervised the assessment, or null; must differ from the
   *     issuer
   * @param achievementBase the URL under which achievements live; the achievement id is {@code
   *     achievementBase + assessmentId + "/" + version}
   * @param competenceTargetBase the URL base of competence alignments (there is no official
   *     per-competence DigComp URL); the target URL is {@code competenceTargetBase + code}
   * @param language the BCP 47 tag of the texts written into the credential, such as {@code vi}
   */
  public CredentialIssuer(CredentialIssuerProfile issuer, CredentialIssuerProfile source, String achievementBase,
      String competenceTargetBase, String language) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.source = source;
    if (source != null && source.id().equals(issuer.id())) {
      throw new IllegalArgumentException("the assessing body (source) must differ from the issuer");
    }
    this.achievementBase = slashed(Objects.requireNonNull(achievementBase, "achievementBase"), "achievementBase");
    this.competenceTargetBase =
        slashed(Objects.requireNonNull(competenceTargetBase, "competenceTargetBase"), "competenceTargetBase");
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * Builds the unsigned credential.
   *
   * @param report a passing score report of this assessment
   * @param assessment the assessment the report scored
   * @param framework the assessment's competency framework
   * @param recipient the recipient
   * @param credentialId the credential's id: a URN or URL
   * @param validFrom the issuance time
   * @return the credential as an ordered, unmodifiable JSON-ready tree
   * @throws CredentialIssuerException {@value CredentialIssuerException#NOT_PASSED} when the report
   *     did not pass; {@value CredentialIssuerException#MISMATCH} when the report, assessment and
   *     framework do not belong together
   */
  public Map<String, Object> build(ScoreReport report, Assessment assessment, CompetencyFramework framework,
      Recipient recipient, String credentialId, Instant validFrom) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(validFrom, "validFrom");
    if (!report.passed()) {
      throw new CredentialIssuerException(CredentialIssuerException.NOT_PASSED, "/decision",
          "attempt " + report.attemptId() + " did not pass; no credential may be issued");
    }
    if (!assessment.id().equals(report.assessmentId()) || !assessment.version().equals(report.assessmentVersion())) {
      throw new CredentialIssuerException(CredentialIssuerException.MISMATCH, "/assessmentId",
          "the report scored " + report.assessmentId() + "@" + report.assessmentVersion() + ", not " + assessment.id()
              + "@" + assessment.version());
    }
    if (!assessment.framework().equals(framework.ref())) {
      throw new CredentialIssuerException(CredentialIssuerException.MISMATCH, "/framework",
          "the assessment uses framework " + assessment.framework() + ", not " + framework.ref());
    }
    CredentialIssuerProfile.requireAbsoluteUri(credentialId, "credentialId");
    if (report.validUntil() != null && !report.validUntil().isAfter(validFrom)) {
      throw new IllegalArgumentException("validFrom " + validFrom + " is not before validUntil " + report.validUntil());
    }

    String achievementId = achievementBase + assessment.id() + "/" + assessment.version();
    String assessmentTitle = text(assessment.title(), assessment.defaultLanguage(), assessment.id());
    String frameworkTitle = framework.title(language) + " " + framework.version();

    List<Object> alignments = new ArrayList<>();
    List<Object> descriptions = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (CompetenceResult cr : report.competences()) {
      Competence competence = framework.competence(cr.competence()).orElseThrow(() -> new CredentialIssuerException(
          CredentialIssuerException.MISMATCH, "/competences", "competence " + cr.competence() + " is not in " + framework));
      String title = text(competence.title(), framework.defaultLanguage(), competence.code());
      String descriptionId = achievementId + "#competence-" + competence.code();
      List<Object> levels = new ArrayList<>();
      for (ProficiencyLevel level : framework.scale().levels()) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", levelId(descriptionId, level.code()));
        l.put("type", List.of("RubricCriterionLevel"));
        l.put("name", text(level.title(), framework.defaultLanguage(), level.code()));
        LocalizedText descriptor = competence.levelDescriptors().get(level.code());
        if (descriptor != null) {
          descriptor.resolve(language, framework.defaultLanguage()).ifPresent(d -> l.put("description", d));
        }
        l.put("level", level.code());
        levels.add(freeze(l));
      }
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", descriptionId);
      d.put("type", List.of("ResultDescription"));
      d.put("name", competence.code() + " " + title);
      d.put("resultType", "RubricCriterionLevel");
      d.put("rubricCriterionLevel", List.copyOf(levels));
      descriptions.add(freeze(d));
      if (cr.level() != null) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", List.of("Alignment"));
        a.put("targetName", title);
        a.put("targetUrl", competenceTargetBase + competence.code());
        a.put("targetCode", competence.code());
        a.put("targetFramework", frameworkTitle);
        a.put("targetType", OpenBadgeCredential.COMPETENCY_TARGET_TYPE);
        alignments.add(freeze(a));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", List.of("Result"));
        r.put("resultDescription", descriptionId);
        r.put("achievedLevel", levelId(descriptionId, cr.level()));
        results.add(freeze(r));
      }
    }

    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", achievementId);
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "Certificate");
    achievement.put("name", assessmentTitle);
    achievement.put("description", assessment.description()
        .flatMap(t -> t.resolve(language, assessment.defaultLanguage()))
        .orElse(assessmentTitle + " (" + frameworkTitle + ")"));
    achievement.put("criteria", Map.of("narrative", criteria(assessment)));
    achievement.put("inLanguage", language);
    achievement.put("version", assessment.version());
    if (!alignments.isEmpty()) {
      achievement.put("alignment", List.copyOf(alignments));
    }
    if (!descriptions.isEmpty()) {
      achievement.put("resultDescription", List.copyOf(descriptions));
    }

    Map<String, Object> subject = new LinkedHashMap<>();
    if (recipient.subjectId() != null) {
      subject.put("id", recipient.subjectId());
    }
    subject.put("type", List.of("AchievementSubject"));
    if (!recipient.identifiers().isEmpty()) {
      subject.put("identifier", recipient.identifiers().stream().map(i -> freeze(i.toJson())).toList());
    }
    subject.put("achievement", freeze(achievement));
    if (!results.isEmpty()) {
      subject.put("result", List.copyOf(results));
    }
    if (source != null) {
      subject.put("source", freeze(source.toJson()));
    }

    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("id", credentialId + "#evidence");
    evidence.put("type", List.of("Evidence"));
    evidence.put("name", assessmentTitle);
    evidence.put("description", "Assessment " + assessment.id() + "@" + assessment.version() + ", fingerprint sha256:"
        + report.fingerprint());

    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", OpenBadgeCredential.CONTEXT);
    vc.put("id", credentialId);
    vc.put("type", OpenBadgeCredential.TYPE);
    vc.put("issuer", freeze(issuer.toJson()));
    vc.put("validFrom", dateTime(validFrom));
    if (report.validUntil() != null) {
      vc.put("validUntil", dateTime(report.validUntil()));
    }
    vc.put("name", assessmentTitle);
    vc.put("credentialSubject", freeze(subject));
    vc.put("evidence", List.of(freeze(evidence)));
    return freeze(vc);
  }

  /**
   * Returns {@code credential} with these status entries as its {@code credentialStatus} (one
   * entry as an object, several as an array), replacing any it had. Add status before signing: a
   * proof covers it.
   *
   * @throws IllegalArgumentException if the credential already carries a proof, or no entry is given
   */
  public static Map<String, Object> withStatus(Map<String, ?> credential, List<BitstringStatusListEntry> entries) {
    if (credential.containsKey("proof")) {
      throw new IllegalArgumentException("add credentialStatus before signing: this credential already has a proof");
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("no status entry given");
    }
    Map<String, Object> vc = new LinkedHashMap<>(credential);
    Object status = entries.size() == 1 ? entries.get(0).toJson()
        : entries.stream().map(BitstringStatusListEntry::toJson).toList();
    vc.remove("credentialStatus");
    vc.put("credentialStatus", status);
    return freeze(vc);
  }

  /** Returns the certification rules' labels as a Markdown list, groups nested. */
  String criteria(Assessment assessment) {
    StringBuilder sb = new StringBuilder();
    Combine combine = assessment.certification().combine() == null ? Combine.ALL : assessment.certification().combine();
    sb.append(combine == Combine.ANY ? "Meet at least one of:" : "Meet all of:").append('\n');
    appendRules(sb, assessment.certification().rules(), assessment.defaultLanguage(), 0);
    return sb.toString().stripTrailing();
  }

  private void appendRules(StringBuilder sb, List<CertificationRule> rules, String defaultLanguage, int depth) {
    for (CertificationRule rule : rules) {
      sb.append("  ".repeat(depth)).append("- ").append(text(rule.label(), defaultLanguage, "?"));
      if (rule instanceof CertificationRule.Group g) {
        sb.append(g.combine() == Combine.ANY ? " (at least one of):" : " (all of):").append('\n');
        appendRules(sb, g.rules(), defaultLanguage, depth + 1);
      } else {
        sb.append('\n');
      }
    }
  }

  private String text(LocalizedText t, String defaultLanguage, String fallback) {
    return t == null ? fallback : t.resolve(language, defaultLanguage).orElse(fallback);
  }

  private static String levelId(String descriptionId, String levelCode) {
    return descriptionId + "-level-" + levelCode;
  }

  private static String dateTime(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Map<String, Object> freeze(Map<String, Object> m) {
    return Collections.unmodifiableMap(m);
  }

  private static String slashed(String base, String what) {
    CredentialIssuerProfile.requireAbsoluteUri(base, what);
    return base.endsWith("/") || base.endsWith(":") || base.endsWith("#") ? base : base + "/";
  }
}
