package org.digiskill.engine.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.Decision;
import org.digiskill.engine.scoring.ItemResult;
import org.digiskill.engine.scoring.ItemStatus;
import org.digiskill.engine.scoring.RuleResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.digiskill.model.validation.AssessmentValidator;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample: a bilingual assessment on the residents' framework and a few submissions
 * to it, each telling one story. The quickstart prints these examples, so the expected outcomes
 * asserted here document them.
 */
class SampleContentTest {
  private static final CompetencyFramework FRAMEWORK = Samples.FRAMEWORK;
  private static final Assessment SAMPLE = Samples.ASSESSMENT;
  private static final CompiledAssessment COMPILED = Samples.COMPILED;

  /** Each line's story and its expected decision and percent, in file order. */
  private record Expected(String attemptId, String story, Decision decision, double percent) {}

  private static final List<Expected> EXPECTED = List.of(
      new Expected("att-0001", "clear pass; practical task recorded by the simulator", Decision.PASSED, 98.20),
      new Expected("att-0002", "fail on points, no critical error", Decision.FAILED, 35.14),
      new Expected("att-0003", "high total but read the OTP to the caller", Decision.FAILED, 94.59),
      new Expected("att-0004", "partial credit on several items; task ticked by an assessor", Decision.PASSED, 81.13),
      new Expected("att-0005", "time ran out: everything after the twelfth item unanswered", Decision.FAILED, 43.24),
      new Expected("att-0006", "Vietnamese typed without accents, numbers written the Vietnamese way", Decision.PASSED, 100.00),
      new Expected("att-0007", "good total, no critical error, but weak on online safety", Decision.FAILED, 83.78),
      new Expected("att-0008", "took the simulator's fake-link trap during the payment task", Decision.FAILED, 85.59));


  private static Map<String, ScoreReport> reports() {
    Map<String, ScoreReport> out = new LinkedHashMap<>();
    for (Submission s : Samples.submissions()) {
      out.put(s.attemptId(), COMPILED.score(s));
    }
    return out;
  }

  private static ItemResult item(ScoreReport r, String id) {
    return r.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow();
  }

  private static RuleResult rule(ScoreReport r, String type) {
    return r.rules().stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- the assessment

  @Test
  void sample_isValidForTheResidentsFramework_withoutEvenAWarning() {
    assertThat(SAMPLE.id()).isEqualTo("vn-residents-sample");
    assertThat(SAMPLE.version()).isEqualTo("1.0");
    assertThat(SAMPLE.framework()).isEqualTo(FRAMEWORK.ref());
    assertThat(SAMPLE.languages()).containsExactly("vi", "en");
    assertThat(AssessmentValidator.forFramework(FRAMEWORK).validate(SAMPLE).violations()).isEmpty();
    assertThat(COMPILED.assessment()).isSameAs(SAMPLE);
  }

  @Test
  void bank_has30To40Items_ofEveryKind() {
    assertThat(SAMPLE.items()).hasSizeBetween(30, 40);
    Set<Class<?>> used = new HashSet<>();
    SAMPLE.items().forEach(i -> used.add(i.getClass()));
    assertThat(used).containsExactlyInAnyOrder(Item.class.getPermittedSubclasses());
  }

  @Test
  void bank_coversEveryAreaOfTheFramework() {
    Set<String> areas = new HashSet<>();
    for (Item item : SAMPLE.items()) {
      item.alignments().forEach(a -> areas.add(FRAMEWORK.areaOf(a.competence()).orElseThrow().code()));
    }
    assertThat(areas).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8");
  }

  @Test
  void everyText_isInVietnameseAndEnglish() {
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    texts.put("/title", SAMPLE.title());
    SAMPLE.description().ifPresent(d -> texts.put("/description", d));
    collect("/items", SAMPLE.items(), texts);
    collect("/sections", SAMPLE.sections(), texts);
    collect("/certification", SAMPLE.certification(), texts);
    // Prompts, options, steps, labels, alternatives, units, feedback and rule labels: about 200.
    assertThat(texts).hasSizeGreaterThan(150);
    texts.forEach((path, text) -> {
      assertThat(text.values().keySet()).as(path).containsExactlyInAnyOrder("vi", "en");
      assertThat(text.values().values()).as(path).allSatisfy(t -> assertThat(t).isNotBlank());
    });
    // Natural Vietnamese carries diacritics; every prompt has some.
    for (Item item : SAMPLE.items()) {
      assertThat(item.prompt().exact("vi").orElseThrow()).as(item.id()).matches("(?s).*[^\\x00-\\x7F].*");
    }
  }

  /** Collects every localized text reachable from a model value, by JSON-Pointer-like path. */
  private static void collect(String path, Object value, Map<String, LocalizedText> out) {
    if (value instanceof LocalizedText t) {
      out.put(path, t);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(path, v, out));
    } else if (value instanceof List<?> list) {
      for (int k = 0; k < list.size(); k++) {
        collect(path + "/" + k, list.get(k), out);
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          collect(path + "/" + c.getName(), c.getAccessor().invoke(r), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(path + "/" + c.getName(), e);
        }
      }
    }
  }

