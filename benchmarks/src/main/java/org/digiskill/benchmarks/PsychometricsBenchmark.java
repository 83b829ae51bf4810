package org.digiskill.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digiskill.engine.adaptive.AdaptiveEngine;
import org.digiskill.engine.adaptive.AdaptiveItem;
import org.digiskill.engine.adaptive.AdaptiveSession;
import org.digiskill.engine.adaptive.CatConfig;
import org.digiskill.engine.analytics.RaschCml;
import org.digiskill.engine.analytics.ResponseMatrix;
import org.digiskill.engine.delivery.SplitMix64;
import org.digiskill.engine.irt.AbilityEstimator;
import org.digiskill.engine.irt.EapEstimator;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.engine.irt.ItemResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Psychometrics costs (docs/PERFORMANCE.md): an EAP estimate after 30 responses, choosing the next
 * item from a 5,000-item bank, and Rasch CML calibration with standard errors, over a grid of
 * persons × items to show how its time grows. Data are generated from fixed seeds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PsychometricsBenchmark {

  /** 30 answered 2PL items, as after a 30-item adaptive test. */
  @State(Scope.Benchmark)
  public static class Thirty {
    List<ItemResponse> responses;
    AbilityEstimator eap = EapEstimator.standard();

    /** Generates the items and answers. */
    @Setup
    public void setUp() {
      SplitMix64 rng = new SplitMix64(30);
      responses = new ArrayList<>();
      for (int k = 0; k < 30; k++) {
        ItemModel m = ItemModel.twoPl(0.8 + 1.2 * rng.nextDouble(), -2.5 + 5 * rng.nextDouble());
        responses.add(ItemResponse.of(m, rng.nextDouble() < 0.6 ? 1 : 0));
      }
    }
  }

  /** EAP (61 points) after 30 responses. */
  @Benchmark
  public Object eapAfter30(Thirty s) {
    return s.eap.estimate(s.responses);
  }

  /** A 5,000-item 2PL bank in 8 areas and a session 10 items in, with randomesque k = 3. */
  @State(Scope.Benchmark)
  public static class Bank {
    AdaptiveEngine engine;
    AdaptiveSession session;

    /** Generates the bank and plays 10 answers. */
    @Setup
    public void setUp() {
      SplitMix64 rng = new SplitMix64(5000);
      List<AdaptiveItem> bank = new ArrayList<>();
      for (int k = 0; k < 5000; k++) {
        bank.add(new AdaptiveItem("i" + k, String.valueOf(1 + k % 8), ItemModel.twoPl(0.7 + 1.3 * rng.nextDouble(), -3 + 6 * rng.nextDouble())));
      }
      java.util.Map<String, Double> targets = new java.util.LinkedHashMap<>();
      for (int a = 1; a <= 8; a++) {
        targets.put(String.valueOf(a), 0.125);
      }
      engine = AdaptiveEngine.of(bank, CatConfig.standard().withRandomesque(3).withLength(1, 40).withSeTarget(null).withContentTargets(targets));
      AdaptiveSession s = engine.start(7);
      for (int k = 0; k < 10; k++) {
        String next = engine.next(s).orElseThrow();
        s = engine.answer(s, next, k % 3 == 0 ? 0 : 1);
      }
      session = s;
    }
  }

  /** Choosing the next item: maximum information with content balancing and randomesque. */
  @Benchmark
  public Object nextItemFrom5000(Bank b) {
    return b.engine.next(b.session);
  }

  /** A persons × items Rasch response matrix generated from known abilities and difficulties. */
  @State(Scope.Benchmark)
  public static class Matrix {
    @Param({"1000", "5000", "20000"})
    int persons;

    @Param({"10", "20", "40", "80"})
    int items;

    ResponseMatrix matrix;

    /** Generates the matrix. */
    @Setup(Level.Trial)
    public void setUp() {
      SplitMix64 rng = new SplitMix64(persons * 31L + items);
      double[] b = new double[items];
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        b[i] = -2 + 4.0 * i / Math.max(1, items - 1);
        ids.add("q" + i);
      }
      int[][] rows = new int[persons][items];
      for (int p = 0; p < persons; p++) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        double theta = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        for (int i = 0; i < items; i++) {
          rows[p][i] = rng.nextDouble() < 1 / (1 + Math.exp(-(theta - b[i]))) ? 1 : 0;
        }
      }
      matrix = ResponseMatrix.of(ids, rows);
    }
  }

  /** Rasch CML with standard errors, item fit and person estimates. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object raschCml(Matrix m) {
    return RaschCml.defaults().calibrate(m.matrix);
  }
}
