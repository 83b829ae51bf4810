package org.digiskill.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.engine.attempt.AttemptLifecycleTest.COMPILED;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.io.DigiskillModule;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants of the attempt lifecycle over generated sequences of saves. */
class AttemptProperties {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final List<Response> RIGHT = StandingTest.allRight();
  private static final List<Response> WRONG = List.of(new Response.SingleChoice("otp-call", "c"), new Response.TrueFalse("otp-share", true),
      new Response.MultipleChoice("scam-signs", List.of("c")), new Response.TextEntry("city", "Huế"), new Response.Numeric("bill", "1"),
      new Response.Ordering("steps", List.of("submit", "fill", "login")),
      new Response.Matching("icons", List.of(new org.digiskill.model.item.Parts.Pair("i1", "call"))),
      new Response.Hotspot("confirm", List.of(new org.digiskill.model.item.Parts.Point(1, 1))),
      new Response.PracticalTask("activate", List.of(new Response.LoggedStep("set-passcode", null, null)), Response.StepSource.SIMULATOR, null));

  /** A step: which item (index), right or wrong, partial or not, seconds to wait before it. */
  private record Step(int item, boolean right, boolean partial, int delay) {}

  private static Gen<List<Step>> steps() {
    Gen<Step> step = SourceDSL.integers().between(0, RIGHT.size() - 1)
        .zip(SourceDSL.booleans().all(), SourceDSL.booleans().all(), SourceDSL.integers().between(0, 200),
            Step::new);
    return SourceDSL.lists().of(step).ofSizeBetween(0, 25);
  }

  private static Attempt play(AttemptLifecycle lc, Attempt a, List<Step> steps, TestClock clock) {
    for (Step s : steps) {
      clock.advance(Duration.ofSeconds(s.delay()));
      Response r = (s.right() ? RIGHT : WRONG).get(s.item());
      a = s.partial() ? lc.savePartial(a, r) : lc.save(a, r);
    }
    return a;
  }

  @Test
  void anySequenceOfSaves_thenSubmit_equalsScoringTheFinalResponses() {
    qt().withExamples(150).forAll(steps(), SourceDSL.longs().all()).checkAssert((steps, seed) -> {
      TestClock clock = new TestClock(T0);
      AttemptLifecycle lc = AttemptLifecycle.of(COMPILED, clock).withGrace(Duration.ofSeconds(20));
      Attempt a = play(lc, lc.start("a", "p", seed), steps, clock);
      Attempt submitted = lc.submit(a);
      ScoreReport direct = COMPILED.score(AttemptLifecycle.submissionOf(a, clock.instant()));
      // Not counted: late answers that differ from the answer counted for their item.
      List<String> late = a.late().stream()
          .filter(l -> a.responses().stream().noneMatch(c -> c.response().equals(l.response())))
          .map(l -> l.response().item()).distinct().toList();
      assertThat(submitted.report()).isEqualTo(direct.withNotCounted(late));
      // The counted responses are the last in-time save of each item.
      assertThat(a.responses().stream().map(s -> s.response().item()).distinct().count()).isEqualTo(a.responses().size());
      assertThat(lc.submit(submitted)).isEqualTo(submitted);
    });
  }

  @Test
  void serialiseDeserialiseContinue_equalsContinuingDirectly() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DigiskillModule());
    qt().withExamples(100).forAll(steps(), steps(), SourceDSL.longs().all()).checkAssert((first, rest, seed) -> {
      TestClock c1 = new TestClock(T0);
      TestClock c2 = new TestClock(T0);
      AttemptLifecycle l1 = AttemptLifecycle.of(COMPILED, c1).withGrace(Duration.ofSeconds(20));
      AttemptLifecycle l2 = AttemptLifecycle.of(COMPILED, c2).withGrace(Duration.ofSeconds(20));
      Attempt a1 = play(l1, l1.start("a", "p", seed), first, c1);
      Attempt a2 = play(l2, l2.start("a", "p", seed), first, c2);
      Attempt restored;
      try {
        restored = mapper.readValue(Documents.standard().writeJsonLine(a2), Attempt.class);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertThat(restored).isEqualTo(a2);
      Attempt direct = l1.submit(play(l1, a1, rest, c1));
      Attempt resumed = l2.submit(play(l2, restored, rest, c2));
      assertThat(resumed).isEqualTo(direct);
    });
  }

  @Test
  void manyThreads_submittingDistinctAttempts_againstOneCompiledAssessment() throws Exception {
    AttemptLifecycle lc = AttemptLifecycle.of(COMPILED, java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
    int n = 400;
    List<Attempt> expected = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      expected.add(lc.submit(lc.start("a" + k, "p" + k, k), k % 2 == 0 ? RIGHT : WRONG));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Attempt>> futures = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int i = k;
        futures.add(pool.submit(() -> lc.submit(lc.start("a" + i, "p" + i, i), i % 2 == 0 ? RIGHT : WRONG)));
      }
      for (int k = 0; k < n; k++) {
        assertThat(futures.get(k).get()).isEqualTo(expected.get(k));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anyMatch(a -> a.report().passed()).anyMatch(a -> !a.report().passed());
  }
}