  @Test
  void everySeed_deliversAFormOf27Items_worth37TestedPoints() {
    for (long seed = 0; seed < 500; seed++) {
      Form form = COMPILED.deliver(seed);
      assertThat(form.items()).as("seed %d", seed).hasSize(27);
      double tested = 0;
      Map<String, Integer> perSection = new LinkedHashMap<>();
      for (FormItem fi : form.items()) {
        Item item = SAMPLE.item(fi.item()).orElseThrow();
        tested += item.selfReported() ? 0 : item.points();
        perSection.merge(fi.section(), 1, Integer::sum);
      }
      assertThat(tested).as("seed %d", seed).isEqualTo(37.0);
      assertThat(perSection).as("seed %d", seed)
          .containsExactly(Map.entry("co-ban", 17), Map.entry("mo-rong", 3), Map.entry("an-toan", 4),
              Map.entry("thuc-hanh", 1), Map.entry("tu-danh-gia", 2));
      assertThat(form.item("otp-cuoc-goi")).as("the scam call is on every form").isPresent();
    }
  }

  // ---------------------------------------------------------------- the submissions

  @Test
  void everySubmissionLine_readsAndScores_withoutAnInvalidResponse() {
    List<Submission> subs = Samples.submissions();
    assertThat(subs).hasSizeBetween(6, 10);
    for (Submission s : subs) {
      ScoreReport r = COMPILED.score(s);
      assertThat(r.maxPoints()).as(s.attemptId()).isEqualTo(37.0);
      assertThat(r.items()).as(s.attemptId()).noneMatch(i -> i.status() == ItemStatus.INVALID);
    }
  }

  @Test
  void submissions_carryPseudonymsOnly() {
    for (Submission s : Samples.submissions()) {
      assertThat(s.candidate()).as(s.attemptId()).matches("p-[0-9a-f]{6}");
      assertThat(s.assessment().id()).isEqualTo(SAMPLE.id());
      assertThat(s.startedAt()).isBefore(s.submittedAt());
      assertThat(s.responses()).filteredOn(r -> r instanceof Response.PracticalTask)
          .allSatisfy(r -> {
            Response.PracticalTask t = (Response.PracticalTask) r;
            if (t.source() == Response.StepSource.ASSESSOR) {
              assertThat(t.observer()).startsWith("obs-");
            } else {
              assertThat(t.observer()).isNull();
            }
          });
    }
  }

  @Test
  void eachLine_hasItsDocumentedDecisionAndPercent() {
    Map<String, ScoreReport> reports = reports();
    assertThat(reports.keySet()).containsExactlyElementsOf(EXPECTED.stream().map(Expected::attemptId).toList());
    for (Expected e : EXPECTED) {
      ScoreReport r = reports.get(e.attemptId());
      assertThat(r.decision()).as("%s: %s", e.attemptId(), e.story()).isEqualTo(e.decision());
      assertThat(r.percent()).as("%s: %s", e.attemptId(), e.story()).isCloseTo(e.percent(), within(0.01));
      assertThat(r.validUntil() != null).as(e.attemptId() + " has a validity only when passed").isEqualTo(r.passed());
    }
  }

  @Test
  void clearPass_passesEveryRule_andIsValidForTwoYears() {
    ScoreReport r = reports().get("att-0001");
    assertThat(r.rules()).allMatch(RuleResult::passed);
    assertThat(r.criticalErrors()).isEmpty();
    assertThat(r.competence("8.1").orElseThrow().level()).isEqualTo("2");
    assertThat(r.validUntil()).hasToString("2028-11-24T08:26:45Z");
    assertThat(item(r, "tt-thanh-toan-dien").status()).isEqualTo(ItemStatus.CORRECT);
  }

  @Test
  void failOnPoints_failsTheOverallCut_withoutAnyCriticalError() {
    ScoreReport r = reports().get("att-0002");
    assertThat(rule(r, "overall").passed()).isFalse();
    assertThat(rule(r, "no-critical-error").passed()).isTrue();
    assertThat(r.criticalErrors()).isEmpty();
    // Confirmed the payment without checking payee and amount first: only the scan counts.
    assertThat(item(r, "tt-thanh-toan-dien").points()).isEqualTo(1.0);
  }

