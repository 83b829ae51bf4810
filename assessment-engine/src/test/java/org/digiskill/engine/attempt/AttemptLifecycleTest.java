package org.digiskill.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.engine.scoring.ItemStatus;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DigiskillModule;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;

class AttemptLifecycleTest {
  static final Assessment MINI = Documents.standard().readAssessment(Path.of("src/test/resources/fixtures/mini-assessment.yaml"));
  static final CompiledAssessment COMPILED = CompiledAssessment.compile(MINI, Catalogue.builtIn().residentsBasic());
  static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  static final Duration LIMIT = Duration.ofMinutes(10);

  private final TestClock clock = new TestClock(T0);
  private final AttemptLifecycle lifecycle = AttemptLifecycle.of(COMPILED, clock).withGrace(Duration.ofSeconds(30));

  private static final Response OTP_RIGHT = new Response.SingleChoice("otp-call", "b");
  private static final Response OTP_WRONG = new Response.SingleChoice("otp-call", "c");

  private static ItemStatus status(Attempt a, String item) {
    return a.report().items().stream().filter(i -> i.item().equals(item)).findFirst().orElseThrow().status();
  }

  @Test
  void start_setsTheDeadlineFromTheTimeLimit_andDeliversTheSeedsForm() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    assertThat(a.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    assertThat(a.deadline()).isEqualTo(T0.plus(LIMIT));
    assertThat(a.form()).isEqualTo(COMPILED.deliver(42));
    assertThat(a.fingerprint()).isEqualTo(COMPILED.fingerprint());
    assertThat(lifecycle.timeLeft(a)).contains(LIMIT);
  }

  @Test
  void accommodation_stretchesTheDeadline() {
    Attempt a = lifecycle.start("a1", "p-1", 42, 1.5, null, List.of());
    assertThat(a.deadline()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(a.extraTimeFactor()).isEqualTo(1.5);
    clock.advance(Duration.ofMinutes(14));
    a = lifecycle.save(a, OTP_RIGHT);
    assertThat(a.late()).isEmpty();
    assertThatThrownBy(() -> lifecycle.start("a2", "p-1", 1, 0.5, null, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void save_exactlyAtTheDeadline_counts() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    clock.set(T0.plus(LIMIT));
    a = lifecycle.save(a, OTP_RIGHT);
    assertThat(a.responses()).hasSize(1);
    assertThat(lifecycle.timeLeft(a)).contains(Duration.ZERO);
  }

  @Test
  void save_withinGrace_counts_afterGrace_isKeptButNotCounted() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    clock.set(T0.plus(LIMIT).plusSeconds(30));
    a = lifecycle.save(a, OTP_RIGHT);
    assertThat(a.responses()).hasSize(1);
    clock.set(T0.plus(LIMIT).plusSeconds(31));
    a = lifecycle.save(a, new Response.TrueFalse("otp-share", false));
    assertThat(a.late()).extracting(s -> s.response().item()).containsExactly("otp-share");
    a = lifecycle.submit(a);
    assertThat(a.report().notCounted()).containsExactly("otp-share");
    assertThat(status(a, "otp-share")).isEqualTo(ItemStatus.UNANSWERED);
    assertThat(status(a, "otp-call")).isEqualTo(ItemStatus.CORRECT);
  }

  @Test
  void expire_onlyAfterDeadlineAndGrace_scoresWhatCameInTime() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    a = lifecycle.save(a, OTP_RIGHT);
    clock.set(T0.plus(LIMIT).plusSeconds(30));
    Attempt early = a;
    assertThatThrownBy(() -> lifecycle.expire(early)).isInstanceOf(AttemptStateException.class)
        .hasFieldOrPropertyWithValue("code", "attempt.not-expired");
    clock.advance(Duration.ofMillis(1));
    Attempt expired = lifecycle.expire(a);
    assertThat(expired.status()).isEqualTo(AttemptStatus.EXPIRED);
    // It ended when time and grace ran out, not when the expiry job happened to run.
    assertThat(expired.submittedAt()).isEqualTo(T0.plus(LIMIT).plusSeconds(30));
    assertThat(status(expired, "otp-call")).isEqualTo(ItemStatus.CORRECT);
    assertThat(lifecycle.expire(expired)).isSameAs(expired);
  }

  @Test
  void saveAgain_replacesTheAnswer_partialSavesCountIfLast() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    a = lifecycle.savePartial(a, new Response.TextEntry("city", "Hà N"));
    a = lifecycle.save(a, OTP_WRONG);
    a = lifecycle.save(a, OTP_RIGHT);
    assertThat(a.responses()).extracting(s -> s.response().item()).containsExactly("city", "otp-call");
    assertThat(a.responses().get(0).partial()).isTrue();
    a = lifecycle.submit(a);
    assertThat(status(a, "otp-call")).isEqualTo(ItemStatus.CORRECT);
    assertThat(status(a, "city")).isEqualTo(ItemStatus.INCORRECT);
  }

