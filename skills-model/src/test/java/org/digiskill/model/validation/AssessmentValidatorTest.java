package org.digiskill.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.groups.Tuple;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.internal.Messages;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One test per family of rules of {@link AssessmentValidator}, each asserting codes and paths. */
class AssessmentValidatorTest {
  private static final CompetencyFramework RESIDENTS = Catalogue.builtIn().framework(Catalogue.VN_RESIDENTS_BASIC).orElseThrow();
  private static final AssessmentValidator VALIDATOR = AssessmentValidator.forFramework(RESIDENTS);
  private static final Path MINI = Path.of("src/test/resources/fixtures/valid/mini-assessment.yaml");

  /** Every code a test saw, to check that each has a message in both languages. */
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private static final String HEADER =
      """
      schemaVersion: "1.0"
      kind: assessment
      id: t
      version: "1"
      title: {vi: "Bài kiểm tra", en: "Test"}
      framework: {id: vn-residents-basic, version: "1.0"}
      languages: [vi, en]
      defaultLanguage: vi
      """;

  private static final String CERTIFICATION =
      """
      certification:
        rules:
          - {type: overall, label: {vi: "Đạt 70%", en: "70% overall"}, minPercent: 70}
      """;

  /** A valid single-choice item with id q, for documents whose other parts are under test. */
  private static final String Q =
      """
        - type: single-choice
          id: q
          prompt: {vi: "Hỏi", en: "Ask"}
          alignments: [{competence: "8.1", level: "1"}]
          choices:
            - {id: a, text: {vi: "A", en: "A"}}
            - {id: b, text: {vi: "B", en: "B"}}
          correct: a
      """;

  // ------------------------------------------------------------------ helpers

  /** Reads a document made of the header, the given body and (unless the body has one) a certification policy. */
  private static Assessment read(String body) {
    String doc = HEADER + body + (body.contains("certification:") ? "" : CERTIFICATION);
    return Documents.standard().readAssessment(doc, "x.yaml", DocumentFormat.YAML);
  }

  private static ValidationReport validate(String body) {
    ValidationReport r = VALIDATOR.validate(read(body));
    r.violations().forEach(v -> SEEN.add(v.code()));
    return r;
  }

  /** Validates items (a YAML list body) delivered by one section that fixes the given ids. */
  private static ValidationReport items(String items, String... ids) {
    return validate("items:\n" + items + "sections:\n  - {id: s, items: [" + String.join(", ", ids) + "]}\n");
  }

  private static List<Tuple> errors(ValidationReport r) {
    return r.errors().stream().map(v -> tuple(v.code(), v.path())).toList();
  }

  private static List<Tuple> warnings(ValidationReport r) {
    return r.warnings().stream().map(v -> tuple(v.code(), v.path())).toList();
  }

  // ------------------------------------------------------------------ the whole document

  @Test
  void validate_miniAssessment_hasNoViolations() {
    Assessment mini = Documents.standard().readAssessment(MINI);
    assertThat(VALIDATOR.validate(mini).violations()).isEmpty();
  }

  @Test
  void validate_validMinimalDocument_hasNoViolations() {
    assertThat(items(Q, "q").violations()).isEmpty();
  }

  @Test
  void validate_reportsBeanViolationsAndSemanticOnesTogether() {
    ValidationReport r =
        items(
            Q.replace("id: q", "id: Q q").replace("correct: a", "correct: z") + Q.replace("level: \"1\"", "level: \"9\""),
            "q");
    assertThat(errors(r))
        .containsExactly(
            tuple("value.pattern", "/items/0/id"),
            tuple("item.unknown-choice", "/items/0/correct"),
            tuple("assessment.unknown-level", "/items/1/alignments/0/level"));
    assertThat(r.warnings()).extracting(Violation::code).containsExactly("item.unreachable");
  }

  @Test
  void header_frameworkLanguagesTimeLimitAndAttempts() {
    String doc =
        HEADER
                .replace("version: \"1.0\"}", "version: \"2.0\"}")
                .replace("languages: [vi, en]", "languages: [en, en, \"e n\"]")
            + "timeLimit: PT0S\nattempts: {maxAttempts: 0, cooldown: -PT1H}\nitems:\n"
            + Q
            + "sections: [{id: s, items: [q]}]\n"
            + CERTIFICATION;
    ValidationReport r = VALIDATOR.validate(Documents.standard().readAssessment(doc, "x.yaml", DocumentFormat.YAML));
    assertThat(errors(r))
        .containsExactly(
            tuple("value.range", "/attempts/maxAttempts"),
            tuple("assessment.framework-mismatch", "/framework"),
            tuple("assessment.duplicate-language", "/languages/1"),
            tuple("assessment.language.invalid", "/languages/2"),
            tuple("assessment.default-language.not-listed", "/defaultLanguage"),
            tuple("assessment.time-limit.not-positive", "/timeLimit"),
            tuple("assessment.cooldown.negative", "/attempts/cooldown"));
    assertThat(r.errors().get(1).message("en"))
        .isEqualTo("expected an assessment on framework [vn-residents-basic@1.0] but it names [vn-residents-basic@2.0]");
    assertThat(r.errors().get(6).message("vi")).isEqualTo("cần thời gian chờ giữa các lần làm bài từ 0 trở lên nhưng lại là [PT-1H]");
  }

