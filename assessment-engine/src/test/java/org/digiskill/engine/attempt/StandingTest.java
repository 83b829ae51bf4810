package org.digiskill.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;

class StandingTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  private static CompiledAssessment withPolicy(String grading) throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/fixtures/mini-assessment.yaml"))
        + "attempts: {maxAttempts: 3, cooldown: PT24H, grading: " + grading + "}\n";
    Assessment a = Documents.standard().readAssessment(yaml, "mini-retakes.yaml", DocumentFormat.YAML);
    return CompiledAssessment.compile(a, Catalogue.builtIn().residentsBasic());
  }

  /** Three attempts a day apart: 0%, full marks (passed), then one wrong answer (still passed). */
  private static List<Attempt> threeAttempts(CompiledAssessment compiled, TestClock clock) {
    AttemptLifecycle lc = AttemptLifecycle.of(compiled, clock);
    List<Attempt> done = new ArrayList<>();
    List<List<Response>> answers = List.of(List.of(), allRight(), withOneWrong());
    for (int k = 0; k < 3; k++) {
      Attempt a = lc.start("a" + (k + 1), "p-1", 42, 1.0, null, done);
      done.add(lc.submit(a, answers.get(k)));
      clock.advance(Duration.ofHours(25));
    }
    return done;
  }

  static List<Response> allRight() {
    return List.of(new Response.SingleChoice("otp-call", "b"), new Response.TrueFalse("otp-share", false),
        new Response.MultipleChoice("scam-signs", List.of("a", "b")), new Response.TextEntry("city", "Hà Nội"),
        new Response.Numeric("bill", "352,5"), new Response.Ordering("steps", List.of("login", "fill", "submit")),
        new Response.Matching("icons", List.of(new org.digiskill.model.item.Parts.Pair("i1", "vneid"),
            new org.digiskill.model.item.Parts.Pair("i2", "call"))),
        new Response.Hotspot("confirm", List.of(new org.digiskill.model.item.Parts.Point(100, 580))),
        new Response.PracticalTask("activate", List.of(new Response.LoggedStep("open-app", null, null),
            new Response.LoggedStep("enter-code", null, null), new Response.LoggedStep("set-passcode", null, null)),
            Response.StepSource.SIMULATOR, null));
  }

  static List<Response> withOneWrong() {
    List<Response> r = new ArrayList<>(allRight());
    r.set(4, new Response.Numeric("bill", "100"));
    return r;
  }

  @Test
  void highest_countsTheBestAttempt() throws Exception {
    List<Attempt> done = threeAttempts(withPolicy("highest"), new TestClock(T0));
    Standing s = Standing.of(withPolicy("highest").assessment().attempts(), done, withPolicy("highest").assessment().certification());
    assertThat(s.countedAttempt()).isEqualTo("a2");
    assertThat(s.grade()).isEqualTo(100.0);
    assertThat(s.certificateDue()).isTrue();
    assertThat(s.certificateAttempt()).isEqualTo("a2");
    assertThat(s.attemptsUsed()).isEqualTo(3);
    assertThat(s.attemptsLeft()).isZero();
  }

  @Test
  void last_first_average() throws Exception {
    CompiledAssessment c = withPolicy("last");
    List<Attempt> done = threeAttempts(c, new TestClock(T0));
    double third = done.get(2).report().percent();
    Standing last = Standing.of(new AttemptPolicy(3, null, AttemptPolicy.Grading.LAST), done, c.assessment().certification());
    assertThat(last.countedAttempt()).isEqualTo("a3");
    assertThat(last.grade()).isEqualTo(third);
    assertThat(last.certificateDue()).isEqualTo(done.get(2).report().passed());
    Standing first = Standing.of(new AttemptPolicy(3, null, AttemptPolicy.Grading.FIRST), done, c.assessment().certification());
    assertThat(first.countedAttempt()).isEqualTo("a1");
    assertThat(first.grade()).isZero();
    assertThat(first.certificateDue()).isFalse();
    Standing avg = Standing.of(new AttemptPolicy(3, null, AttemptPolicy.Grading.AVERAGE), done, c.assessment().certification());
    assertThat(avg.grade()).isEqualTo((0 + 100 + third) / 3);
    // The mean is below the 70% cut although attempts passed: no certificate.
    assertThat(avg.certificateDue()).isEqualTo((0 + 100 + third) / 3 >= 70);
    assertThat(avg.countedAttempt()).isNull();
  }

  @Test
  void average_dueWhenTheMeanReachesTheCut() throws Exception {
    CompiledAssessment c = withPolicy("average");
    TestClock clock = new TestClock(T0);
    AttemptLifecycle lc = AttemptLifecycle.of(c, clock);
    Attempt a1 = lc.submit(lc.start("a1", "p", 1, 1, null, List.of()), allRight());
    clock.advance(Duration.ofDays(2));
    Attempt a2 = lc.submit(lc.start("a2", "p", 2, 1, null, List.of(a1)), withOneWrong());
    Standing s = Standing.of(c.assessment().attempts(), List.of(a1, a2), c.assessment().certification());
    assertThat(s.certificateDue()).isTrue();
    assertThat(s.certificateAttempt()).isEqualTo(a2.report().passed() ? "a2" : "a1");
  }

  @Test
  void cooldownAndLimit_areEnforcedAtStart() throws Exception {
    CompiledAssessment c = withPolicy("highest");
    TestClock clock = new TestClock(T0);
    AttemptLifecycle lc = AttemptLifecycle.of(c, clock);
    Attempt a1 = lc.submit(lc.start("a1", "p", 1, 1, null, List.of()), List.of());
    clock.advance(Duration.ofHours(23));
    assertThatThrownBy(() -> lc.start("a2", "p", 2, 1, null, List.of(a1))).isInstanceOf(AttemptStateException.class)
        .hasFieldOrPropertyWithValue("code", "attempt.cooldown");
    clock.set(a1.submittedAt().plus(Duration.ofHours(24)));
    Attempt a2 = lc.submit(lc.start("a2", "p", 2, 1, null, List.of(a1)), List.of());
    clock.advance(Duration.ofDays(2));
    Attempt a3 = lc.submit(lc.start("a3", "p", 3, 1, null, List.of(a1, a2)), List.of());
    clock.advance(Duration.ofDays(2));
    assertThatThrownBy(() -> lc.start("a4", "p", 4, 1, null, List.of(a1, a2, a3)))
        .hasFieldOrPropertyWithValue("code", "attempt.limit-reached");
    assertThatThrownBy(() -> lc.start("a1", "p", 4, 1, null, List.of(a1)))
        .hasFieldOrPropertyWithValue("code", "attempt.duplicate-id");
    Standing s = Standing.of(c.assessment().attempts(), List.of(a1, a2, a3), c.assessment().certification());
    assertThat(s.nextStartAt()).isEqualTo(a3.submittedAt().plus(Duration.ofHours(24)));
  }

  @Test
  void noAttempts_noGrade() throws Exception {
    CompiledAssessment c = withPolicy("highest");
    Standing s = Standing.of(c.assessment().attempts(), List.of(), c.assessment().certification());
    assertThat(s.grade()).isNull();
    assertThat(s.certificateDue()).isFalse();
    assertThat(s.attemptsLeft()).isEqualTo(3);
    assertThat(s.nextStartAt()).isNull();
  }
}
