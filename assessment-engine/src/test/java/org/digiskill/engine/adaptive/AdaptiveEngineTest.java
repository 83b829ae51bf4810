package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.digiskill.engine.irt.AbilityEstimator;
import org.digiskill.engine.irt.EapEstimator;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.engine.irt.MapEstimator;
import org.digiskill.engine.irt.MleEstimator;
import org.digiskill.engine.irt.WleEstimator;
import org.digiskill.model.io.DigiskillModule;
import org.junit.jupiter.api.Test;

class AdaptiveEngineTest {
  private static final CatConfig FIXED_LENGTH = CatConfig.standard().withSeTarget(null).withLength(1, 20);

  @Test
  void next_raschPureMfi_picksDifficultyClosestToTheta() {
    AdaptiveEngine engine = AdaptiveEngine.of(
        Banks.rasch(-2.0, -0.9, 0.35, 1.1, 2.5), FIXED_LENGTH.withStartTheta(0.6));
    assertThat(engine.next(engine.start(7))).contains("i2");
    AdaptiveEngine high = AdaptiveEngine.of(
        Banks.rasch(-2.0, -0.9, 0.35, 1.1, 2.5), FIXED_LENGTH.withStartTheta(2.0));
    assertThat(high.next(high.start(7))).contains("i4");
  }

