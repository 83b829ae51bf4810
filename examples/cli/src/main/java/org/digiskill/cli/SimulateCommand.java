package org.digiskill.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digiskill.engine.adaptive.AdaptiveAssessments;
import org.digiskill.engine.adaptive.AdaptiveEngine;
import org.digiskill.engine.adaptive.CatSimulation;
import org.digiskill.engine.adaptive.SimulationReport;
import org.digiskill.engine.adaptive.ThetaDistribution;
import org.digiskill.model.assessment.AdaptiveSettings;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.InvalidDefinitionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill simulate}: runs an adaptive assessment on simulated examinees, as catR and
 * mirtCAT users judge a design before going live, and prints bias, RMSE, mean test length,
 * exposure and (with a cut) classification accuracy.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Simulates examinees taking an adaptive assessment and reports how well it measures.",
      "Use 'sample-adaptive' for --assessment to try the bundled adaptive sample."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class SimulateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "An adaptive assessment, or 'sample-adaptive'.")
  private String assessment;

  @Option(names = "--framework", paramLabel = "FILE", description = "Its framework; by default the built-in one it names.")
  private String framework;

  @Option(names = "--examinees", defaultValue = "1000", paramLabel = "N", description = "How many examinees (default ${DEFAULT-VALUE}).")
  private int examinees;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "The seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--theta-mean", defaultValue = "0", paramLabel = "X", description = "Mean of the true abilities (default ${DEFAULT-VALUE}).")
  private double mean;

  @Option(names = "--theta-sd", defaultValue = "1", paramLabel = "X", description = "SD of the true abilities (default ${DEFAULT-VALUE}).")
  private double sd;

  @Option(names = "--cut", paramLabel = "THETA", description = "Pass/fail cut for classification accuracy; by default the assessment's SPRT cut.")
  private Double cut;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of messages: ${COMPLETION-CANDIDATES}.")
  private Language language;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "expected --format text or json but was [" + format + "]");
    }
    if (examinees < 1 || !(sd > 0)) {
      throw new ParameterException(spec.commandLine(), "expected --examinees ≥ 1 and --theta-sd > 0");
    }
    PrintWriter err = spec.commandLine().getErr();
    Assessment a;
    AdaptiveEngine engine;
    try {
      a = Inputs.assessment(assessment);
      engine = AdaptiveAssessments.engine(a, Inputs.framework(a, framework));
    } catch (InvalidDefinitionException e) {
      Inputs.printProblems(e, language, err);
      return Main.EXIT_INVALID;
    } catch (IllegalArgumentException e) {
      err.println(assessment + ": " + e.getMessage());
      return Main.EXIT_INVALID;
    }
    Double theCut = cut != null ? cut : a.adaptive().map(AdaptiveSettings::sprt).map(AdaptiveSettings.Sprt::cut).orElse(null);
    SimulationReport r = CatSimulation.simulate(engine, examinees, seed, ThetaDistribution.normal(mean, sd), theCut);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("assessment", a.id() + "@" + a.version());
      json.put("examinees", r.examinees());
      json.put("seed", seed);
      json.put("bias", r.bias());
      json.put("rmse", r.rmse());
      json.put("meanTestLength", r.meanTestLength());
      json.put("maxExposure", r.maxExposure());
      json.put("unusedItemShare", r.unusedItemShare());
      if (theCut != null) {
        json.put("cut", theCut);
        json.put("classificationAccuracy", r.classificationAccuracy());
      }
      out.println(Documents.standard().writeJsonLine(json));
    } else {
      out.printf(Locale.ROOT, "%s@%s, %d examinees, seed %d, true theta ~ N(%s, %s)%n", a.id(), a.version(), r.examinees(), seed, mean, sd);
      out.printf(Locale.ROOT, "bias %.4f, RMSE %.4f, mean test length %.2f%n", r.bias(), r.rmse(), r.meanTestLength());
      out.printf(Locale.ROOT, "max exposure %.3f, unused items %.1f%%%n", r.maxExposure(), 100 * r.unusedItemShare());
      if (theCut != null) {
        out.printf(Locale.ROOT, "classification accuracy at cut %s: %.2f%%%n", theCut, 100 * r.classificationAccuracy());
      }
    }
    out.flush();
    return Main.EXIT_OK;
  }
}
