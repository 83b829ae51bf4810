package org.digiskill.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.ValidationReport;
import org.digiskill.model.validation.Violation;

/**
 * Loads the assessment (and its framework) that a command works on. The word {@code sample}
 * stands for the bundled sample assessment and its sample submissions, and {@code sample-adaptive}
 * for the bundled adaptive sample, so that every command can be tried without writing a file.
 */
final class Inputs {
  /** The name that stands for the bundled sample files. */
  static final String SAMPLE = "sample";

  static final String SAMPLE_ASSESSMENT = "/org/digiskill/engine/samples/sample-assessment.yaml";
  static final String SAMPLE_SUBMISSIONS = "/org/digiskill/engine/samples/sample-submissions.jsonl";

  /** The name that stands for the bundled adaptive sample assessment. */
  static final String SAMPLE_ADAPTIVE = "sample-adaptive";

  static final String SAMPLE_ADAPTIVE_ASSESSMENT = "/org/digiskill/engine/samples/sample-adaptive-assessment.yaml";

  private Inputs() {}

  /** Reads an assessment file, or the bundled sample for {@code sample}. */
  static Assessment assessment(String path) {
    boolean adaptive = SAMPLE_ADAPTIVE.equals(path);
    if ((SAMPLE.equals(path) || adaptive) && !Files.exists(Path.of(path))) {
      String resource = adaptive ? SAMPLE_ADAPTIVE_ASSESSMENT : SAMPLE_ASSESSMENT;
      try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the sample assessment is missing from the jar");
        }
        return Documents.standard().readAssessment(in, resource.substring(resource.lastIndexOf('/') + 1), DocumentFormat.YAML);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return Documents.standard().readAssessment(Path.of(path));
  }

  /**
   * Returns the framework file given, or the built-in framework the assessment names.
   *
   * @throws InvalidDefinitionException when neither is found
   */
  static CompetencyFramework framework(Assessment assessment, String frameworkPath) {
    if (frameworkPath != null) {
      return Documents.standard().readFramework(Path.of(frameworkPath));
    }
    return Catalogue.builtIn().framework(assessment.framework()).orElseThrow(() -> {
      String code = "assessment.unknown-framework";
      Violation v = new Violation("", "/framework", 0, 0, code, org.digiskill.model.validation.Severity.ERROR,
          org.digiskill.model.LocalizedText.of("en", "framework [" + assessment.framework() + "] is not built in; give it with --framework FILE",
              "vi", "khung [" + assessment.framework() + "] không có sẵn; hãy chỉ ra bằng --framework FILE"));
      return new InvalidDefinitionException(ValidationReport.of(v));
    });
  }

  /** Loads and compiles an assessment with its framework. */
  static CompiledAssessment compile(String assessmentPath, String frameworkPath) {
    Assessment a = assessment(assessmentPath);
    return CompiledAssessment.compile(a, framework(a, frameworkPath));
  }

  /** Opens a submissions file, or the bundled sample submissions for {@code sample}. */
  static InputStream submissions(String path) throws java.io.IOException {
    if (SAMPLE.equals(path) && !Files.exists(Path.of(path))) {
      InputStream in = Inputs.class.getResourceAsStream(SAMPLE_SUBMISSIONS);
      if (in == null) {
        throw new java.io.FileNotFoundException("the sample submissions are missing from the jar");
      }
      return in;
    }
    return Files.newInputStream(Path.of(path));
  }

  /**
   * Reads a JSON object (a credential or status list) strictly: a repeated key or trailing
   * content is an error, never silently resolved.
   */
  static java.util.Map<String, Object> jsonObject(Path file) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return json.readValue(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8),
        new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {});
  }

  /**
   * Returns {@code value}, or for {@code -} the first line of standard input: personal data such as
   * an e-mail address then stays out of shell history and the process list.
   */
  static String valueOrStdin(String value) {
    if (!"-".equals(value)) {
      return value;
    }
    try {
      String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
      return line == null ? "" : line.strip();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Prints every problem of a refused document to standard error. */
  static void printProblems(InvalidDefinitionException e, Language language, java.io.PrintWriter err) {
    for (Violation v : e.report().sorted()) {
      err.println(v.format(language.tag()));
    }
  }
}
