package org.digiskill.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.digiskill.engine.adaptive.AdaptiveAssessments;
import org.digiskill.engine.adaptive.AdaptiveEngine;
import org.digiskill.engine.adaptive.AdaptiveSession;
import org.digiskill.engine.adaptive.CatSimulation;
import org.digiskill.engine.adaptive.SimulationReport;
import org.digiskill.engine.adaptive.ThetaDistribution;
import org.digiskill.engine.delivery.SplitMix64;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;

/**
 * Recipe: adaptive testing end to end on the bundled 200-item adaptive sample — one resident's
 * session item by item (a simulated resident of known ability answers), then a simulation of
 * 1,000 residents, as {@code digiskill simulate} does.
 */
public final class AdaptiveDemo {
  private AdaptiveDemo() {}

  /** Runs one adaptive session and a small simulation, printing both. */
  public static AdaptiveSession run(double trueTheta, long seed, PrintStream out) {
    Assessment a;
    try (InputStream in = AdaptiveDemo.class.getResourceAsStream(Quickstart.SAMPLES + "sample-adaptive-assessment.yaml")) {
      a = Documents.standard().readAssessment(in, "sample-adaptive-assessment.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompetencyFramework framework = Catalogue.builtIn().framework(a.framework()).orElseThrow();
    AdaptiveEngine engine = AdaptiveAssessments.engine(a, framework);
    out.println();
    out.println("Adaptive testing: " + a.title().resolve("en", a.defaultLanguage()).orElse(a.id()) + " [" + a.id() + "@" + a.version()
        + "], " + engine.bank().size() + " calibrated items");
    out.printf(Locale.ROOT, "one resident (true theta %.1f):%n", trueTheta);
    SplitMix64 resident = new SplitMix64(seed ^ 0x5DEECE66DL);
    AdaptiveSession s = engine.start(seed);
    while (engine.next(s).isPresent()) {
      String id = engine.next(s).orElseThrow();
      ItemModel model = engine.bank().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().model();
      int score = resident.nextDouble() < model.probability(trueTheta, 1) ? 1 : 0;
      s = engine.answer(s, id, score);
      out.printf(Locale.ROOT, "  %2d. %-28s %s  theta %6.3f  SE %s%n", s.length(), id, score == 1 ? "right" : "wrong", s.theta(),
          s.standardError() == null ? "-" : String.format(Locale.ROOT, "%.3f", s.standardError()));
    }
    out.println("  stopped: " + s.stopReason().jsonName() + (s.classification() == null ? "" : ", classified " + s.classification().jsonName()));
    SimulationReport r = CatSimulation.simulate(engine, 1000, seed, ThetaDistribution.normal(0, 1), a.adaptive().orElseThrow().sprt().cut());
    out.printf(Locale.ROOT, "1,000 simulated residents: bias %.3f, RMSE %.3f, mean length %.1f items, max exposure %.2f, "
        + "classification accuracy %.1f%%%n", r.bias(), r.rmse(), r.meanTestLength(), r.maxExposure(), 100 * r.classificationAccuracy());
    return s;
  }
}
