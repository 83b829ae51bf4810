package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.list;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.digiskill.engine.certification.internal.QrImages;
import org.digiskill.engine.certification.internal.QrSvgReader;
import org.digiskill.engine.scoring.CompetenceResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;

class PrintableCertificateTest {
  static final String CRED_ID = "urn:uuid:2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11";
  static final String SUBJECT = "urn:uuid:0d3b8c6e-1111-4a2b-9c3d-5e6f7a8b9c0d";
  static final String SALT = "c0ffee-salt-1234";
  static final String VERIFY = "https://certs.example.gov.vn/verify/2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Pattern AREA_ROW = Pattern.compile("<tr class=\"area\" data-area=\"([^\"]+)\" data-level=\"([^\"]+)\">");
  private static final Pattern COMPETENCE_ROW =
      Pattern.compile("<tr class=\"competence\" data-competence=\"([^\"]+)\" data-level=\"([^\"]+)\">");

  private final ScoreReport report = CredentialIssuerFixtures.passing();
  private final Map<String, Object> vc =
      CREDENTIALS.build(report, MINI, FRAMEWORK, Recipient.withEmail(SUBJECT, "an.nguyen@example.vn", SALT), CRED_ID, ISSUED);

  /**
   * The passing report with a level, varied, in every competence of the framework; with {@code
   * gaps}, every fifth competence has none.
   */
  static ScoreReport everyCompetence(ScoreReport passing, boolean gaps) {
    List<String> levels = FRAMEWORK.scale().levels().stream().map(l -> l.code()).toList();
    List<CompetenceResult> all = new ArrayList<>();
    List<Competence> competences = FRAMEWORK.competences();
    for (int i = 0; i < competences.size(); i++) {
      Competence c = competences.get(i);
      String level = gaps && i % 5 == 4 ? null : levels.get((i * 7 + i / 3) % levels.size());
      all.add(new CompetenceResult(c.code(), FRAMEWORK.areaOf(c.code()).orElseThrow().code(), 2, 2, 100, 1, level,
          List.of(), null, null));
    }
    ScoreReport r = passing;
    return new ScoreReport(r.attemptId(), r.candidate(), r.assessmentId(), r.assessmentVersion(), r.fingerprint(),
        r.libraryVersion(), r.seed(), r.points(), r.maxPoints(), r.percent(), r.ability(), r.decision(), r.rules(),
        r.criticalErrors(), r.validUntil(), r.items(), all, r.areas(), r.notCounted());
  }

  /** Each area's level as the lowest level of its levelled competences, straight from the report. */
  static Map<String, String> expectedAreaLevels(ScoreReport report) {
    return report.competences().stream().filter(c -> c.level() != null).collect(Collectors.groupingBy(
        CompetenceResult::area, TreeMap::new, Collectors.collectingAndThen(
            Collectors.minBy(Comparator.comparingInt(c -> FRAMEWORK.scale().rank(c.level()))), c -> c.orElseThrow().level())));
  }

  private static Map<String, String> rows(Pattern row, String html) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = row.matcher(html);
    while (m.find()) {
      assertThat(found.put(m.group(1), m.group(2))).as("row %s twice", m.group(1)).isNull();
    }
    return found;
  }

  private static String page(Map<String, Object> credential, String language, String name) {
    return PrintableCertificate.html(credential, FRAMEWORK, language, name, VERIFY);
  }

  @Test
  void vietnamesePageHasVietnameseLabelsOnly() {
    String html = page(vc, "vi", null);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").contains("<meta charset=\"utf-8\">")
        .contains("Giấy chứng nhận", "Cấp bởi", "Đơn vị đánh giá", "Có hiệu lực từ", "Có giá trị đến", "Mã chứng nhận",
            "Kết quả theo lĩnh vực năng lực", "Mức đạt được", "Quét mã QR để kiểm tra giấy chứng nhận này.",
            "mức thấp nhất")
        .doesNotContain("Issued by", "Valid until", "Certificate</h1>", "Level attained");
    // Area, competence and level titles come from the framework in the page's language, not the credential's.
    assertThat(html).contains(FRAMEWORK.area("8").orElseThrow().title().exact("vi").orElseThrow())
        .contains(FRAMEWORK.scale().level("1").orElseThrow().title().exact("vi").orElseThrow())
        .contains(FRAMEWORK.title("vi"));
    assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void englishPageHasEnglishLabelsOnly() {
    String html = page(vc, "en-GB", null);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("Certificate", "Issued by", "Assessed by", "Valid from", "Valid until", "Credential ID",
            "Results by competence area", "Level attained", "Scan the QR code to verify this certificate.")
        .doesNotContain("Cấp bởi", "Có giá trị đến", "Giấy chứng nhận");
    assertThat(html).contains(FRAMEWORK.area("8").orElseThrow().title().exact("en").orElseThrow());
  }

  @Test
  void showsTheAchievementIssuerAssessingBodyAndCredentialId() {
    String html = page(vc, "vi", null);
    assertThat(html).contains("<p class=\"achievement\">" + vc.get("name") + "</p>")
        .contains("Example Digital Literacy Centre").contains("Commune community digital technology team")
        .contains(CRED_ID).contains(VERIFY);
  }

  @Test
  void theNameIsShownOnlyWhenSuppliedAndIsEscaped() {
    String without = page(vc, "vi", null);
    assertThat(without).doesNotContain("Cấp cho", "class=\"recipient\"");
    String name = "<script>alert('x')</script> Nguyễn Văn An & \"Bé\"";
    String with = page(vc, "vi", name);
    assertThat(with).contains("Cấp cho")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Nguyễn Văn An &amp; &quot;Bé&quot;")
        .doesNotContainIgnoringCase("<script");
    assertThat(page(vc, "en", "Nguyễn Văn An")).contains("Awarded to", "Nguyễn Văn An");
  }

  @Test
  void aNameInTheCredentialIsNotPrintedUnlessPassed() {
    Map<String, Object> named = CREDENTIALS.build(report, MINI, FRAMEWORK,
        Recipient.of(SUBJECT).withDisplayName("Nguyễn Văn An"), CRED_ID, ISSUED);
    assertThat(page(named, "vi", null)).doesNotContain("Nguyễn Văn An", "Cấp cho");
  }

  @Test
  void aDecomposedNameIsPrintedComposed() {
    String nfd = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Nguyễn Thị Ánh");
    assertThat(page(vc, "vi", nfd)).contains("Nguyễn Thị Ánh").doesNotContain(nfd);
  }

  @Test
  void neverShowsTheSubjectIdOrIdentifierHashes() {
    Map<String, Object> subject = map(vc.get("credentialSubject"));
    String hash = (String) map(list(subject.get("identifier")).get(0)).get("identityHash");
    for (String lang : List.of("vi", "en")) {
      String html = page(vc, lang, "Nguyễn Văn An");
      assertThat(html).doesNotContain(SUBJECT, SALT, hash, hash.substring("sha256$".length()), "identityHash", "sha256$",
          "an.nguyen", "IdentityObject", report.fingerprint(), report.attemptId(), "cand-1");
    }
  }

  @Test
  void datesAreCalendarDaysInVietnamInTheLanguagesStyle() {
    String until = report.validUntil().atZone(VIETNAM).toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(page(vc, "vi", null)).contains("<time datetime=\"2026-11-24\">24/11/2026</time>").contains(until);
    String untilEn = report.validUntil().atZone(VIETNAM).toLocalDate()
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    assertThat(page(vc, "en", null)).contains(">24 November 2026</time>").contains(untilEn);
    // 18:30 UTC on the 24th is already the 25th in Vietnam.
    Map<String, Object> late = CREDENTIALS.build(report, MINI, FRAMEWORK, Recipient.of(SUBJECT), CRED_ID,
        java.time.Instant.parse("2026-11-24T18:30:00Z"));
    assertThat(page(late, "vi", null)).contains(">25/11/2026</time>");
  }

  @Test
  void aMissingValidUntilSaysThereIsNoExpiry() {
    Map<String, Object> copy = new LinkedHashMap<>(vc);
    copy.remove("validUntil");
    assertThat(page(copy, "vi", null)).contains("Không thời hạn");
    assertThat(page(copy, "en", null)).contains("No expiry date");
  }

  @Test
  void eachAreaShowsTheLowestLevelOfItsAssessedCompetences() {
    Map<String, String> expected = expectedAreaLevels(report);
    assertThat(expected).isNotEmpty();
    String html = page(vc, "vi", null);
    assertThat(new TreeMap<>(rows(AREA_ROW, html))).isEqualTo(expected);
    Map<String, String> competences = report.competences().stream().filter(c -> c.level() != null)
        .collect(Collectors.toMap(CompetenceResult::competence, CompetenceResult::level, (a, b) -> a, TreeMap::new));
    assertThat(new TreeMap<>(rows(COMPETENCE_ROW, html))).isEqualTo(competences);
  }

  @Test
  void areaLevelsHoldForEveryCompetenceOfTheFramework() {
    ScoreReport full = everyCompetence(report, true);
    Map<String, Object> credential = CREDENTIALS.build(full, MINI, FRAMEWORK, Recipient.of(SUBJECT), CRED_ID, ISSUED);
    Map<String, String> expected = expectedAreaLevels(full);
    // The case is worth testing: some area mixes levels, and some competence has none.
    assertThat(full.competences()).anyMatch(c -> c.level() == null);
    assertThat(full.competences().stream().filter(c -> c.level() != null)
        .collect(Collectors.groupingBy(CompetenceResult::area, Collectors.mapping(CompetenceResult::level, Collectors.toSet())))
        .values()).anyMatch(s -> s.size() > 1);
    String html = page(credential, "en", null);
    Map<String, String> areas = rows(AREA_ROW, html);
    assertThat(new TreeMap<>(areas)).isEqualTo(expected);
    assertThat(List.copyOf(areas.keySet())).as("framework order")
        .isEqualTo(FRAMEWORK.areas().stream().map(a -> a.code()).filter(expected::containsKey).toList());
    assertThat(rows(COMPETENCE_ROW, html)).hasSize((int) full.competences().stream().filter(c -> c.level() != null).count());
  }

  @Test
  void theQrCodeInThePageDecodesToTheLink() throws Exception {
    String html = page(vc, "vi", null);
    assertThat(QrImages.decode(QrImages.draw(QrSvgReader.matrix(html), 4))).isEqualTo(VERIFY);
    assertThat(html).contains("figure.qr svg { display: block; width: 40.0mm; height: 40.0mm; }");
  }

  @Test
  void aLongQrContentDecodesBackAndPrintsLarger() throws Exception {
    String jwt = jwtLike(1500);
    String html = PrintableCertificate.html(vc, FRAMEWORK, "en", null, jwt);
    assertThat(QrImages.decode(QrImages.draw(QrSvgReader.matrix(html), 3))).isEqualTo(jwt);
    assertThat(html).contains("The QR code holds the signed digital credential").doesNotContain(jwt.substring(0, 40));
    Matcher size = Pattern.compile("figure.qr svg \\{ display: block; width: ([0-9.]+)mm").matcher(html);
    assertThat(size.find()).isTrue();
    assertThat(Double.parseDouble(size.group(1))).isGreaterThan(60).isLessThanOrEqualTo(90);
  }

  @Test
  void contentTooLongForAQrCodeIsRefused() {
    assertThatThrownBy(() -> PrintableCertificate.html(vc, FRAMEWORK, "vi", null, jwtLike(3500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit a QR code");
  }

  @Test
  void thePageIsSelfContainedAndPrintable() {
    String html = page(vc, "vi", "Nguyễn Văn An");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContain(" src=", " href=", "url(", "@import", "<iframe", "<img")
        .contains("@page { size: A4;", "\"Noto Sans\", \"DejaVu Sans\"", "</html>\n");
  }

  @Test
  void theSameInputsGiveTheSameBytesSignedOrNot() throws Exception {
    String first = page(vc, "vi", "Nguyễn Văn An");
    String json = Documents.standard().writeAny(vc, DocumentFormat.JSON);
    Map<String, Object> reread = new ObjectMapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    reread.put("proof", List.of(Map.of("type", "DataIntegrityProof", "cryptosuite", "eddsa-rdfc-2022",
        "proofValue", "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk")));
    assertThat(page(vc, "vi", "Nguyễn Văn An")).isEqualTo(first);
    assertThat(page(reread, "vi", "Nguyễn Văn An")).isEqualTo(first).doesNotContain("z3FXQjec");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> page(vc, "fr", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
    assertThatThrownBy(() -> page(vc, "vi", "  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrintableCertificate.html(vc, FRAMEWORK, "vi", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, Object> noDate = new LinkedHashMap<>(vc);
    noDate.remove("validFrom");
    assertThatThrownBy(() -> page(noDate, "vi", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/validFrom");
    assertThatThrownBy(() -> PrintableCertificate.html(vc, Catalogue.builtIn().digComp22(), "vi", null, VERIFY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in framework");
  }

  static String jwtLike(int length) {
    StringBuilder sb = new StringBuilder("eyJhbGciOiJFUzI1NiIsInR5cCI6InZjK2p3dCJ9.");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    java.util.Random random = new java.util.Random(length);
    while (sb.length() < length) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

}
