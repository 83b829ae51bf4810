package org.digiskill.engine.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;

/** The bundled sample assessment and submissions, read from the class path once, for tests. */
public final class Samples {
  private static final String DIR = "/org/digiskill/engine/samples/";
  public static final String ASSESSMENT_RESOURCE = DIR + "sample-assessment.yaml";
  public static final String SUBMISSIONS_RESOURCE = DIR + "sample-submissions.jsonl";

  public static final CompetencyFramework FRAMEWORK = Catalogue.builtIn().residentsBasic();
  public static final Assessment ASSESSMENT = readAssessment();
  public static final CompiledAssessment COMPILED = CompiledAssessment.compile(ASSESSMENT, FRAMEWORK);

  private Samples() {}

  private static InputStream open(String resource) {
    InputStream in = Samples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path");
    }
    return in;
  }

  private static Assessment readAssessment() {
    try (InputStream in = open(ASSESSMENT_RESOURCE)) {
      return Documents.standard().readAssessment(in, "sample-assessment.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample submissions' JSON lines, blank lines left out, in file order. */
  public static List<String> submissionLines() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(SUBMISSIONS_RESOURCE), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample submissions, read, in file order. */
  public static List<Submission> submissions() {
    List<String> lines = submissionLines();
    List<Submission> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      out.add(Documents.standard().readSubmission(lines.get(k), "sample-submissions.jsonl", k + 1));
    }
    return out;
  }
}