  @Test
  void next_afterAnswers_picksClosestToCurrentEstimate() {
    double[] b = new double[41];
    for (int i = 0; i < b.length; i++) {
      b[i] = -4 + 0.2 * i;
    }
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(b), FIXED_LENGTH);
    AdaptiveSession s = engine.start(3);
    for (int step = 0; step < 6; step++) {
      String id = engine.next(s).orElseThrow();
      double chosen = b[Integer.parseInt(id.substring(1))];
      Set<String> given = new HashSet<>();
      s.responses().forEach(r -> given.add(r.itemId()));
      for (int i = 0; i < b.length; i++) {
        if (!given.contains("i" + i)) {
          assertThat(Math.abs(chosen - s.theta())).isLessThanOrEqualTo(Math.abs(b[i] - s.theta()) + 1e-12);
        }
      }
      s = engine.answer(s, id, step % 3 == 0 ? 0 : 1);
    }
  }

  @Test
  void next_randomesque_picksAmongTheKBestAndUsesThemAll() {
    // Distances to theta 0: i3 0.05, i2 0.1, i4 0.2, i1 0.4, i5 0.6, i0 1.0, i6 1.5.
    AdaptiveEngine engine = AdaptiveEngine.of(
        Banks.rasch(-1.0, -0.4, -0.1, 0.05, 0.2, 0.6, 1.5), FIXED_LENGTH.withRandomesque(3));
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      seen.add(engine.next(engine.start(seed)).orElseThrow());
    }
    assertThat(seen).containsExactlyInAnyOrder("i2", "i3", "i4");
  }

  @Test
  void next_isPureAndSeedDetermined() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(60, 5, "A", "B"), FIXED_LENGTH.withRandomesque(5));
    AdaptiveSession s = engine.start(42);
    assertThat(engine.next(s)).isEqualTo(engine.next(s));
    assertThat(Banks.run(engine, 42, 0.3, 9)).isEqualTo(Banks.run(engine, 42, 0.3, 9));
    List<String> a = ids(Banks.run(engine, 42, 0.3, 9));
    List<String> b = ids(Banks.run(engine, 43, 0.3, 9));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void contentBalancing_longTest_hitsTargetShares() {
    Map<String, Double> targets = Map.of("A", 0.5, "B", 0.3, "C", 0.2);
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(300, 11, "A", "B", "C"),
        CatConfig.standard().withSeTarget(null).withLength(50, 50).withContentTargets(targets));
    AdaptiveSession s = Banks.run(engine, 8, 0.5, 4);
    assertThat(s.length()).isEqualTo(50);
    Map<String, Integer> counts = new HashMap<>();
    s.responses().forEach(r -> counts.merge(engine.item(r.itemId()).orElseThrow().area(), 1, Integer::sum));
    assertThat(counts).containsEntry("A", 25).containsEntry("B", 15).containsEntry("C", 10);
  }

  @Test
  void contentBalancing_firstItemsCoverEveryAreaLargestTargetFirst() {
    Map<String, Double> targets = Map.of("A", 0.2, "B", 0.5, "C", 0.3);
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(90, 2, "A", "B", "C"),
        FIXED_LENGTH.withContentTargets(targets));
    AdaptiveSession s = Banks.run(engine, 1, 0, 2);
    List<String> areas = new ArrayList<>();
    s.responses().subList(0, 3).forEach(r -> areas.add(engine.item(r.itemId()).orElseThrow().area()));
    assertThat(areas).containsExactly("B", "C", "A");
  }

  @Test
  void answer_seTargetReached_stopsWithSeTarget() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(200, 3, "A"),
        CatConfig.standard().withSeTarget(0.35).withLength(5, 100));
    AdaptiveSession s = Banks.run(engine, 5, 0.2, 6);
    assertThat(s.stopReason()).isEqualTo(StopReason.SE_TARGET);
    assertThat(s.standardError()).isLessThanOrEqualTo(0.35);
    assertThat(s.length()).isBetween(5, 99);
    assertThat(s.status()).isEqualTo(SessionStatus.FINISHED);
    assertThat(engine.next(s)).isEmpty();
  }

  @Test
  void answer_maxItems_stopsWithMaxItems() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(200, 3, "A"),
        CatConfig.standard().withSeTarget(0.01).withLength(1, 12));
    AdaptiveSession s = Banks.run(engine, 5, 0.2, 6);
    assertThat(s.stopReason()).isEqualTo(StopReason.MAX_ITEMS);
    assertThat(s.length()).isEqualTo(12);
  }

  @Test
  void answer_smallBank_stopsWithBankExhausted() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-1, 0, 1), CatConfig.standard().withSeTarget(null));
    AdaptiveSession s = Banks.run(engine, 5, 0.2, 6);
    assertThat(s.stopReason()).isEqualTo(StopReason.BANK_EXHAUSTED);
    assertThat(s.length()).isEqualTo(3);
  }

  @Test
  void answer_minItems_holdsBackTheSeRule() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(200, 3, "A"),
        CatConfig.standard().withSeTarget(5.0).withLength(8, 30));
    AdaptiveSession s = Banks.run(engine, 5, 0.2, 6);
    assertThat(s.stopReason()).isEqualTo(StopReason.SE_TARGET);
    assertThat(s.length()).isEqualTo(8);
  }

  @Test
  void answer_sprt_classifiesClearMastersAndNonMasters() {
    CatConfig config = CatConfig.standard().withSeTarget(null).withLength(1, 60)
        .withSprt(Sprt.of(0.0, 0.3, 0.05, 0.05));
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(200, 3, "A"), config);
    AdaptiveSession master = Banks.run(engine, 1, 2.0, 1);
    assertThat(master.stopReason()).isEqualTo(StopReason.SPRT_PASS);
    assertThat(master.classification()).isEqualTo(Classification.PASS);
    assertThat(master.logLikelihoodRatio()).isGreaterThanOrEqualTo(Math.log(19));
    AdaptiveSession nonMaster = Banks.run(engine, 1, -2.0, 1);
    assertThat(nonMaster.stopReason()).isEqualTo(StopReason.SPRT_FAIL);
    assertThat(nonMaster.classification()).isEqualTo(Classification.FAIL);
  }

  @Test
  void next_sprt_selectsByInformationAtTheCut() {
    // At the cut 1.0 the most informative Rasch item is b = 1.1, whatever theta is.
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-2.0, -0.9, 0.35, 1.1, 2.5),
        FIXED_LENGTH.withStartTheta(-2).withSprt(Sprt.of(1.0, 0.3, 0.05, 0.05)));
    assertThat(engine.next(engine.start(1))).contains("i3");
  }

  @Test
  void sympsonHetter_lowParameter_withholdsItemMostOfTheTime() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-1, -0.5, 0, 0.5, 1),
        FIXED_LENGTH.withSympsonHetter(Map.of("i2", 0.2)));
    int given = 0;
    for (long seed = 0; seed < 2000; seed++) {
      AdaptiveSession s = engine.start(seed);
      String id = engine.next(s).orElseThrow();
      AdaptiveSession after = engine.answer(s, id, 1);
      if (id.equals("i2")) {
        given++;
        assertThat(after.excluded()).isEmpty();
      } else {
        assertThat(after.excluded()).containsExactly("i2");
      }
      assertThat(after.randomDraws()).isEqualTo(1);
    }
    assertThat(given / 2000.0).isCloseTo(0.2, within(0.03));
  }

  @Test
  void answer_wrongItem_isRejected() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-1, 0, 1), FIXED_LENGTH);
    AdaptiveSession s = engine.start(1);
    assertThatThrownBy(() -> engine.answer(s, "i0", 1))
        .isInstanceOf(AdaptiveSessionException.class)
        .hasMessage("expected the item due [i1] but was [i0]")
        .satisfies(e -> {
          assertThat(((AdaptiveSessionException) e).code()).isEqualTo("adaptive.not-due");
          assertThat(((AdaptiveSessionException) e).path()).isEqualTo("/responses/0");
        });
    assertThatThrownBy(() -> engine.answer(s, "i1", 2))
        .isInstanceOf(AdaptiveSessionException.class)
        .hasMessage("expected a score in [0, 1] for item [i1] but was [2]")
        .satisfies(e -> assertThat(((AdaptiveSessionException) e).code()).isEqualTo("adaptive.bad-score"));
  }

  @Test
  void answer_finishedSession_isRejected() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-1, 0, 1), FIXED_LENGTH.withLength(1, 1));
    AdaptiveSession s = engine.answer(engine.start(1), "i1", 1);
    assertThat(s.stopReason()).isEqualTo(StopReason.MAX_ITEMS);
    assertThatThrownBy(() -> engine.answer(s, "i0", 1))
        .isInstanceOf(AdaptiveSessionException.class)
        .hasMessage("expected an in-progress session but it was finished by [max-items]")
        .satisfies(e -> assertThat(((AdaptiveSessionException) e).code()).isEqualTo("adaptive.finished"));
  }

  @Test
  void next_sessionFromAnotherBank_isRejected() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(-1, 0, 1), FIXED_LENGTH);
    AdaptiveSession foreign = new AdaptiveSession(1, List.of(new AdaptiveResponse("zz", 1)), List.of(), 0, null, null,
        0, SessionStatus.IN_PROGRESS, null, null);
    assertThatThrownBy(() -> engine.next(foreign))
        .isInstanceOf(AdaptiveSessionException.class)
        .hasMessage("expected an item id of this bank but was [zz]");
  }

  @Test
  void next_randomesque_followsTheDocumentedDraw() {
    // Ranks at theta 0: i3 (0.05), i2 (0.1), i4 (0.2); the pick is rank nextInt(3) of SplitMix64(seed).
    AdaptiveEngine engine = AdaptiveEngine.of(
        Banks.rasch(-1.0, -0.4, -0.1, 0.05, 0.2, 0.6, 1.5), FIXED_LENGTH.withRandomesque(3));
    String[] ranked = {"i3", "i2", "i4"};
    for (long seed = 0; seed < 50; seed++) {
      int rank = new org.digiskill.engine.delivery.SplitMix64(seed).nextInt(3);
      AdaptiveSession s = engine.start(seed);
      assertThat(engine.next(s)).contains(ranked[rank]);
      assertThat(engine.answer(s, ranked[rank], 1).randomDraws()).isEqualTo(1);
    }
  }

  @Test
  void answer_polytomousItems_areScoredByCategory() {
    List<AdaptiveItem> bank = List.of(
        AdaptiveItem.of("p0", "A", ItemModel.partialCredit(-1, 0, 1)),
        AdaptiveItem.of("p1", "A", ItemModel.graded(1.2, -1, 0.5)),
        AdaptiveItem.of("p2", "A", ItemModel.generalizedPartialCredit(0.8, -0.5, 0.5)));
    AdaptiveEngine engine = AdaptiveEngine.of(bank, FIXED_LENGTH);
    AdaptiveSession s = engine.start(1);
    while (!s.finished()) {
      s = engine.answer(s, engine.next(s).orElseThrow(), 2);
    }
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.theta()).isGreaterThan(0);
  }

  @Test
  void answer_mleOnAllCorrect_staysFinite() {
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(50, 1, "A"),
        FIXED_LENGTH.withEstimator(MleEstimator.standard()).withLength(1, 5));
    AdaptiveSession s = engine.start(1);
    while (!s.finished()) {
      s = engine.answer(s, engine.next(s).orElseThrow(), 1);
    }
    assertThat(s.theta()).isFinite();
  }

  @Test
  void answer_everyEstimator_runsToAFiniteSeTargetOrMaxItems() {
    List<AbilityEstimator> estimators = List.of(EapEstimator.standard(), MleEstimator.standard(),
        WleEstimator.standard(), MapEstimator.standard());
    for (AbilityEstimator estimator : estimators) {
      AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(200, 3, "A"),
          CatConfig.standard().withEstimator(estimator).withSeTarget(0.4).withLength(3, 40));
      AdaptiveSession s = Banks.run(engine, 5, -0.7, 6);
      assertThat(s.finished()).isTrue();
      assertThat(s.theta()).isFinite().isBetween(-3.0, 1.5);
      assertThat(s.stopReason()).isIn(StopReason.SE_TARGET, StopReason.MAX_ITEMS);
      assertThat(Banks.run(engine, 5, -0.7, 6)).isEqualTo(s);
    }
  }

  @Test
  void session_jsonRoundTrip_isEqual() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DigiskillModule());
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.twoPl(80, 3, "A", "B"),
        FIXED_LENGTH.withRandomesque(3).withSprt(Sprt.of(0, 0.3, 0.05, 0.05))
            .withSympsonHetter(Map.of("q001", 0.5, "q002", 0.5, "q010", 0.3)));
    AdaptiveSession start = engine.start(77);
    assertThat(mapper.readValue(mapper.writeValueAsString(start), AdaptiveSession.class)).isEqualTo(start);
    AdaptiveSession s = Banks.run(engine, 77, 1.5, 2);
    String json = mapper.writeValueAsString(s);
    assertThat(json).contains("\"status\":\"finished\"").contains("\"classification\":\"pass\"");
    assertThat(mapper.readValue(json, AdaptiveSession.class)).isEqualTo(s);
    // Resuming from JSON mid-session gives the same continuation.
    AdaptiveSession mid = engine.answer(start, engine.next(start).orElseThrow(), 1);
    AdaptiveSession restored = mapper.readValue(mapper.writeValueAsString(mid), AdaptiveSession.class);
    assertThat(engine.next(restored)).isEqualTo(engine.next(mid));
  }

  @Test
  void config_rejectsBadValues() {
    assertThatThrownBy(() -> CatConfig.standard().withRandomesque(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected randomesque >= 1 but was [0]");
    assertThatThrownBy(() -> CatConfig.standard().withLength(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxItems >= max(1, minItems) = [10] but was [5]");
    assertThatThrownBy(() -> CatConfig.standard().withSympsonHetter(Map.of("x", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a Sympson-Hetter parameter in (0, 1] but was [1.5] at $.sympsonHetter.x");
    assertThatThrownBy(() -> AdaptiveEngine.of(Banks.rasch(0, 1), CatConfig.standard().withSympsonHetter(Map.of("x", 0.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a bank item id but was [x] at $.sympsonHetter");
  }

  @Test
  void config_normalisesContentTargets() {
    assertThat(CatConfig.standard().withContentTargets(Map.of("A", 2.0, "B", 6.0)).contentTargets())
        .containsEntry("A", 0.25).containsEntry("B", 0.75);
  }

  private static List<String> ids(AdaptiveSession s) {
    List<String> out = new ArrayList<>();
    s.responses().forEach(r -> out.add(r.itemId()));
    return out;
  }
}
