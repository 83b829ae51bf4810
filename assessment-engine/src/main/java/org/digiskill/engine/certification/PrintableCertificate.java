package org.digiskill.engine.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.digiskill.engine.certification.internal.HtmlCertificatePage;
import org.digiskill.engine.certification.internal.HtmlLabels;
import org.digiskill.engine.certification.internal.QrCode;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;

/**
 * Renders a credential built by {@link CredentialIssuer} (signed or not) as a printable page: one
 * self-contained HTML5 document in Vietnamese or English, laid out for an A4 sheet, with a QR code
 * that leads back to the digital credential.
 *
 * <p>The page shows the achievement's name (as written in the credential), the resident's name
 * only when the caller passes one, the level attained in each competence area and, when there are
 * at most {@value #MAX_COMPETENCE_ROWS} of them, in each assessed competence, the validity dates,
 * the issuer, the assessing body ({@code source}), the credential id and the QR code. It never
 * shows the subject id or any identifier, hashed or not. Dates are the calendar days in Vietnam
 * (UTC+7): {@code 24/11/2026} in Vietnamese, {@code 24 November 2026} in English.
 *
 * <p><b>An area's level</b> is the lowest level attained among the area's competences that have a
 * result in the credential: a resident is only as strong in an area as in its weakest assessed
 * competence. Areas without any such competence are left out; competences that were not assessed
 * do not pull the level down.
 *
 * <p><b>QR content:</b> prefer a short verification URL. The code is drawn at error correction
 * level M, falling back to L when the content is too long; a version 40 code holds at most 2,952
 * UTF-8 bytes at level L (2,330 at M), so a compact VC-JWT of 2–4 KB often does not fit, and one
 * that fits prints as a dense 177-module code (at most 90 mm wide) that phones read poorly. A URL
 * prints at 40 mm, about a millimetre a module.
 *
 * <p>The output depends only on the arguments: the same arguments give the same bytes.
 */
public final class PrintableCertificate {
  /** Above this many assessed competences, only the areas are listed so that the page stays one sheet. */
  public static final int MAX_COMPETENCE_ROWS = 24;

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private PrintableCertificate() {}

  /**
   * Renders the certificate.
   *
   * @param credential the {@code OpenBadgeCredential} as built by {@link CredentialIssuer}, with or
   *     without a proof
   * @param framework the framework the credential's competences belong to; gives the areas and
   *     the titles of areas, competences and levels in the page's language
   * @param language {@code vi} or {@code en} (a longer tag such as {@code vi-VN} is read by its
   *     language)
   * @param displayName the resident's name to print, or null to print no name at all
   * @param qrContent what the QR code holds: a verification URL (preferred) or a compact VC-JWT
   * @return the page, UTF-8 text
   * @throws IllegalArgumentException when the language is neither Vietnamese nor English, the
   *     display name is blank, the credential lacks a required field, names a competence or level
   *     the framework does not have, or the QR content is empty or does not fit a QR code
   */
  public static String html(Map<String, ?> credential, CompetencyFramework framework, String language,
      String displayName, String qrContent) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(qrContent, "qrContent");
    HtmlLabels labels = labels(language);
    if (displayName != null && displayName.isBlank()) {
      throw new IllegalArgumentException("displayName is blank; pass null to print no name");
    }
    String lang = labels.lang();

    String id = string(credential, "id", "/id");
    String issuer = profileName(credential.get("issuer"), "/issuer");
    LocalDate validFrom = date(string(credential, "validFrom", "/validFrom"), "/validFrom");
    Object until = credential.get("validUntil");
    LocalDate validUntil = until == null ? null : date(string(credential, "validUntil", "/validUntil"), "/validUntil");
    Map<String, ?> subject = subject(credential.get("credentialSubject"));
    Map<String, ?> achievement = map(subject.get("achievement"), "/credentialSubject/achievement");
    String achievementName = string(achievement, "name", "/credentialSubject/achievement/name");
    String source = subject.get("source") == null ? null
        : profileName(subject.get("source"), "/credentialSubject/source");

    Map<String, String> attained = attainedLevels(subject, achievement);
    ProficiencyScale scale = framework.scale();
    List<HtmlCertificatePage.Area> areas = new ArrayList<>();
    for (CompetenceArea area : framework.areas()) {
      List<HtmlCertificatePage.Competence> assessed = new ArrayList<>();
      for (var competence : area.competences()) {
        String levelCode = attained.get(competence.code());
        if (levelCode != null) {
          assessed.add(new HtmlCertificatePage.Competence(competence.code(),
              text(competence.title(), lang, framework, competence.code()), level(scale, levelCode, lang, framework)));
        }
      }
      assessed.stream().min(Comparator.comparingInt(c -> scale.rank(c.level().code()))).ifPresent(lowest ->
          areas.add(new HtmlCertificatePage.Area(area.code(), text(area.title(), lang, framework, area.code()),
              lowest.level(), List.copyOf(assessed))));
    }
    for (String code : attained.keySet()) {
      if (framework.competence(code).isEmpty()) {
        throw new IllegalArgumentException("the credential's competence " + code + " is not in framework "
            + framework.id() + "@" + framework.version());
      }
    }
    List<HtmlCertificatePage.Level> levels = scale.levels().stream()
        .map(l -> new HtmlCertificatePage.Level(l.code(), text(l.title(), lang, framework, l.code()))).toList();

