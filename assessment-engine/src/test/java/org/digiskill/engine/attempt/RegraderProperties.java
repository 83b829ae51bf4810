package org.digiskill.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.engine.attempt.RegraderTest.Samples.LINES;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V1;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V1_1_SAME;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V2;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.digiskill.engine.attempt.RegradeRecord.Outcome;
import org.digiskill.engine.attempt.RegradeRecord.Transition;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Invariants of regrading over generated submissions: the sample lines with random subsets of
 * their responses (dropping responses keeps a submission valid for its form), on their own seeds
 * and on random seeds (keeping only responses to items that seed delivers).
 */
class RegraderProperties {
  private static final Regrader SAME = Regrader.of(V1, V1_1_SAME);
  private static final Regrader CORRECTED = Regrader.of(V1, V2);

  private static Gen<Integer> lines() {
    return SourceDSL.integers().between(0, LINES.size() - 1);
  }

  /** A sample line, on its own seed or another, keeping a random subset of the responses that fit. */
  private static Submission generated(int line, long keepSeed, Long seed) {
    Submission s = RegraderTest.Samples.submission(line);
    long formSeed = seed == null ? s.seed() : seed;
    Set<String> delivered = V1.deliver(formSeed).items().stream().map(FormItem::item).collect(Collectors.toSet());
    Random keep = new Random(keepSeed);
    List<Response> kept = new ArrayList<>();
    for (Response r : s.responses()) {
      if (delivered.contains(r.item()) && keep.nextBoolean()) {
        kept.add(r);
      }
    }
    return new Submission(s.attemptId(), s.assessment(), s.candidate(), formSeed, s.startedAt(), s.submittedAt(), s.context(), kept);
  }

  private static void assertNoChange(RegradeRecord r) {
    assertThat(r.changed()).isFalse();
    assertThat(r.transition()).isEqualTo(Transition.UNCHANGED);
    Outcome o = r.oldOutcome();
    Outcome n = r.newOutcome();
    assertThat(new Outcome(o.version(), n.points(), n.percent(), n.decision(), n.levels(), o.fingerprint())).isEqualTo(o);
  }

  @Test
  void regrade_unchangedAssessment_reportsNoChanges() {
    qt().forAll(lines(), SourceDSL.longs().all()).checkAssert((line, keep) ->
        assertNoChange(SAME.regrade(generated(line, keep, null))));
  }

  @Test
  void regrade_unchangedAssessment_reportsNoChanges_onAnySeed() {
    qt().forAll(lines(), SourceDSL.longs().all(), SourceDSL.longs().all()).checkAssert((line, keep, seed) ->
        assertNoChange(SAME.regrade(generated(line, keep, seed))));
  }

  @Test
  void regrade_changedIsExactlyADifferenceInPointsPercentDecisionOrLevels() {
    qt().forAll(lines(), SourceDSL.longs().all(), SourceDSL.longs().all()).checkAssert((line, keep, seed) -> {
      Submission s = generated(line, keep, seed);
      RegradeRecord r = CORRECTED.regrade(s);
      Outcome o = r.oldOutcome();
      Outcome n = r.newOutcome();
      boolean differs = o.points() != n.points() || o.percent() != n.percent() || o.decision() != n.decision()
          || !o.levels().equals(n.levels());
      assertThat(r.changed()).isEqualTo(differs);
      assertThat(r.transition()).isEqualTo(Transition.of(o.decision(), n.decision()));
      assertThat(o).isEqualTo(Outcome.of(V1.score(s)));
      assertThat(CORRECTED.regrade(s)).isEqualTo(r);
    });
  }

  @Test
  void regrade_backAndForth_mirrorsTheTransition() {
    Regrader back = Regrader.of(V2, V1);
    qt().forAll(lines(), SourceDSL.longs().all()).checkAssert((line, keep) -> {
      Submission s = generated(line, keep, null);
      RegradeRecord forth = CORRECTED.regrade(s);
      RegradeRecord backward = back.regrade(relabel(s, V2));
      assertThat(backward.changed()).isEqualTo(forth.changed());
      assertThat(backward.oldOutcome().decision()).isEqualTo(forth.newOutcome().decision());
      assertThat(backward.newOutcome().decision()).isEqualTo(forth.oldOutcome().decision());
    });
  }

  private static Submission relabel(Submission s, CompiledAssessment to) {
    return new Submission(s.attemptId(), new Submission.AssessmentRef(to.assessment().id(), to.assessment().version()),
        s.candidate(), s.seed(), s.startedAt(), s.submittedAt(), s.context(), s.responses());
  }
}