  @Test
  void header_invalidDefaultLanguage() {
    String doc = HEADER.replace("defaultLanguage: vi", "defaultLanguage: \"vi_VN\"") + "items:\n" + Q + "sections: [{id: s, items: [q]}]\n" + CERTIFICATION;
    ValidationReport r = VALIDATOR.validate(Documents.standard().readAssessment(doc, "x.yaml", DocumentFormat.YAML));
    assertThat(errors(r)).contains(tuple("assessment.default-language.invalid", "/defaultLanguage"));
  }

  @Test
  void texts_defaultLanguageIsAnErrorOtherLanguagesAWarning() {
    ValidationReport r =
        items(
            Q.replace("prompt: {vi: \"Hỏi\", en: \"Ask\"}", "prompt: {en: \"Ask\"}")
                .replace("{id: b, text: {vi: \"B\", en: \"B\"}}", "{id: b, text: {vi: \"B\"}}")
                .replace("{id: a, text: {vi: \"A\", en: \"A\"}}", "{id: a, text: {vi: \" \", \"not a tag\": \"A\"}}"),
            "q");
    assertThat(errors(r))
        .containsExactly(
            tuple("text.missing-default-language", "/items/0/prompt"),
            tuple("text.blank", "/items/0/choices/0/text/vi"),
            tuple("text.invalid-language-tag", "/items/0/choices/0/text/not a tag"));
    assertThat(warnings(r))
        .containsExactly(
            tuple("text.missing-language", "/items/0/choices/0/text"),
            tuple("text.missing-language", "/items/0/choices/1/text"));
    assertThat(r.warnings().get(1).message("en")).isEqualTo("missing text in [en], one of the assessment's languages; present: [vi]");
    assertThat(r.warnings().get(1).message("vi")).isEqualTo("thiếu văn bản bằng [en], một trong các ngôn ngữ của bài đánh giá; hiện có: [vi]");
  }

  // ------------------------------------------------------------------ items

  @Test
  void items_uniqueIdsAndAlignmentsThatExist() {
    ValidationReport r =
        items(
            Q + Q.replace("competence: \"8.1\", level: \"1\"", "competence: \"9.9\", level: \"4\", weight: 0"),
            "q");
    assertThat(errors(r))
        .containsExactly(
            tuple("value.range", "/items/1/alignments/0/weight"),
            tuple("item.duplicate-id", "/items/1/id"),
            tuple("assessment.unknown-competence", "/items/1/alignments/0/competence"),
            tuple("assessment.unknown-level", "/items/1/alignments/0/level"));
    assertThat(r.errors().get(1).message("en")).isEqualTo("duplicate item id [q]; first used at /items/0");
    assertThat(r.errors().get(2).message("en")).isEqualTo("expected a competence code of [vn-residents-basic@1.0] but was [9.9]");
    assertThat(r.errors().get(3).message("vi")).isEqualTo("cần một mã mức trong [1, 2, 3] nhưng lại là [4]");
  }

