package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.scoring.Fixtures.COMPILED;
import static org.digiskill.engine.scoring.Fixtures.allCorrect;
import static org.digiskill.engine.scoring.Fixtures.allWrong;
import static org.digiskill.engine.scoring.Fixtures.replace;
import static org.digiskill.engine.scoring.Fixtures.submission;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.delivery.Form;
import org.digiskill.model.item.Parts;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;

class CompiledAssessmentTest {

  private static ItemResult item(ScoreReport r, String id) {
    return r.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow();
  }

  private static ScoreReport score(List<Response> responses) {
    return COMPILED.score(submission(7, responses));
  }

  private static ScoreReport with(Response... changes) {
    List<Response> rs = allCorrect();
    for (Response r : changes) {
      replace(rs, r);
    }
    return score(rs);
  }

  @Test
  void allCorrect_passesWithFullPointsAndLevels() {
    ScoreReport r = score(allCorrect());
    assertThat(r.decision()).isEqualTo(Decision.PASSED);
    assertThat(r.points()).isEqualTo(r.maxPoints()).isEqualTo(12.0);
    assertThat(r.percent()).isEqualTo(100.0);
    assertThat(r.items()).hasSize(10).filteredOn(i -> !i.selfReported()).allMatch(i -> i.status() == ItemStatus.CORRECT);
    assertThat(r.competence("8.1").orElseThrow().level()).isEqualTo("2");
    assertThat(r.competence("6.1").orElseThrow().selfReportedLevel()).isEqualTo("2");
    assertThat(r.criticalErrors()).isEmpty();
    assertThat(r.validUntil()).hasToString("2028-11-24T09:20:00Z");
    assertThat(r.fingerprint()).hasSize(64).isEqualTo(COMPILED.fingerprint());
    assertThat(r.libraryVersion()).isNotBlank().isNotEqualTo("unknown");
  }