  @Test
  void readingTheOtpToTheCaller_failsCertification_despiteAHighTotal() {
    ScoreReport r = reports().get("att-0003");
    assertThat(r.percent()).isGreaterThan(90);
    assertThat(r.criticalErrors()).containsExactly("otp-cuoc-goi:doc-otp");
    assertThat(rule(r, "overall").passed()).isTrue();
    assertThat(rule(r, "no-critical-error").passed()).isFalse();
    assertThat(rule(r, "group").passed()).isTrue();
    assertThat(r.validUntil()).isNull();
  }

  @Test
  void partialAnswers_earnPartialCredit_andStillPass() {
    ScoreReport r = reports().get("att-0004");
    List<ItemResult> partial = r.items().stream()
        .filter(i -> !i.selfReported() && i.status() == ItemStatus.PARTIAL).toList();
    assertThat(partial).extracting(ItemResult::item).containsExactlyInAnyOrder(
        "tin-gia-dau-hieu", "nop-ho-so", "kich-hoat-vneid", "trang-thai-ho-so", "noi-ung-dung",
        "cap-nhat-ung-dung", "kiem-tra-nguoi-nhan", "tt-kich-hoat-vneid");
    assertThat(item(r, "nop-ho-so").reason()).isEqualTo("partial.adjacent-pairs");
    assertThat(item(r, "nop-ho-so").points()).isCloseTo(0.8, within(1e-9));
    assertThat(item(r, "trang-thai-ho-so").reason()).isEqualTo("partial.per-pair");
    assertThat(item(r, "kiem-tra-nguoi-nhan").reason()).isEqualTo("partial.right-minus-wrong");
    // The assessor did not see the passcode being set: 4 of 5 steps.
    assertThat(item(r, "tt-kich-hoat-vneid").reason()).isEqualTo("partial.per-step");
    assertThat(item(r, "tt-kich-hoat-vneid").points()).isEqualTo(4.0);
    assertThat(r.passed()).isTrue();
  }

  @Test
  void unansweredStretch_isScoredAsUnanswered() {
    ScoreReport r = reports().get("att-0005");
    List<ItemResult> unanswered = r.items().stream().filter(i -> i.status() == ItemStatus.UNANSWERED).toList();
    assertThat(unanswered).hasSize(15);
    // The unanswered items are the last fifteen of the form, in form order.
    assertThat(r.items().subList(12, 27)).containsExactlyElementsOf(unanswered);
    assertThat(rule(r, "group").passed()).isFalse();
  }

  @Test
  void textTypedWithoutAccents_andVietnameseNumbers_areAccepted() {
    ScoreReport r = reports().get("att-0006");
    assertThat(item(r, "ma-ho-so").status()).as("'ma ho so' for 'mã hồ sơ'").isEqualTo(ItemStatus.CORRECT);
    assertThat(item(r, "ten-mien-gov").status()).as("' GOV.VN '").isEqualTo(ItemStatus.CORRECT);
    // One dot is read as a decimal point (352.5), but 352.500 is also read the Vietnamese way.
    assertThat(item(r, "tien-dien").status()).as("'352.500' đồng").isEqualTo(ItemStatus.CORRECT);
    assertThat(item(r, "duong-huyet").status()).as("'5,6' mmol/L").isEqualTo(ItemStatus.CORRECT);
    assertThat(r.passed()).isTrue();
  }

  @Test
  void weakOnSafety_failsTheSafetyGroup_despiteAGoodTotal() {
    ScoreReport r = reports().get("att-0007");
    assertThat(rule(r, "overall").passed()).isTrue();
    assertThat(rule(r, "no-critical-error").passed()).isTrue();
    RuleResult group = rule(r, "group");
    assertThat(group.passed()).isFalse();
    assertThat(group.rules()).extracting(RuleResult::type, RuleResult::passed)
        .containsExactly(tuple("area-minimum", false), tuple("competence-level", false));
    assertThat(r.competence("8.1").orElseThrow().level()).isNull();
  }

  @Test
  void forbiddenStepInThePracticalTask_isACriticalError() {
    ScoreReport r = reports().get("att-0008");
    assertThat(r.criticalErrors()).containsExactly("tt-thanh-toan-dien:nhap-otp-link");
    assertThat(item(r, "tt-thanh-toan-dien").reason()).isEqualTo("task.forbidden-step");
    assertThat(item(r, "tt-thanh-toan-dien").points()).isZero();
    assertThat(rule(r, "overall").passed()).isTrue();
  }

  @Test
  void practicalTasks_areLoggedBothBySimulatorAndByAssessor() {
    Set<Response.StepSource> sources = new HashSet<>();
    for (Submission s : Samples.submissions()) {
      s.responses().stream().filter(r -> r instanceof Response.PracticalTask)
          .forEach(r -> sources.add(((Response.PracticalTask) r).source()));
    }
    assertThat(sources).containsExactlyInAnyOrder(Response.StepSource.SIMULATOR, Response.StepSource.ASSESSOR);
  }
}
