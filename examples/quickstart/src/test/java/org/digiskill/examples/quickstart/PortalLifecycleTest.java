package org.digiskill.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.digiskill.engine.attempt.Attempt;
import org.digiskill.engine.attempt.AttemptLifecycle;
import org.digiskill.engine.attempt.AttemptStatus;
import org.digiskill.engine.attempt.SavedResponse;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.engine.scoring.ItemResult;
import org.digiskill.engine.scoring.ItemStatus;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalLifecycleTest {
  private static final Instant T0 = PortalLifecycle.T0;
  private static PortalLifecycle.Outcome outcome;
  private static String printed;

  @BeforeAll
  static void runTheRecipe() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    outcome = PortalLifecycle.run(new PortalLifecycle.ManualClock(T0), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_printsEveryStep() {
    assertThat(printed).contains(
        "assessment vn-residents-sample@1.0-retakes, time limit 30:00, grace 1:00",
        "1. started att-0001: 27 items, deadline 2025-03-03T01:45:00Z (× 1.5), time left 45:00 (a phone 3 minutes fast would show 42:00)",
        "5. submitted again with the same answers: the same attempt back (true)",
        "6. other answers for a submitted attempt: attempt.conflict; a late save: attempt.finished",
        "7. retake at 2025-03-03T01:30:00Z: attempt.cooldown, next start at 2025-03-03T02:20:00Z",
        "9. saved 2 answers, the second 30 s after the deadline; time left 0:00; expire: attempt.not-expired",
        "10. offline form checked (a reordered one: submission.form-mismatch); expired, not counted: [",
        "11. third attempt: attempt.limit-reached; standing (highest): 2 used, 0 left");
  }

  @Test
  void timeLeft_followsTheServerClock_withTheAccommodation() {
    // PT30M × 1.5; the grace period is never shown.
    assertThat(outcome.leftAtStart()).isEqualTo(Duration.ofMinutes(45));
    assertThat(outcome.phoneWouldShow()).isEqualTo(Duration.ofMinutes(42));
    assertThat(outcome.leftAfterTenMinutes()).isEqualTo(Duration.ofMinutes(35));
    assertThat(outcome.leftInGrace()).isEqualTo(Duration.ZERO);
    assertThat(outcome.submitted().deadline()).isEqualTo(T0.plus(Duration.ofMinutes(45)));
    assertThat(outcome.submitted().extraTimeFactor()).isEqualTo(1.5);
  }

  @Test
  void store_roundTripsEveryAttemptThroughJson() {
    assertThat(outcome.reloadedEqual()).isTrue();
    assertThat(outcome.db()).containsOnlyKeys("att-0001", "att-0002");
    Documents docs = Documents.standard();
    for (String json : outcome.db().values()) {
      Attempt a = PortalLifecycle.readAttempt(json);
      assertThat(docs.writeJsonLine(a)).isEqualTo(json);
      // Pretty JSON, as Documents.writeAny writes it, reads back equal too.
      assertThat(PortalLifecycle.readAttempt(docs.writeAny(a, DocumentFormat.JSON))).isEqualTo(a);
    }
    Attempt submitted = outcome.submitted();
    assertThat(PortalLifecycle.readAttempt(docs.writeJsonLine(submitted))).isEqualTo(submitted);
    assertThat(PortalLifecycle.load(outcome.db(), "att-0001")).isEqualTo(submitted);
  }

  @Test
  void save_partialThenFinal_keepsTheLatestAnswerPerItem() {
    Attempt a = outcome.submitted();
    assertThat(a.responses()).hasSize(7).noneMatch(SavedResponse::partial);
    // The final answers sent with the submit request equal those saved earlier: the first
    // acceptance and its time stand.
    assertThat(a.responses()).allMatch(r -> r.savedAt().isBefore(a.submittedAt()));
    assertThat(a.late()).isEmpty();
  }

  @Test
  void submit_again_withTheSameAnswers_returnsAnEqualAttempt() {
    Attempt submitted = outcome.submitted();
    assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);
    assertThat(submitted.submittedAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(submitted.report()).isNotNull();
    assertThat(submitted.report().notCounted()).isEmpty();
    assertThat(outcome.resubmitted()).isEqualTo(submitted);
    assertThat(outcome.resubmitted().report()).isEqualTo(submitted.report());
  }

  @Test
  void submit_again_withOtherAnswers_isAConflict_andChangesNothing() {
    assertThat(outcome.conflictCode()).isEqualTo("attempt.conflict");
    assertThat(outcome.finishedCode()).isEqualTo("attempt.finished");
    assertThat(PortalLifecycle.load(outcome.db(), "att-0001")).isEqualTo(outcome.submitted());
  }

  @Test
  void save_afterDeadlineAndGrace_isKeptButNotCounted() {
    Attempt expired = outcome.expired();
    assertThat(outcome.notExpiredCode()).isEqualTo("attempt.not-expired");
    assertThat(expired.status()).isEqualTo(AttemptStatus.EXPIRED);
    assertThat(expired.responses()).hasSize(2); // one in time, one within the grace period
    assertThat(expired.late()).hasSize(1);
    String lateItem = expired.late().get(0).response().item();
    assertThat(expired.responses()).noneMatch(s -> s.response().item().equals(lateItem));
    assertThat(expired.report().notCounted()).containsExactly(lateItem);
    ItemResult result = expired.report().items().stream().filter(i -> i.item().equals(lateItem)).findFirst().orElseThrow();
    assertThat(result.status()).isEqualTo(ItemStatus.UNANSWERED);
    assertThat(PortalLifecycle.load(outcome.db(), "att-0002")).isEqualTo(expired);
  }

  @Test
  void offlineForm_thatDiffersFromTheSeedsForm_isRefused() {
    assertThat(outcome.formMismatchCode()).isEqualTo("submission.form-mismatch");
    CompiledAssessment compiled = PortalLifecycle.compileSample(PortalLifecycle.RETAKES);
    AttemptLifecycle lifecycle = PortalLifecycle.productionLifecycle(compiled);
    Attempt expired = outcome.expired();
    Form shown = PortalLifecycle.readForm(Documents.standard().writeJsonLine(expired.form()));
    lifecycle.verifyOfflineForm(expired.seed(), shown); // the form the seed delivers: accepted
    assertThatThrownBy(() -> lifecycle.verifyOfflineForm(expired.seed() + 1, shown))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
          assertThat(e.code()).isEqualTo("submission.form-mismatch");
          assertThat(e.path()).isEqualTo("/seed");
        });
  }

  @Test
  void retakes_followThePolicy_andTheStandingCountsTheHighest() {
    assertThat(outcome.cooldownCode()).isEqualTo("attempt.cooldown");
    assertThat(outcome.nextStartAt()).isEqualTo(T0.plus(Duration.ofMinutes(80))); // submitted at +20 min, cooldown 1 h
    assertThat(outcome.limitCode()).isEqualTo("attempt.limit-reached");
    var standing = outcome.standing();
    assertThat(standing.grading()).isEqualTo(AttemptPolicy.Grading.HIGHEST);
    assertThat(standing.attemptsUsed()).isEqualTo(2);
    assertThat(standing.attemptsLeft()).isZero();
    double best = Math.max(outcome.submitted().report().percent(), outcome.expired().report().percent());
    assertThat(standing.grade()).isEqualTo(best);
    assertThat(standing.countedAttempt()).isEqualTo(
        outcome.submitted().report().percent() >= outcome.expired().report().percent() ? "att-0001" : "att-0002");
    assertThat(standing.certificateDue()).isFalse();
    assertThat(standing.certificateAttempt()).isNull();
  }

  @Test
  void productionLifecycle_readsTheSystemClock() {
    CompiledAssessment compiled = PortalLifecycle.compileSample(PortalLifecycle.RETAKES);
    AttemptLifecycle lifecycle = PortalLifecycle.productionLifecycle(compiled);
    Instant before = Instant.now();
    Attempt a = lifecycle.start("att-live", "r-live", 1L, 1.0, null, List.of());
    assertThat(a.startedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    assertThat(lifecycle.timeLeft(a).orElseThrow()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    assertThat(lifecycle.grace()).isEqualTo(PortalLifecycle.GRACE);
  }
}
