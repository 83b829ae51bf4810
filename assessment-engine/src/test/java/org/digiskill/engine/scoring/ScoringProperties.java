package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.engine.scoring.Fixtures.COMPILED;
import static org.digiskill.engine.scoring.Fixtures.allCorrect;
import static org.digiskill.engine.scoring.Fixtures.allWrong;
import static org.digiskill.engine.scoring.Fixtures.submission;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants of delivery and scoring over generated answer patterns and seeds. */
class ScoringProperties {
  private static final int N = allCorrect().size();

  /** A pattern: for each item, 0 = wrong, 1 = right, 2 = unanswered. */
  private static Gen<List<Integer>> patterns() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 2)).ofSize(N);
  }

  private static List<Response> answers(List<Integer> pattern) {
    List<Response> right = allCorrect();
    List<Response> wrong = allWrong();
    List<Response> out = new ArrayList<>();
    for (int k = 0; k < N; k++) {
      if (pattern.get(k) == 1) {
        out.add(right.get(k));
      } else if (pattern.get(k) == 0) {
        out.add(wrong.get(k));
      }
    }
    return out;
  }

  @Test
  void score_staysWithinBoundsAtEveryLevel() {
    qt().forAll(patterns(), SourceDSL.longs().all()).checkAssert((p, seed) -> {
      ScoreReport r = COMPILED.score(submission(seed, answers(p)));
      assertThat(r.points()).isBetween(0.0, r.maxPoints());
      assertThat(r.percent()).isBetween(0.0, 100.0);
      r.items().forEach(i -> assertThat(i.points()).isBetween(0.0, i.maxPoints()));
      r.competences().forEach(c -> {
        assertThat(c.points()).isBetween(0.0, c.maxPoints() + 1e-9);
        c.levels().forEach(l -> assertThat(l.percent()).isBetween(0.0, 100.0 + 1e-9));
      });
      r.areas().forEach(a -> assertThat(a.percent()).isBetween(0.0, 100.0 + 1e-9));
    });
  }

  @Test
  void score_isDeterministicAndIndependentOfResponseOrder() {
    qt().forAll(patterns(), SourceDSL.longs().all(), SourceDSL.longs().all()).checkAssert((p, seed, shuffleSeed) -> {
      List<Response> rs = answers(p);
      List<Response> shuffled = new ArrayList<>(rs);
      java.util.Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
      ScoreReport a = COMPILED.score(submission(seed, rs));
      assertThat(COMPILED.score(submission(seed, rs))).isEqualTo(a);
      assertThat(COMPILED.score(submission(seed, shuffled))).isEqualTo(a);
    });
  }

  @Test
  void turningAWrongAnswerRight_neverLowersTheScoreNorFlipsPassToFail() {
    qt().forAll(patterns(), SourceDSL.integers().between(0, N - 1), SourceDSL.longs().all()).checkAssert((p, k, seed) -> {
      List<Integer> better = new ArrayList<>(p);
      better.set(k, 1);
      ScoreReport before = COMPILED.score(submission(seed, answers(p)));
      ScoreReport after = COMPILED.score(submission(seed, answers(better)));
      assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
      for (CompetenceResult c : before.competences()) {
        CompetenceResult c2 = after.competence(c.competence()).orElseThrow();
        int r1 = c.level() == null ? -1 : COMPILED.framework().scale().rank(c.level());
        int r2 = c2.level() == null ? -1 : COMPILED.framework().scale().rank(c2.level());
        assertThat(r2).as(c.competence()).isGreaterThanOrEqualTo(r1);
      }
      // A right answer is never critical (the validator refuses critical correct options), so
      // turning an answer right can only remove critical errors (docs/scoring.md).
      if (before.passed()) {
        assertThat(after.passed()).isTrue();
      }
    });
  }

  @Test
  void deliveredForm_isAValidDraw_andTheSameForTheSameSeed() {
    qt().forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Form f = COMPILED.deliver(seed);
      assertThat(COMPILED.deliver(seed)).isEqualTo(f);
      List<String> ids = f.items().stream().map(FormItem::item).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      assertThat(ids).hasSize(COMPILED.assessment().sections().stream().mapToInt(s -> s.size()).sum());
      for (FormItem fi : f.items()) {
        Item item = COMPILED.assessment().item(fi.item()).orElseThrow();
        List<String> authored = options(item);
        assertThat(fi.optionOrder()).containsExactlyInAnyOrderElementsOf(authored);
      }
    });
  }

  @Test
  void reports_roundTripThroughJson() {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new org.digiskill.model.io.DigiskillModule());
    qt().withExamples(50).forAll(patterns(), SourceDSL.longs().all()).checkAssert((p, seed) -> {
      ScoreReport r = COMPILED.score(submission(seed, answers(p)));
      String json = Documents.standard().writeJsonLine(r);
      try {
        assertThat(mapper.readValue(json, ScoreReport.class)).isEqualTo(r);
      } catch (java.io.IOException e) {
        throw new AssertionError(json, e);
      }
      assertThat(json).contains("\"decision\":\"" + (r.passed() ? "passed" : "failed") + "\"");
    });
  }

  @Test
  void eightThreads_scoringTheSameSubmissions_getIdenticalReports() throws Exception {
    List<List<Integer>> work = new ArrayList<>();
    java.util.Random random = new java.util.Random(5);
    for (int k = 0; k < 400; k++) {
      List<Integer> p = new ArrayList<>();
      for (int j = 0; j < N; j++) {
        p.add(random.nextInt(3));
      }
      work.add(p);
    }
    List<ScoreReport> expected = new ArrayList<>();
    for (int k = 0; k < work.size(); k++) {
      expected.add(COMPILED.score(submission(k, answers(work.get(k)))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ScoreReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<ScoreReport> out = new ArrayList<>();
          for (int k = 0; k < work.size(); k++) {
            out.add(COMPILED.score(submission(k, answers(work.get(k)))));
          }
          return out;
        }));
      }
      for (Future<List<ScoreReport>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> options(Item item) {
    List<Choice> cs;
    if (item instanceof Item.SingleChoice i) {
      cs = i.choices();
    } else if (item instanceof Item.MultipleChoice i) {
      cs = i.choices();
    } else if (item instanceof Item.Ordering i) {
      cs = i.steps();
    } else if (item instanceof Item.Matching i) {
      cs = i.right();
    } else {
      return List.of();
    }
    return cs.stream().map(Choice::id).toList();
  }
}
