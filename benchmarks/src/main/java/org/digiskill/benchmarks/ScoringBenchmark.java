package org.digiskill.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput for the bundled sample assessment against a parse-only baseline: reading the
 * same JSON Lines submissions without scoring them. The goal (docs/PERFORMANCE.md) is that
 * parse+score runs at ≥ 0.8 of parse-only throughput; both run in the same JVM, and the report
 * compares them as a ratio, never as absolute times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScoringBenchmark {
  /** Lines per invocation: the sample submissions, repeated. */
  static final int BATCH = 1000;

  CompiledAssessment compiled;
  String[] lines;
  final Documents docs = Documents.standard();

  /** Loads and compiles the sample, and reads the sample submissions as text. */
  @Setup
  public void setUp() throws IOException {
    Assessment a;
    try (InputStream in = resource("sample-assessment.yaml")) {
      a = docs.readAssessment(in, "sample-assessment.yaml", DocumentFormat.YAML);
    }
    compiled = CompiledAssessment.compile(a, Catalogue.builtIn().framework(a.framework()).orElseThrow());
    List<String> sample = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("sample-submissions.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          sample.add(line);
        }
      }
    }
    lines = new String[BATCH];
    for (int k = 0; k < BATCH; k++) {
      lines[k] = sample.get(k % sample.size());
    }
    // Fail fast if a sample line cannot be scored: the benchmark would measure errors.
    for (String line : sample) {
      compiled.score(docs.readSubmission(line, "sample", 0));
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ScoringBenchmark.class.getResourceAsStream("/org/digiskill/engine/samples/" + name);
    if (in == null) {
      throw new IllegalStateException("missing sample resource " + name);
    }
    return in;
  }

  /** Baseline: read each submission from its JSON line, nothing else. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void parseOnly(Blackhole bh) {
    for (String line : lines) {
      bh.consume(docs.readSubmission(line, "sample", 0));
    }
  }

  /** Read each submission and score it. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void parseAndScore(Blackhole bh) {
    for (String line : lines) {
      Submission s = docs.readSubmission(line, "sample", 0);
      ScoreReport r = compiled.score(s);
      bh.consume(r);
    }
  }

  /** Scoring alone, on submissions read beforehand (for the breakdown). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void scoreOnly(Blackhole bh, Parsed parsed) {
    for (Submission s : parsed.submissions) {
      bh.consume(compiled.score(s));
    }
  }

  /** The batch already read, for {@link #scoreOnly}. */
  @State(Scope.Benchmark)
  public static class Parsed {
    Submission[] submissions;

    /** Reads the batch once. */
    @Setup
    public void setUp(ScoringBenchmark b) {
      submissions = new Submission[BATCH];
      for (int k = 0; k < BATCH; k++) {
        submissions[k] = b.docs.readSubmission(b.lines[k], "sample", 0);
      }
    }
  }
}