  @Test
  void singleChoice_keyNamesAChoiceThatIsNotCritical() {
    String one =
        """
          - type: single-choice
            id: one
            prompt: {vi: "Hỏi", en: "Ask"}
            alignments: [{competence: "8.1", level: "1"}]
            choices: [{id: a, text: {vi: "A", en: "A"}}]
            correct: d
        """;
    String critical = Q.replace("id: q", "id: c").replace("{id: a, text: {vi: \"A\", en: \"A\"}}", "{id: a, text: {vi: \"A\", en: \"A\"}, critical: true}");
    String dup = Q.replace("id: q", "id: d").replace("{id: b,", "{id: a,");
    ValidationReport r = items(one + critical + dup, "one", "c", "d");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.too-few-choices", "/items/0/choices"),
            tuple("item.unknown-choice", "/items/0/correct"),
            tuple("item.critical-choice-correct", "/items/1/choices/0/critical"),
            tuple("item.duplicate-choice-id", "/items/2/choices/1/id"));
    assertThat(r.errors().get(1).message("en")).isEqualTo("expected a choice id in [a] but was [d]");
    assertThat(r.errors().get(1).message("vi")).isEqualTo("cần một mã phương án trong [a] nhưng lại là [d]");
  }

  private static String multiple(String id, String extra) {
    return """
          - type: multiple-choice
            id: %s
            prompt: {vi: "Hỏi", en: "Ask"}
            alignments: [{competence: "8.1", level: "2"}]
            choices:
              - {id: a, text: {vi: "A", en: "A"}}
              - {id: b, text: {vi: "B", en: "B"}, critical: true}
              - {id: c, text: {vi: "C", en: "C"}}
        %s
        """.formatted(id, extra.indent(4).stripTrailing());
  }

  @Test
  void multipleChoice_keyIsASubsetWithinTheSelectionsAllowed() {
    ValidationReport r =
        items(
            multiple("m1", "correct: [a, a, z, b]")
                + multiple("m2", "correct: [a]\nminSelections: 3\nmaxSelections: 2")
                + multiple("m3", "correct: [a, c]\nmaxSelections: 4")
                + multiple("m4", "correct: [a, c]\nmaxSelections: 1")
                + multiple("m5", "correct: [a]\nminSelections: 4"),
            "m1", "m2", "m3", "m4", "m5");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.duplicate-correct", "/items/0/correct/1"),
            tuple("item.unknown-choice", "/items/0/correct/2"),
            tuple("item.critical-choice-correct", "/items/0/choices/1/critical"),
            tuple("item.selections.order", "/items/1/minSelections"),
            tuple("item.selections.too-many", "/items/2/maxSelections"),
            tuple("item.correct-outside-selections", "/items/3/correct"),
            tuple("item.selections.too-many", "/items/4/minSelections"),
            tuple("item.correct-outside-selections", "/items/4/correct"));
    assertThat(r.errors().get(5).message("en"))
        .isEqualTo("the key has [2] correct choices, outside the selections allowed [0, 1]; no response could be fully correct");
    assertThat(r.errors().get(7).message("en"))
        .isEqualTo("the key has [1] correct choices, outside the selections allowed [4, ∞]; no response could be fully correct");
  }

  private static String textEntry(String id, String extra) {
    return """
          - type: text-entry
            id: %s
            prompt: {vi: "Hỏi", en: "Ask"}
            alignments: [{competence: "3.1", level: "1"}]
        %s
        """.formatted(id, extra.indent(4).stripTrailing());
  }

  @Test
  void textEntry_pointsPatternsAndMaxLength() {
    ValidationReport r =
        items(
            textEntry("t1", "points: 2\nanswers: [{value: Hà Nội, points: 3}]")
                + textEntry("t2", "points: 2\nanswers: [{value: Hà Nội, points: 1}, {value: Ha Noi, points: 0.5}]")
                + textEntry("t3", "answers: [{value: \"(ha\", points: 1, pattern: true}]")
                + textEntry("t4", "answers: [{value: \"" + "a".repeat(501) + "\", points: 1, pattern: true}]")
                + textEntry("t5", "maxLength: 5\nanswers: [{value: Hà Nội, points: 1}, {value: \"h.*\", points: 1, pattern: true}]"),
            "t1", "t2", "t3", "t4", "t5");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.answer-points-above-item", "/items/0/answers/0/points"),
            tuple("item.pattern.invalid", "/items/2/answers/0/value"),
            tuple("item.pattern.too-long", "/items/3/answers/0/value"),
            tuple("item.max-length-too-short", "/items/4/maxLength"));
    assertThat(warnings(r)).containsExactly(tuple("item.no-full-answer", "/items/1/answers"));
    assertThat(r.errors().get(0).message("en")).isEqualTo("expected at most the item's [2] points but the answer earns [3]");
    assertThat(r.errors().get(1).message("en")).startsWith("expected a valid regular expression but [(ha] is not: [Unclosed group near index 3]");
    assertThat(r.errors().get(3).message("en"))
        .isEqualTo("expected maxLength of at least [6], the length of the accepted answer [Hà Nội], but was [5]");
    assertThat(r.warnings().get(0).message("vi")).isEqualTo("không đáp án nào được trọn [2] điểm của câu hỏi; đáp án cao nhất chỉ được [1] điểm");
  }

  @Test
  void numeric_toleranceNotNegativeAndUnitInTheDefaultLanguage() {
    String n =
        """
          - type: numeric
            id: n
            prompt: {vi: "Hỏi", en: "Ask"}
            alignments: [{competence: "6.1", level: "2"}]
            value: 352.5
            tolerance: {mode: absolute, amount: -1}
            unit: {en: "kWh"}
        """;
    ValidationReport r = items(n, "n");
    assertThat(errors(r))
        .containsExactly(
            tuple("value.range", "/items/0/tolerance/amount"),
            tuple("text.missing-default-language", "/items/0/unit"));
  }

  /** The reader refuses .nan and .inf, so non-finite numbers only come from assessments built in code. */
  @Test
  void numbers_mustBeFinite() {
    Assessment a = read("items:\n" + Q + "sections: [{id: s, items: [q]}]\n");
    Item.Numeric n =
        new Item.Numeric(
            "q", org.digiskill.model.LocalizedText.of("vi", "Hỏi", "en", "Ask"), null,
            List.of(new org.digiskill.model.item.Alignment("6.1", "2", Double.NaN)), Double.POSITIVE_INFINITY, null,
            null, null, null, Double.NaN, new org.digiskill.model.item.Parts.Tolerance(
                org.digiskill.model.item.Parts.ToleranceMode.ABSOLUTE, Double.NaN), null);
    Assessment b =
        new Assessment(
            a.id(), a.version(), a.title(), null, a.framework(), a.languages(), a.defaultLanguage(), null, List.of(n),
            a.sections(), a.levelRule(), a.certification());
    ValidationReport r = VALIDATOR.validate(b);
    r.violations().forEach(v -> SEEN.add(v.code()));
    assertThat(errors(r))
        .extracting(t -> t.toList().get(1))
        .contains("/items/0/points", "/items/0/alignments/0/weight", "/items/0/value", "/items/0/tolerance/amount");
    assertThat(errors(r)).contains(tuple("value.not-finite", "/items/0/value"));
  }

  @Test
  void ordering_correctOrderIsAPermutationOfTheSteps() {
    String o =
        """
          - type: ordering
            id: o1
            prompt: {vi: "Xếp", en: "Order"}
            alignments: [{competence: "4.2", level: "2"}]
            steps:
              - {id: a, text: {vi: "A", en: "A"}}
              - {id: b, text: {vi: "B", en: "B"}}
              - {id: c, text: {vi: "C", en: "C"}}
            correctOrder: [a, x, a, b]
          - type: ordering
            id: o2
            prompt: {vi: "Xếp", en: "Order"}
            alignments: [{competence: "4.2", level: "2"}]
            steps: [{id: a, text: {vi: "A", en: "A"}}]
            correctOrder: [a]
        """;
    ValidationReport r = items(o, "o1", "o2");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.unknown-step", "/items/0/correctOrder/1"),
            tuple("item.order.repeated-step", "/items/0/correctOrder/2"),
            tuple("item.order.missing-steps", "/items/0/correctOrder"),
            tuple("item.too-few-steps", "/items/1/steps"));
    assertThat(r.errors().get(2).message("en")).isEqualTo("correctOrder leaves out the steps [c]; it must list every step once");
  }

  @Test
  void matching_pairsNameExistingOptionsAndEachLeftOnce() {
    String m =
        """
          - type: matching
            id: m
            prompt: {vi: "Nối", en: "Match"}
            alignments: [{competence: "1.2", level: "1"}]
            left:
              - {id: l1, text: {vi: "1", en: "1"}}
              - {id: l1, text: {vi: "2", en: "2"}}
            right:
              - {id: r1, text: {vi: "A", en: "A"}}
            pairs: [{left: l1, right: r1}, {left: l1, right: r2}, {left: l9, right: r1}]
        """;
    ValidationReport r = items(m, "m");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.duplicate-choice-id", "/items/0/left/1/id"),
            tuple("item.pair.repeated-left", "/items/0/pairs/1/left"),
            tuple("item.unknown-choice", "/items/0/pairs/1/right"),
            tuple("item.unknown-choice", "/items/0/pairs/2/left"));
  }

  private static String hotspot(String id, String image, String regions) {
    return """
          - type: hotspot
            id: %s
            prompt: {vi: "Chạm", en: "Tap"}
            alignments: [{competence: "6.1", level: "1"}]
            image: %s
            regions:
        %s
        """.formatted(id, image, regions.indent(6).stripTrailing());
  }

  @Test
  void hotspot_imageRegionsAndTheirCoordinates() {
    String img = "{kind: image, uri: a.png, alt: {vi: \"Ảnh\", en: \"Picture\"}, width: 100, height: 200}";
    String audio = "{kind: audio, uri: a.mp3, alt: {vi: \"Tiếng\", en: \"Sound\"}}";
    ValidationReport r =
        items(
            hotspot(
                    "h1",
                    img,
                    """
                    - {id: r, shape: rect, coords: [0, 0, 10], correct: true}
                    - {id: c, shape: circle, coords: [50, 50, 0]}
                    - {id: p, shape: polygon, coords: [0, 0, 10, 0, 10]}
                    - {id: w, shape: rect, coords: [10, 10, 0, -1]}
                    - {id: o, shape: circle, coords: [95, 100, 10]}
                    - {id: o, shape: rect, coords: [0, 0, 10, 10], correct: true, critical: true}
                    """)
                + hotspot("h2", audio, "- {id: x, shape: polygon, coords: [0, 0, 10, 0, 10, 10]}"),
            "h1", "h2");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.region.coords", "/items/0/regions/0/coords"),
            tuple("item.region.empty", "/items/0/regions/1/coords/2"),
            tuple("item.region.polygon-coords", "/items/0/regions/2/coords"),
            tuple("item.region.empty", "/items/0/regions/3/coords/2"),
            tuple("item.region.empty", "/items/0/regions/3/coords/3"),
            tuple("item.duplicate-region-id", "/items/0/regions/5/id"),
            tuple("item.region.correct-and-critical", "/items/0/regions/5/critical"),
            tuple("item.image.not-image", "/items/1/image/kind"),
            tuple("item.image.size-missing", "/items/1/image"),
            tuple("item.no-correct-region", "/items/1/regions"));
    assertThat(warnings(r)).containsExactly(tuple("item.region.outside-image", "/items/0/regions/4/coords"));
    assertThat(r.errors().get(0).message("en")).isEqualTo("expected [4] coordinates for a [rect] but was [3]");
    assertThat(r.errors().get(8).message("en"))
        .isEqualTo("expected the image's width and height in pixels, to place the regions; missing [width, height]");
    assertThat(r.warnings().get(0).message("vi")).isEqualTo("vùng [o] vượt ra ngoài hình ảnh 100×200 điểm ảnh");
  }

  @Test
  void likert_optionsAndSelfReportedScoring() {
    String l =
        """
          - type: likert
            id: l
            prompt: {vi: "Tôi làm được", en: "I can"}
            alignments: [{competence: "6.1", level: "2"}]
            scoring: {type: partial, method: per-pair}
            options:
              - {id: x, text: {vi: "Chưa", en: "Not yet"}, points: 0}
              - {id: x, text: {vi: "Được", en: "Yes"}, level: "5", points: 1}
        """;
    ValidationReport r = items(l, "l");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.duplicate-option-id", "/items/0/options/1/id"),
            tuple("assessment.unknown-level", "/items/0/options/1/level"),
            tuple("item.self-reported-scoring", "/items/0/scoring"));
  }

  private static String task(String id, String rest) {
    return """
          - type: practical-task
            id: %s
            prompt: {vi: "Làm", en: "Do"}
            alignments: [{competence: "5.1", level: "2"}]
        %s
        """.formatted(id, rest.indent(4).stripTrailing());
  }

  @Test
  void practicalTask_stepsOrderAndForbiddenSteps() {
    ValidationReport r =
        items(
            task(
                    "p1",
                    """
                    points: 3
                    steps:
                      - {id: a, label: {vi: "A", en: "A"}, points: 1}
                      - {id: b, label: {vi: "B", en: "B"}, points: 1}
                      - {id: a, label: {vi: "C", en: "C"}, points: 2}
                    order: [{before: a, after: b}, {before: b, after: x}, {before: b, after: a}]
                    forbidden:
                      - {id: b, label: {vi: "B", en: "B"}}
                      - {id: f, label: {vi: "F", en: "F"}}
                      - {id: f, label: {vi: "F", en: "F"}}
                    """)
                + task("p2", "steps: [{id: a, label: {vi: \"A\", en: \"A\"}, points: 1, required: true}]\norder: [{before: a, after: a}]"),
            "p1", "p2");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.duplicate-step-id", "/items/0/steps/2/id"),
            tuple("item.task.no-required-step", "/items/0/steps"),
            tuple("item.unknown-step", "/items/0/order/1/after"),
            tuple("item.task.order-cycle", "/items/0/order/2"),
            tuple("item.task.forbidden-is-step", "/items/0/forbidden/0/id"),
            tuple("item.duplicate-step-id", "/items/0/forbidden/2/id"),
            tuple("item.task.order-cycle", "/items/1/order/0"));
    assertThat(warnings(r)).containsExactly(tuple("item.task.points-mismatch", "/items/0/steps"));
    assertThat(r.errors().get(3).message("en")).isEqualTo("the order constraints form a cycle [a -> b -> a]; no log can keep them all");
    assertThat(r.errors().get(6).message("en")).isEqualTo("the order constraints form a cycle [a -> a]; no log can keep them all");
    assertThat(r.warnings().get(0).message("en")).isEqualTo("the steps' points add up to [4] but the item has [3] points");
  }

  @Test
  void scoring_ruleFitsTheKind() {
    ValidationReport r =
        items(
            Q.replace("id: q", "id: s1") + "    scoring: {type: partial, method: per-pair}\n"
                + Q.replace("id: q", "id: s2") + "    scoring: {type: map, entries: {a: 1, z: 0.5}, lowerBound: 1, upperBound: 0}\n"
                + Q.replace("id: q", "id: s3") + "    scoring: {type: negative, penalty: 0, floor: 1}\n"
                + multiple("s4", "correct: [a]\nscoring: {type: partial, method: right-minus-wrong, floor: -2}")
                + multiple("s5", "correct: [a]\nscoring: {type: partial, method: per-correct-option, floor: -0.5}")
                + textEntry("s6", "answers: [{value: Hà Nội, points: 1}]\nscoring: {type: map, entries: {Hà Nội: 1, Huế: 1}}")
                + """
                  - type: true-false
                    id: s7
                    prompt: {vi: "Đúng không?", en: "True?"}
                    alignments: [{competence: "8.2", level: "1"}]
                    correct: true
                    scoring: {type: map, entries: {"true": 1}}
                """,
            "s1", "s2", "s3", "s4", "s5", "s6", "s7");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.scoring.method-not-for-kind", "/items/0/scoring/method"),
            tuple("item.scoring.unknown-map-key", "/items/1/scoring/entries/z"),
            tuple("item.scoring.bounds-order", "/items/1/scoring/lowerBound"),
            tuple("item.scoring.penalty-not-positive", "/items/2/scoring/penalty"),
            tuple("item.scoring.floor-above-zero", "/items/2/scoring/floor"),
            tuple("item.scoring.floor-out-of-range", "/items/3/scoring/floor"),
            tuple("item.scoring.unknown-map-key", "/items/5/scoring/entries/Huế"),
            tuple("item.scoring.map-not-for-kind", "/items/6/scoring"));
    assertThat(warnings(r)).containsExactly(tuple("item.scoring.floor-without-effect", "/items/4/scoring/floor"));
    assertThat(r.errors().get(0).message("en")).isEqualTo("partial method [per-pair] is for [matching] items, not [single-choice]");
    assertThat(r.errors().get(0).message("vi"))
        .isEqualTo("cách tính điểm từng phần [per-pair] chỉ dùng cho câu hỏi loại [matching], không dùng cho [single-choice]");
  }

  @Test
  void irt_parametersFitTheModel() {
    ValidationReport r =
        items(
            Q.replace("id: q", "id: i1") + "    irt: {model: 2pl, b: 0.1}\n"
                + Q.replace("id: q", "id: i2") + "    irt: {model: rasch, a: 1.2, b: 0}\n"
                + Q.replace("id: q", "id: i3") + "    irt: {model: 3pl, a: 1, b: 0, c: 1}\n"
                + Q.replace("id: q", "id: i4") + "    irt: {model: 2pl, a: -1, b: 0, c: 0.2}\n"
                + Q.replace("id: q", "id: i5") + "    irt: {model: grm, a: 1, thresholds: [-1, 1, 0.5]}\n"
                + Q.replace("id: q", "id: i6") + "    irt: {model: gpcm, a: 1, b: 0}\n"
                + multiple("i7", "correct: [a]\nscoring: {type: partial, method: per-correct-option}\nirt: {model: rasch, b: 0, thresholds: [0]}"),
            "i1", "i2", "i3", "i4", "i5", "i6", "i7");
    assertThat(errors(r))
        .containsExactly(
            tuple("item.irt.a-missing", "/items/0/irt/a"),
            tuple("item.irt.a-fixed", "/items/1/irt/a"),
            tuple("item.irt.c-out-of-range", "/items/2/irt/c"),
            tuple("item.irt.a-not-positive", "/items/3/irt/a"),
            tuple("item.irt.c-not-3pl", "/items/3/irt/c"),
            tuple("item.irt.thresholds-order", "/items/4/irt/thresholds/2"),
            tuple("item.irt.thresholds-missing", "/items/5/irt/thresholds"));
    assertThat(warnings(r))
        .containsExactly(
            tuple("item.irt.unused-parameter", "/items/5/irt/b"),
            tuple("item.irt.unused-parameter", "/items/6/irt/thresholds"),
            tuple("item.irt.dichotomous-not-binary", "/items/6/irt/model"));
    assertThat(r.errors().get(5).message("en")).isEqualTo("expected graded-response thresholds to increase, but [0.5] follows [1]");
    assertThat(r.warnings().get(2).message("en"))
        .isEqualTo("model [rasch] is for items scored 0 or full points, but this item can score in between ([partial])");
  }

  @Test
  void irt_missingDifficultyForDichotomousModel() {
    ValidationReport r = items(Q + "    irt: {model: 3pl, a: 1.1, c: 0.2}\n", "q");
    assertThat(errors(r)).containsExactly(tuple("item.irt.b-missing", "/items/0/irt/b"));
  }

  // ------------------------------------------------------------------ sections and draws

  private static String bank(int n, String competence, String tags) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(Q.replace("id: q", "id: " + competence.replace('.', '-') + "-" + i).replace("\"8.1\"", "\"" + competence + "\""));
      if (!tags.isEmpty()) {
        sb.append("    tags: [").append(tags).append("]\n");
      }
    }
    return sb.toString();
  }

  @Test
  void sections_fixedItemsExistAndAreFixedOnce() {
    ValidationReport r =
        validate(
            "items:\n"
                + Q
                + """
                sections:
                  - {id: s, items: [q, nope]}
                  - {id: s, items: [q]}
                  - {id: e}
                """);
    assertThat(errors(r))
        .containsExactly(
            tuple("section.unknown-item", "/sections/0/items/1"),
            tuple("section.duplicate-id", "/sections/1/id"),
            tuple("section.item-fixed-twice", "/sections/1/items/0"));
    assertThat(warnings(r)).containsExactly(tuple("section.empty", "/sections/2"));
    assertThat(r.errors().get(2).message("en")).isEqualTo("item [q] is already fixed at /sections/0/items/0; an item is delivered at most once");
  }

  @Test
  void sections_nothingDelivered() {
    ValidationReport r = validate("items:\n" + Q + "sections: [{id: s}]\n");
    assertThat(errors(r)).containsExactly(tuple("assessment.nothing-delivered", "/sections"));
    assertThat(warnings(r)).containsExactly(tuple("section.empty", "/sections/0"), tuple("item.unreachable", "/items/0"));
  }

  @Test
  void draws_filtersNameWhatExists() {
    ValidationReport r =
        validate(
            "items:\n"
                + bank(2, "8.1", "scam")
                + """
                sections:
                  - id: s
                    draws:
                      - {count: 1, competence: "9.1"}
                      - {count: 1, area: "9"}
                      - {count: 1, level: "7"}
                      - {count: 1, tag: fraud}
                      - {count: 1, area: "8", level: "1", tag: scam}
                """);
    assertThat(errors(r))
        .containsExactly(
            tuple("assessment.unknown-competence", "/sections/0/draws/0/competence"),
            tuple("assessment.unknown-area", "/sections/0/draws/1/area"),
            tuple("assessment.unknown-level", "/sections/0/draws/2/level"),
            tuple("section.draw.unknown-tag", "/sections/0/draws/3/tag"));
    assertThat(r.errors().get(3).message("en")).isEqualTo("no item has the tag [fraud]; tags in use: [scam]");
  }

  @Test
  void draws_mustBeSatisfiable_conservativelyCountingEarlierOverlappingDraws() {
    ValidationReport r =
        validate(
            "items:\n"
                + bank(3, "8.1", "")
                + bank(2, "6.1", "")
                + """
                sections:
                  - id: s1
                    items: [8-1-1]
                    draws: [{count: 1, competence: "8.1"}]
                  - id: s2
                    draws:
                      - {count: 2, area: "6"}
                      - {count: 1}
                      - {count: 1, competence: "8.1", level: "1"}
                """);
    // Pools: draw 0 = {8-1-2, 8-1-3}; draw 1 = {6-1-1, 6-1-2}; draw 2 = all 4 unfixed items, and shares
    // items with draws 0 and 1, so it needs 1 + 1 + 2 = 4: satisfiable; draw 3 = {8-1-2, 8-1-3} shares
    // with draws 0 and 2, so it needs 1 + 1 + 1 = 3 > 2.
    assertThat(errors(r)).containsExactly(tuple("section.draw.unsatisfiable", "/sections/1/draws/2"));
    assertThat(r.errors().get(0).message("en"))
        .isEqualTo(
            "expected at least [3] matching bank items that are not fixed ([1] for this draw, [2] for earlier draws that"
                + " share its items) but only [2] match");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void draws_tooFewItemsInTheBank() {
    ValidationReport r = validate("items:\n" + bank(2, "8.1", "") + "sections: [{id: s, draws: [{count: 3, competence: \"8.1\"}]}]\n");
    assertThat(errors(r)).containsExactly(tuple("section.draw.unsatisfiable", "/sections/0/draws/0"));
  }

  @Test
  void draws_itemsNoSectionCanDeliverAreWarnings() {
    ValidationReport r = validate("items:\n" + bank(1, "8.1", "") + bank(1, "6.1", "") + "sections: [{id: s, draws: [{count: 1, area: \"8\"}]}]\n");
    assertThat(r.errors()).isEmpty();
    assertThat(warnings(r)).containsExactly(tuple("item.unreachable", "/items/1"));
  }

  // ------------------------------------------------------------------ level rule and certification

  @Test
  void levelRule_thresholdInRange() {
    ValidationReport r = validate("items:\n" + Q + "sections: [{id: s, items: [q]}]\nlevelRule: {type: highest-mastered, threshold: 0}\n");
    assertThat(errors(r)).containsExactly(tuple("value.range", "/levelRule/threshold"));
  }

  @Test
  void certification_rulesNameWhatExists_andGroupsRecurse() {
    ValidationReport r =
        validate(
            "items:\n"
                + Q
                + """
                sections: [{id: s, items: [q]}]
                certification:
                  validity: P0D
                  rules:
                    - {type: overall, label: {en: "Overall"}, minPoints: 1, minPercent: 70}
                    - {type: overall, label: {vi: "Tổng", en: "Overall"}}
                    - type: group
                      label: {vi: "Nhóm", en: "Group"}
                      combine: any
                      rules:
                        - {type: area-minimum, label: {vi: "Lĩnh vực", en: "Area"}, area: "9", minPercent: 60}
                        - {type: competence-level, label: {vi: "Năng lực", en: "Competence"}, competence: "8.9", minLevel: "4"}
                        - {type: no-critical-error, label: {vi: "Không lỗi", en: "No error"}}
                """);
    assertThat(errors(r))
        .containsExactly(
            tuple("certification.validity.not-positive", "/certification/validity"),
            tuple("text.missing-default-language", "/certification/rules/0/label"),
            tuple("certification.overall-cut", "/certification/rules/0"),
            tuple("certification.overall-cut", "/certification/rules/1"),
            tuple("assessment.unknown-area", "/certification/rules/2/rules/0/area"),
            tuple("assessment.unknown-competence", "/certification/rules/2/rules/1/competence"),
            tuple("assessment.unknown-level", "/certification/rules/2/rules/1/minLevel"));
    assertThat(warnings(r)).containsExactly(tuple("certification.no-critical-parts", "/certification/rules/2/rules/2"));
    assertThat(r.errors().get(2).message("en")).isEqualTo("expected exactly one of minPoints and minPercent but found [minPoints, minPercent]");
    assertThat(r.errors().get(3).message("vi")).isEqualTo("cần đúng một trong hai giá trị minPoints và minPercent nhưng lại có []");
  }

  // ------------------------------------------------------------------ the validator itself

  @Test
  void everyItemKindHasItsOwnRules() {
    assertThat(ItemChecks.CHECKED_KINDS).containsExactlyInAnyOrder(Item.class.getPermittedSubclasses());
  }

  @Test
  void validator_knowsItsFramework() {
    assertThat(VALIDATOR.frameworks()).containsExactly(RESIDENTS);
  }

  @Test
  void forFrameworks_resolvesTheFrameworkTheAssessmentNames() {
    AssessmentValidator v = AssessmentValidator.forFrameworks(Catalogue.builtIn().frameworks());
    assertThat(v.validate(Documents.standard().readAssessment(MINI)).violations()).isEmpty();
    assertThat(v.frameworks()).hasSameSizeAs(Catalogue.builtIn().frameworks());
  }

  @Test
  void forFrameworks_unknownFrameworkIsReported_andTheRestIsStillChecked() {
    AssessmentValidator v = AssessmentValidator.forFrameworks(List.of(Catalogue.builtIn().digComp22()));
    Assessment a = read("items:\n" + Q.replace("correct: a", "correct: z") + "sections: [{id: s, items: [q]}]\n");
    ValidationReport r = v.validate(a);
    r.violations().forEach(x -> SEEN.add(x.code()));
    assertThat(errors(r)).containsExactly(tuple("assessment.unknown-framework", "/framework"), tuple("item.unknown-choice", "/items/0/correct"));
    assertThat(r.errors().get(0).message("en")).isEqualTo("framework [vn-residents-basic@1.0] is not a known framework; known: [digcomp@2.2]");
    assertThat(r.errors().get(0).message("vi")).isEqualTo("khung [vn-residents-basic@1.0] không có trong danh mục; đã biết: [digcomp@2.2]");
  }

  @AfterAll
  static void everyReportedCodeHasAMessageInBothLanguages() {
    assertThat(SEEN).isNotEmpty();
    assertThat(SEEN).allSatisfy(code -> assertThat(Messages.knows(code)).as(code).isTrue());
  }
}