    QrCode qr = QrCode.encode(qrContent);
    return new HtmlCertificatePage(labels, achievementName, displayName == null ? null : displayName.strip(),
        framework.title(lang), framework.version(), List.copyOf(areas), attained.size() <= MAX_COMPETENCE_ROWS, levels,
        issuer, source, validFrom, validUntil, id, qr, qrContent).render();
  }

  /**
   * Returns the level code attained per competence code, read from the subject's results: each
   * result's {@code resultDescription} is {@code …#competence-<code>} and its {@code achievedLevel}
   * one of that description's rubric levels, whose {@code level} is the level code. Results of
   * another shape (such as an overall score) are skipped; the first result of a competence wins.
   */
  static Map<String, String> attainedLevels(Map<String, ?> subject, Map<String, ?> achievement) {
    Map<String, Map<String, ?>> descriptions = new LinkedHashMap<>();
    for (Object o : list(achievement.get("resultDescription"), "/credentialSubject/achievement/resultDescription")) {
      if (o instanceof Map<?, ?> d && d.get("id") instanceof String did) {
        descriptions.putIfAbsent(did, cast(d));
      }
    }
    Map<String, String> attained = new LinkedHashMap<>();
    for (Object o : list(subject.get("result"), "/credentialSubject/result")) {
      if (!(o instanceof Map<?, ?> r) || !(r.get("resultDescription") instanceof String did)
          || !(r.get("achievedLevel") instanceof String levelId)) {
        continue;
      }
      int hash = did.lastIndexOf("#competence-");
      if (hash < 0) {
        continue;
      }
      String competence = did.substring(hash + "#competence-".length());
      String level = null;
      Map<String, ?> description = descriptions.get(did);
      if (description != null && description.get("rubricCriterionLevel") instanceof List<?> rubric) {
        for (Object rl : rubric) {
          if (rl instanceof Map<?, ?> m && levelId.equals(m.get("id")) && m.get("level") instanceof String code) {
            level = code;
          }
        }
      }
      if (level == null && levelId.startsWith(did + "-level-")) {
        level = levelId.substring(did.length() + "-level-".length());
      }
      if (level != null && !competence.isEmpty()) {
        attained.putIfAbsent(competence, level);
      }
    }
    return attained;
  }

  private static HtmlLabels labels(String language) {
    String primary = language.strip().toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    String tag = dash < 0 ? primary : primary.substring(0, dash);
    return HtmlLabels.ALL.stream().filter(l -> l.lang().equals(tag)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("certificates are printed in vi or en, not " + language));
  }

  private static HtmlCertificatePage.Level level(ProficiencyScale scale, String code, String lang,
      CompetencyFramework framework) {
    ProficiencyLevel level = scale.level(code).orElseThrow(() -> new IllegalArgumentException(
        "the credential's level " + code + " is not in the scale of framework " + framework.id() + "@"
            + framework.version()));
    return new HtmlCertificatePage.Level(level.code(), text(level.title(), lang, framework, code));
  }

  private static String text(LocalizedText t, String lang, CompetencyFramework framework, String fallback) {
    return t.resolve(lang, framework.defaultLanguage()).orElse(fallback);
  }

  private static Map<String, ?> subject(Object o) {
    if (o instanceof List<?> l && l.size() == 1) {
      return map(l.get(0), "/credentialSubject/0");
    }
    return map(o, "/credentialSubject");
  }

  private static String profileName(Object profile, String path) {
    if (profile instanceof String uri) {
      return uri;
    }
    Map<String, ?> m = map(profile, path);
    return m.get("name") instanceof String name && !name.isBlank() ? name : string(m, "id", path + "/id");
  }

  private static LocalDate date(String dateTime, String path) {
    try {
      return OffsetDateTime.parse(dateTime).atZoneSameInstant(VIETNAM).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("credential " + path + " is not a date-time with a zone: " + dateTime, e);
    }
  }

  private static String string(Map<String, ?> m, String key, String path) {
    if (m.get(key) instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new IllegalArgumentException("credential " + path + " is missing or not a string");
  }

  private static Map<String, ?> map(Object o, String path) {
    if (o instanceof Map<?, ?> m) {
      return cast(m);
    }
    throw new IllegalArgumentException("credential " + path + " is missing or not an object");
  }

  private static List<?> list(Object o, String path) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException("credential " + path + " is not an array");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> m) {
    return (Map<String, ?>) m;
  }
}
