package org.digiskill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digiskill.engine.analytics.CalibrationException;
import org.digiskill.engine.analytics.CalibrationResult;
import org.digiskill.engine.analytics.ItemCalibration;
import org.digiskill.engine.analytics.ItemParameterUpdate;
import org.digiskill.engine.analytics.PartialCreditCml;
import org.digiskill.engine.analytics.Quadrature;
import org.digiskill.engine.analytics.RaschCml;
import org.digiskill.engine.analytics.ResponseMatrix;
import org.digiskill.engine.analytics.ResponseMatrixCsv;
import org.digiskill.engine.analytics.TwoPlMml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill calibrate}: calibrates items from a CSV response matrix — Rasch or partial credit
 * by conditional maximum likelihood, 2PL by marginal maximum likelihood — and prints one JSON object with
 * {@code model}, {@code items} (in CSV column order), {@code persons}, {@code logLikelihood},
 * {@code iterations} and {@code updates}, the item parameters to merge into the bank.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Calibrates items from a response matrix (CSV: a header of item ids, one row per person, a category number or empty).",
      "Exit code 0 on success, 1 when the CSV is malformed or cannot be calibrated, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class CalibrateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The response matrix (.csv).")
  private Path file;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "rasch (CML), 2pl (MML, Bock-Aitkin EM) or pcm (partial credit, CML).")
  private String model;

  @Option(names = "--anchor", paramLabel = "ID=VALUE", description = "Fix an item's difficulty (Rasch; repeatable). Without anchors, difficulties sum to zero.")
  private Map<String, Double> anchors = new LinkedHashMap<>();

  @Option(names = "--quadrature", paramLabel = "RULE", defaultValue = "gh21",
      description = "2PL quadrature: gh21 (21-point Gauss-Hermite, as ltm) or rect61 (61 points on [-6, 6], as mirt).")
  private String quadrature;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or text.")
  private String format;

  @Override
  public Integer call() throws IOException {
    String m = model.toLowerCase(Locale.ROOT);
    if (!m.equals("rasch") && !m.equals("2pl") && !m.equals("pcm")) {
      throw new ParameterException(spec.commandLine(), "expected --model rasch, 2pl or pcm but was [" + model + "]");
    }
    if (!format.equals("json") && !format.equals("text")) {
      throw new ParameterException(spec.commandLine(), "expected --format json or text but was [" + format + "]");
    }
    if (!quadrature.equals("gh21") && !quadrature.equals("rect61")) {
      throw new ParameterException(spec.commandLine(), "expected --quadrature gh21 or rect61 but was [" + quadrature + "]");
    }
    if (!m.equals("rasch") && !anchors.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--anchor applies to --model rasch only");
    }
    PrintWriter err = spec.commandLine().getErr();
    CalibrationResult result;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      ResponseMatrix matrix = ResponseMatrixCsv.read(in, file.toString());
      if (m.equals("rasch")) {
        result = RaschCml.defaults().withAnchors(anchors).calibrate(matrix);
      } else if (m.equals("pcm")) {
        result = PartialCreditCml.defaults().calibrate(matrix);
      } else {
        Quadrature rule = quadrature.equals("gh21") ? Quadrature.gaussHermite(21) : Quadrature.rectangular(61, -6, 6);
        result = TwoPlMml.defaults().withQuadrature(rule).calibrate(matrix);
      }
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return Main.EXIT_INVALID;
    } catch (CalibrationException e) {
      err.println(e.getMessage().startsWith(file.toString() + ":") ? e.getMessage() : file + ": " + e.getMessage());
      return Main.EXIT_INVALID;
    } catch (UncheckedIOException e) {
      err.println(file + ": " + e.getCause().getMessage());
      return Main.EXIT_INVALID;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(json(result));
    } else {
      text(result, out);
    }
    out.flush();
    return Main.EXIT_OK;
  }

  /** Returns the result as one line of JSON. */
  static String json(CalibrationResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", r.model().jsonName());
    List<Map<String, Object>> items = new ArrayList<>();
    for (ItemCalibration i : r.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", i.id());
      item.put("difficulty", i.difficulty());
      item.put("se", i.se());
      if (i.discrimination() != null) {
        item.put("discrimination", i.discrimination());
      }
      item.put("infit", i.infit());
      item.put("outfit", i.outfit());
      if (!i.thresholds().isEmpty()) {
        item.put("thresholds", i.thresholds());
      }
      items.add(item);
    }
    root.put("items", items);
    root.put("persons", r.persons().size());
    root.put("logLikelihood", r.logLikelihood());
    root.put("iterations", r.iterations());
    List<Map<String, Object>> updates = new ArrayList<>();
    for (ItemParameterUpdate u : r.updates()) {
      Map<String, Object> irt = new LinkedHashMap<>();
      irt.put("model", u.irt().model().jsonName());
      if (u.irt().a() != null) {
        irt.put("a", u.irt().a());
      }
      if (u.irt().b() != null) {
        irt.put("b", u.irt().b());
      }
      if (!u.irt().thresholds().isEmpty()) {
        irt.put("thresholds", u.irt().thresholds());
      }
      Map<String, Object> update = new LinkedHashMap<>();
      update.put("itemId", u.itemId());
      update.put("irt", irt);
      updates.add(update);
    }
    root.put("updates", updates);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(CalibrationResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "model %s, %d persons, log-likelihood %.3f, %d iterations%n", r.model().jsonName(), r.persons().size(),
        r.logLikelihood(), r.iterations());
    out.printf(Locale.ROOT, "%-20s %10s %8s %8s %8s %8s%n", "item", "b", "se", "a", "infit", "outfit");
    for (ItemCalibration i : r.items()) {
      out.printf(Locale.ROOT, "%-20s %10.4f %8s %8s %8s %8s%n", i.id(), i.difficulty(), fmt(i.se()), fmt(i.discrimination()),
          fmt(i.infit()), fmt(i.outfit()));
    }
  }

  private static String fmt(Double x) {
    return x == null ? "-" : String.format(Locale.ROOT, "%.4f", x);
  }
}