  @Test
  void submit_twiceWithTheSameContent_givesTheSameReport() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    Attempt submitted = lifecycle.submit(a, List.of(OTP_RIGHT));
    clock.advance(Duration.ofMinutes(1));
    assertThat(lifecycle.submit(submitted, List.of(OTP_RIGHT))).isEqualTo(submitted);
    assertThat(lifecycle.submit(submitted)).isEqualTo(submitted);
  }

  @Test
  void submit_differentContentAfterSubmission_isAConflict_andNothingIsLost() {
    Attempt submitted = lifecycle.submit(lifecycle.start("a1", "p-1", 42), List.of(OTP_RIGHT));
    assertThatThrownBy(() -> lifecycle.submit(submitted, List.of(OTP_WRONG))).isInstanceOf(AttemptStateException.class)
        .hasFieldOrPropertyWithValue("code", "attempt.conflict");
    assertThatThrownBy(() -> lifecycle.save(submitted, OTP_WRONG)).hasFieldOrPropertyWithValue("code", "attempt.finished");
    assertThat(submitted.responses()).extracting(SavedResponse::response).containsExactly(OTP_RIGHT);
  }

  @Test
  void save_itemNotOnTheForm_orAnotherVersion_isRefused() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    assertThatThrownBy(() -> lifecycle.save(a, new Response.SingleChoice("nope", "a")))
        .hasFieldOrPropertyWithValue("code", "attempt.not-on-form");
    Attempt other = new Attempt(a.attemptId(), a.candidate(), a.assessmentId(), "9.9", a.fingerprint(), a.seed(), a.form(),
        a.status(), a.startedAt(), a.deadline(), 1, null, List.of(), List.of(), null, null);
    assertThatThrownBy(() -> lifecycle.save(other, OTP_RIGHT)).hasFieldOrPropertyWithValue("code", "attempt.wrong-assessment");
  }

  @Test
  void attempt_roundTripsThroughJson_andContinuesTheSame() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DigiskillModule());
    Attempt a = lifecycle.savePartial(lifecycle.start("a1", "p-1", 42, 1.5, null, List.of()), new Response.TextEntry("city", "Ha"));
    String json = Documents.standard().writeJsonLine(a);
    Attempt back = mapper.readValue(json, Attempt.class);
    assertThat(back).isEqualTo(a);
    assertThat(Documents.standard().readValue(json, Attempt.class, "attempt.json")).isEqualTo(a);
    assertThatThrownBy(() -> Documents.standard().readValue(json.replace("\"seed\"", "\"sead\""), Attempt.class, "attempt.json"))
        .hasFieldOrPropertyWithValue("code", "document.unknown-property");
    clock.advance(Duration.ofMinutes(2));
    assertThat(lifecycle.submit(back, List.of(OTP_RIGHT))).isEqualTo(lifecycle.submit(a, List.of(OTP_RIGHT)));
  }

  @Test
  void offlineForm_matchingIsAccepted_tamperedIsRejected() {
    Form shown = COMPILED.deliver(42);
    lifecycle.verifyOfflineForm(42, shown);
    List<FormItem> items = new ArrayList<>(shown.items());
    FormItem first = items.get(1);
    List<String> reordered = new ArrayList<>(first.optionOrder());
    java.util.Collections.reverse(reordered);
    items.set(1, new FormItem(first.item(), first.section(), reordered));
    Form tampered = new Form(shown.assessmentId(), shown.assessmentVersion(), 42, items);
    assertThatThrownBy(() -> lifecycle.verifyOfflineForm(42, tampered)).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.form-mismatch")
        .hasFieldOrPropertyWithValue("path", "/items/1/optionOrder");
    assertThatThrownBy(() -> lifecycle.verifyOfflineForm(43, shown)).hasFieldOrPropertyWithValue("path", "/seed");
    Form swapped = COMPILED.deliver(7);
    assertThatThrownBy(() -> lifecycle.verifyOfflineForm(42, new Form(shown.assessmentId(), shown.assessmentVersion(), 42, swapped.items())))
        .hasFieldOrPropertyWithValue("code", "submission.form-mismatch");
  }

  @Test
  void lateSubmit_retried_isNotAConflict_andLateAnswersAreListed() {
    Attempt a = lifecycle.save(lifecycle.start("a1", "p-1", 42), OTP_RIGHT);
    clock.set(T0.plus(LIMIT).plusSeconds(31));
    List<Response> fin = List.of(OTP_RIGHT, new Response.TrueFalse("otp-share", false));
    Attempt submitted = lifecycle.submit(a, fin);
    // otp-call's late copy equals the counted answer: only otp-share is "not counted".
    assertThat(submitted.report().notCounted()).containsExactly("otp-share");
    assertThat(submitted.responses()).hasSize(1);
    assertThat(lifecycle.submit(submitted, fin)).isEqualTo(submitted);
  }

  @Test
  void submitAfterExpiry_keepsTheLateAnswersWithoutChangingTheScore() {
    Attempt a = lifecycle.save(lifecycle.start("a1", "p-1", 42), OTP_RIGHT);
    clock.set(T0.plus(LIMIT).plusSeconds(40));
    Attempt expired = lifecycle.expire(a);
    List<Response> fin = List.of(OTP_RIGHT, new Response.TrueFalse("otp-share", false));
    Attempt after = lifecycle.submit(expired, fin);
    assertThat(after.status()).isEqualTo(AttemptStatus.EXPIRED);
    assertThat(after.report().points()).isEqualTo(expired.report().points());
    assertThat(after.report().notCounted()).containsExactly("otp-share");
    assertThat(lifecycle.submit(after, fin)).isEqualTo(after);
  }

  @Test
  void retriedSave_keepsTheFirstAcceptanceTime() {
    Attempt a = lifecycle.save(lifecycle.start("a1", "p-1", 42), OTP_RIGHT);
    clock.advance(Duration.ofSeconds(5));
    assertThat(lifecycle.save(a, OTP_RIGHT)).isSameAs(a);
  }

  @Test
  void start_whileAnotherAttemptIsInProgress_isRefused_andFingerprintsMustMatch() {
    Attempt a = lifecycle.start("a1", "p-1", 42);
    assertThatThrownBy(() -> lifecycle.start("a2", "p-1", 43, 1, null, List.of(a)))
        .hasFieldOrPropertyWithValue("code", "attempt.in-progress");
    Attempt forged = new Attempt(a.attemptId(), a.candidate(), a.assessmentId(), a.assessmentVersion(), "0".repeat(64), a.seed(),
        a.form(), a.status(), a.startedAt(), a.deadline(), 1, null, List.of(), List.of(), null, null);
    assertThatThrownBy(() -> lifecycle.save(forged, OTP_RIGHT)).hasFieldOrPropertyWithValue("code", "attempt.wrong-assessment");
    assertThat(lifecycle.standing(List.of(lifecycle.submit(a))).attemptsUsed()).isEqualTo(1);
  }
}
