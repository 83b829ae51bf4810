package org.digiskill.examples.quickstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.scoring.CompetenceResult;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.ItemResult;
import org.digiskill.engine.scoring.ItemStatus;
import org.digiskill.engine.scoring.RuleResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;

/**
 * The main job: score the bundled sample assessment end to end. It compiles the sample on the
 * residents' framework, delivers a form, scores the sample submissions, prints a readable report
 * for each (the decision with its reasons, the level per competence) and writes the JSON reports
 * to {@code target/quickstart/reports.jsonl}; then it shows adaptive testing on the adaptive sample
 * (see {@link AdaptiveDemo}).
 *
 * <p>Run it with {@code mvn -q -pl examples/quickstart -am -DskipTests package exec:java}.
 * Arguments: a language tag ({@code vi}, the default, or {@code en}); or {@code frameworks} to
 * print the built-in frameworks instead (see {@link FrameworkTree}).
 */
public final class Quickstart {
  static final String SAMPLES = "/org/digiskill/engine/samples/";

  private Quickstart() {}

  /** Runs the quickstart. */
  public static void main(String[] args) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      // Route Hibernate Validator's start-up banner to SLF4J (which keeps it quiet).
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 0 && args[0].equals("frameworks")) {
      FrameworkTree.print(Catalogue.builtIn(), args.length > 1 ? args[1] : "vi", out);
      return;
    }
    String lang = args.length > 0 ? args[0] : "vi";
    List<ScoreReport> reports = run(lang, out);
    Path file = Path.of("target", "quickstart", "reports.jsonl");
    write(reports, file);
    out.println();
    out.println("JSON reports: " + file.toAbsolutePath().normalize());
    reports.stream().filter(ScoreReport::passed).findFirst().ifPresent(passed -> {
      CertificateDemo.Outcome cert = CertificateDemo.run(passed, java.time.Instant.now(), out);
      Path dir = Path.of("target", "quickstart");
      CertificateDemo.write(cert, dir);
      out.println("signed credential and printable page: " + dir.resolve("certificate.json").toAbsolutePath().normalize()
          + ", certificate.html");
    });
    AdaptiveDemo.run(0.4, 2026, out);
  }

  /** Compiles the sample, shows a delivered form, scores every sample submission and prints each. */
  public static List<ScoreReport> run(String lang, PrintStream out) {
    Documents docs = Documents.standard();
    Assessment assessment;
    try (InputStream in = resource("sample-assessment.yaml")) {
      assessment = docs.readAssessment(in, "sample-assessment.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompetencyFramework framework = Catalogue.builtIn().framework(assessment.framework()).orElseThrow();
    CompiledAssessment compiled = CompiledAssessment.compile(assessment, framework);
    out.println(text(assessment.title(), lang) + "  [" + assessment.id() + "@" + assessment.version() + "]");
    out.println("framework " + framework.ref() + ", " + assessment.items().size() + " items in the bank, fingerprint "
        + compiled.fingerprint().substring(0, 12) + "…");
    Form form = compiled.deliver(12);
    out.println("form for seed 12: " + form.items().size() + " items, first " + form.items().get(0).item()
        + " (" + form.items().get(0).section() + ")");

    List<ScoreReport> reports = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("sample-submissions.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        Submission s = docs.readSubmission(line, "sample-submissions.jsonl", n);
        ScoreReport report = compiled.score(s);
        reports.add(report);
        print(report, framework, lang, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long passed = reports.stream().filter(ScoreReport::passed).count();
    out.println();
    out.println(reports.size() + " submissions scored: " + passed + " passed, " + (reports.size() - passed) + " failed");
    return reports;
  }

  /** Prints one report: decision with every rule, levels per competence, items that lost points. */
  static void print(ScoreReport r, CompetencyFramework framework, String lang, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "%s (candidate %s): %s — %.1f / %.1f points (%.1f%%)%n",
        r.attemptId(), r.candidate(), r.decision().jsonName().toUpperCase(Locale.ROOT), r.points(), r.maxPoints(), r.percent());
    for (RuleResult rule : r.rules()) {
      printRule(rule, lang, "  ", out);
    }
    out.println("  levels:");
    for (CompetenceResult c : r.competences()) {
      String title = framework.competence(c.competence()).map(x -> text(x.title(), lang)).orElse("");
      out.printf(Locale.ROOT, "    %-4s %-55s %5.1f%%  level %s%s%n", c.competence(), shorten(title, 55), c.percent(),
          c.level() == null ? "—" : c.level(), c.selfReportedLevel() == null ? "" : "  (self-reported " + c.selfReportedLevel() + ")");
    }
    List<ItemResult> lost = r.items().stream()
        .filter(i -> !i.selfReported() && i.status() != ItemStatus.CORRECT).toList();
    if (!lost.isEmpty()) {
      out.println("  items that lost points:");
      for (ItemResult i : lost) {
        out.printf(Locale.ROOT, "    %-20s %-10s %4.2f/%-4.2f %s%n", i.item(), i.status().jsonName(), i.points(), i.maxPoints(),
            i.detail() == null ? i.reason() : i.detail());
      }
    }
  }

  private static void printRule(RuleResult rule, String lang, String indent, PrintStream out) {
    out.println(indent + (rule.passed() ? "✓ " : "✗ ") + text(rule.label(), lang) + " — " + rule.detail());
    for (RuleResult child : rule.rules()) {
      printRule(child, lang, indent + "    ", out);
    }
  }

  /** Writes the reports as JSON Lines. */
  static void write(List<ScoreReport> reports, Path file) {
    StringBuilder sb = new StringBuilder();
    for (ScoreReport r : reports) {
      sb.append(Documents.standard().writeJsonLine(r)).append('\n');
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Quickstart.class.getResourceAsStream(SAMPLES + name);
    if (in == null) {
      throw new IllegalStateException("missing sample resource " + name);
    }
    return in;
  }

  private static String text(LocalizedText t, String lang) {
    return t.resolve(lang, "vi").orElse("");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