  @Test
  void details_readFromEightThreadsAtOnce_areThoseOfAFreshReport() throws Exception {
    // Details are written on first read by scoring the response again; a shared report read from
    // many threads at once must give every thread the text a report read by one thread gives.
    List<Response> rs = allWrong();
    List<String> expected = score(rs).items().stream().map(ItemResult::detail).toList();
    assertThat(expected).doesNotContainNull().contains("chose [c]: not fully correct, 0 points");
    for (int round = 0; round < 50; round++) {
      ScoreReport shared = score(rs);
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<List<String>>> seen = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          seen.add(pool.submit(() -> {
            start.await();
            return shared.items().stream().map(ItemResult::detail).toList();
          }));
        }
        for (java.util.concurrent.Future<List<String>> f : seen) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void allWrong_failsWithZeroAndNoLevels() {
    ScoreReport r = score(allWrong());
    assertThat(r.decision()).isEqualTo(Decision.FAILED);
    assertThat(r.points()).isZero();
    assertThat(r.competences()).allMatch(c -> c.level() == null);
    assertThat(r.rules()).extracting(RuleResult::type, RuleResult::passed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("overall", false), org.assertj.core.groups.Tuple.tuple("no-critical-error", false),
            org.assertj.core.groups.Tuple.tuple("group", false));
    // "true" is the critical wrong answer of otp-share.
    assertThat(r.criticalErrors()).containsExactly("otp-share:true");
    assertThat(r.validUntil()).isNull();
  }

  @Test
  void criticalChoice_failsWhateverTheTotal_andSaysWhy() {
    ScoreReport r = with(new Response.SingleChoice("otp-call", "a"));
    assertThat(r.percent()).isGreaterThan(80);
    assertThat(r.decision()).isEqualTo(Decision.FAILED);
    assertThat(r.criticalErrors()).containsExactly("otp-call:a");
    RuleResult rule = r.rules().get(1);
    assertThat(rule.passed()).isFalse();
    assertThat(rule.detail()).isEqualTo("critical errors: [otp-call:a]");
  }

  @Test
  void criticalTrueFalseRegionAndForbiddenStep_areReported() {
    ScoreReport r = with(new Response.TrueFalse("otp-share", true), new Response.Hotspot("confirm", List.of(new Parts.Point(180, 200))),
        new Response.PracticalTask("activate", List.of(new Response.LoggedStep("open-app", null, null), new Response.LoggedStep("share-code", null, null)),
            Response.StepSource.SIMULATOR, null));
    assertThat(r.criticalErrors()).containsExactlyInAnyOrder("otp-share:true", "confirm:ad", "activate:share-code");
    assertThat(item(r, "activate").points()).isZero();
    assertThat(item(r, "activate").reason()).isEqualTo("task.forbidden-step");
  }

  @Test
  void multipleChoice_rightMinusWrong() {
    ScoreReport r = with(new Response.MultipleChoice("scam-signs", List.of("a", "c")));
    assertThat(item(r, "scam-signs").points()).isZero();
    assertThat(item(r, "scam-signs").detail()).startsWith("(1 right − 1 wrong) / 2 correct");
    ScoreReport half = with(new Response.MultipleChoice("scam-signs", List.of("a")));
    assertThat(item(half, "scam-signs").points()).isEqualTo(0.5);
    assertThat(item(half, "scam-signs").status()).isEqualTo(ItemStatus.PARTIAL);
  }

  @Test
  void ordering_adjacentPairs() {
    ScoreReport r = with(new Response.Ordering("steps", List.of("fill", "submit", "login")));
    assertThat(item(r, "steps").points()).isEqualTo(0.5);
    assertThat(item(r, "steps").detail()).startsWith("1 of 2 adjacent pairs in order");
  }

  @Test
  void matching_perPair() {
    ScoreReport r = with(new Response.Matching("icons", List.of(new Parts.Pair("i1", "vneid"))));
    assertThat(item(r, "icons").points()).isEqualTo(0.5);
  }

  @Test
  void practicalTask_perStepAndOrder() {
    ScoreReport r = with(new Response.PracticalTask("activate",
        List.of(new Response.LoggedStep("enter-code", null, null), new Response.LoggedStep("open-app", null, null)),
        Response.StepSource.SIMULATOR, null));
    // enter-code before open-app breaks the order constraint: only open-app counts.
    assertThat(item(r, "activate").points()).isEqualTo(1.0);
    ScoreReport noObserver = with(new Response.PracticalTask("activate", List.of(new Response.LoggedStep("open-app", null, null)),
        Response.StepSource.ASSESSOR, null));
    assertThat(item(noObserver, "activate").status()).isEqualTo(ItemStatus.INVALID);
    assertThat(item(noObserver, "activate").reason()).isEqualTo("response.missing-observer");
  }

  @Test
  void textEntry_vietnameseMatching() {
    for (String typed : List.of("Hà Nội", "hà nội", "Ha Noi", "  HA   NOI ", "Hà Nội")) {
      assertThat(item(with(new Response.TextEntry("city", typed)), "city").status()).as(typed).isEqualTo(ItemStatus.CORRECT);
    }
    assertThat(item(with(new Response.TextEntry("city", "Hanoi city")), "city").status()).isEqualTo(ItemStatus.INCORRECT);
    assertThat(item(with(new Response.TextEntry("city", "x".repeat(201))), "city").reason()).isEqualTo("response.too-long");
  }

  @Test
  void numeric_decimalCommaToleranceAndGarbage() {
    assertThat(item(with(new Response.Numeric("bill", "352,5")), "bill").status()).isEqualTo(ItemStatus.CORRECT);
    assertThat(item(with(new Response.Numeric("bill", "352,5")), "bill").detail())
        .isEqualTo("read [352,5] as 352.5 against 352.5 ± 0.5: fully correct, 1 points");
    assertThat(item(with(new Response.Numeric("bill", "352.9")), "bill").status()).isEqualTo(ItemStatus.CORRECT);
    assertThat(item(with(new Response.Numeric("bill", "353,1")), "bill").status()).isEqualTo(ItemStatus.INCORRECT);
    ItemResult garbage = item(with(new Response.Numeric("bill", "ba trăm")), "bill");
    assertThat(garbage.status()).isEqualTo(ItemStatus.INVALID);
    assertThat(garbage.reason()).isEqualTo("response.not-a-number");
  }

  @Test
  void hotspot_edgesCountInside_andStrayTapsAreWrong() {
    assertThat(item(with(new Response.Hotspot("confirm", List.of(new Parts.Point(40, 560)))), "confirm").status()).isEqualTo(ItemStatus.CORRECT);
    assertThat(item(with(new Response.Hotspot("confirm", List.of(new Parts.Point(39.9, 560)))), "confirm").status()).isEqualTo(ItemStatus.INCORRECT);
    assertThat(item(with(new Response.Hotspot("confirm", List.of(new Parts.Point(50, 570), new Parts.Point(1, 1)))), "confirm").reason())
        .isEqualTo("response.too-many-taps");
  }

  @Test
  void badResponses_areInvalidItemsWithReasons() {
    assertThat(item(with(new Response.SingleChoice("otp-call", "z")), "otp-call").reason()).isEqualTo("response.unknown-choice");
    assertThat(item(with(new Response.SingleChoice("otp-call", "z")), "otp-call").detail()).isEqualTo("expected a choice id in [a, b, c] but was [z]");
    assertThat(item(with(new Response.TextEntry("otp-call", "b")), "otp-call").reason()).isEqualTo("response.wrong-type");
    assertThat(item(with(new Response.Ordering("steps", List.of("login", "login", "fill"))), "steps").reason()).isEqualTo("response.not-a-permutation");
    assertThat(item(with(new Response.Likert("self-qr", "maybe")), "self-qr").status()).isEqualTo(ItemStatus.INVALID);
    assertThat(item(with(new Response.Likert("self-qr", "help")), "self-qr").status()).isEqualTo(ItemStatus.REPORTED);
  }

  @Test
  void unanswered_itemsScoreZero() {
    List<Response> rs = new ArrayList<>(allCorrect());
    rs.removeIf(r -> r.item().equals("bill"));
    ScoreReport r = score(rs);
    assertThat(item(r, "bill").status()).isEqualTo(ItemStatus.UNANSWERED);
    assertThat(r.points()).isEqualTo(11.0);
  }

  @Test
  void badSubmissions_areRefusedWithStableCodes() {
    Submission other = new Submission("a", new Submission.AssessmentRef("mini-safety", "2.0"), "c", 1, null, null, null, List.of());
    assertThatThrownBy(() -> COMPILED.score(other)).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.assessment-mismatch")
        .hasMessage("expected a submission for [mini-safety@1.0] but was [mini-safety@2.0]");
    List<Response> unknown = allCorrect();
    unknown.add(new Response.SingleChoice("nope", "a"));
    assertThatThrownBy(() -> score(unknown)).hasFieldOrPropertyWithValue("code", "submission.unknown-item")
        .hasFieldOrPropertyWithValue("path", "/responses/10/item");
    List<Response> twice = allCorrect();
    twice.add(new Response.SingleChoice("otp-call", "b"));
    assertThatThrownBy(() -> score(twice)).hasFieldOrPropertyWithValue("code", "submission.duplicate-response");
  }

  @Test
  void deliver_sameSeedSameForm_pinnedChoiceStaysLast() {
    Form a = COMPILED.deliver(11);
    assertThat(COMPILED.deliver(11)).isEqualTo(a);
    assertThat(a.items()).hasSize(10);
    for (long seed = 0; seed < 50; seed++) {
      List<String> order = COMPILED.deliver(seed).item("otp-call").orElseThrow().optionOrder();
      assertThat(order).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(order.get(2)).isEqualTo("c");
    }
  }

  @Test
  void deliver_isPinnedToTheDocumentedAlgorithm() {
    // Golden form: changing the algorithm changes every form already delivered (docs/delivery.md).
    Form f = COMPILED.deliver(42);
    assertThat(f.items()).extracting(fi -> fi.item()).containsExactly(
        "bill", "scam-signs", "self-qr", "confirm", "otp-call", "steps", "icons", "otp-share", "city", "activate");
    assertThat(f.item("scam-signs").orElseThrow().optionOrder()).containsExactly("b", "a", "c");
    assertThat(f.item("steps").orElseThrow().optionOrder()).containsExactly("fill", "submit", "login");
    assertThat(f.item("icons").orElseThrow().optionOrder()).containsExactly("vneid", "call");
    assertThat(new org.digiskill.engine.delivery.SplitMix64(0).nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
  }
}
