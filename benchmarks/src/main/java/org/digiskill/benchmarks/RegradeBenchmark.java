package org.digiskill.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digiskill.engine.attempt.Regrader;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
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

/**
 * Regrading throughput through the streaming path of {@code digiskill regrade} — read a JSON line,
 * regrade it from the sample assessment 1.0 to a corrected 2.0, write the diff as a JSON line —
 * against plain scoring of the same stream (read, score with 1.0, write the report), in the same
 * JVM, so that docs/PERFORMANCE.md can state the ratio. Both write to a {@link Discard} writer,
 * which counts characters so that the work cannot be optimised away.
 *
 * <p>The loops here are those of the CLI's {@code RegradeCommand.run} and {@code ScoreCommand.run}
 * (which are package-private in the CLI module, which this module does not depend on), minus the
 * error lines and progress counts; {@link RegradeMemory} streams through {@link #regradeStream}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Longer warm-up than ScoringBenchmark's: with two versions compiled and Jackson writing two
// report shapes, 3 × 2 s left both paths still speeding up in the first measured iterations.
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
public class RegradeBenchmark {
  /** Lines per invocation: the sample submissions, repeated. */
  static final int BATCH = 1000;

  private final Documents docs = Documents.standard();
  private Regrader regrader;
  private byte[] stream;

  /** Compiles both versions and lays out the stream of submissions as UTF-8 JSON Lines. */
  @Setup
  public void setUp() {
    regrader = sampleRegrader();
    List<String> sample = sampleLines();
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < BATCH; k++) {
      sb.append(sample.get(k % sample.size())).append('\n');
    }
    stream = sb.toString().getBytes(StandardCharsets.UTF_8);
    // Fail fast if a line cannot be regraded: the benchmark would measure error lines.
    for (String line : sample) {
      regrader.regrade(docs.readSubmission(line, "sample", 0));
    }
  }

  /** Read each line, regrade it, write the diff line. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long regrade() throws IOException {
    Discard out = new Discard();
    regradeStream(regrader, docs, reader(stream), out);
    return out.chars;
  }

  /** Baseline: read each line, score it with the version it names, write the report line. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long score() throws IOException {
    Discard out = new Discard();
    scoreStream(regrader.from(), docs, reader(stream), out);
    return out.chars;
  }

  private static BufferedReader reader(byte[] bytes) {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * The streaming regrade: one line read, regraded and written at a time, so memory does not grow
   * with the stream. Returns the number of lines.
   */
  static long regradeStream(Regrader regrader, Documents docs, BufferedReader in, Writer out) throws IOException {
    long n = 0;
    String line;
    while ((line = in.readLine()) != null) {
      n++;
      out.write(docs.writeJsonLine(regrader.regrade(docs.readSubmission(line, "stream", (int) Math.min(n, Integer.MAX_VALUE)))));
      out.write('\n');
    }
    out.flush();
    return n;
  }

  /** The streaming score, as {@code digiskill score} does it. Returns the number of lines. */
  static long scoreStream(CompiledAssessment compiled, Documents docs, BufferedReader in, Writer out) throws IOException {
    long n = 0;
    String line;
    while ((line = in.readLine()) != null) {
      n++;
      out.write(docs.writeJsonLine(compiled.score(docs.readSubmission(line, "stream", (int) Math.min(n, Integer.MAX_VALUE)))));
      out.write('\n');
    }
    out.flush();
    return n;
  }

  /**
   * The sample assessment 1.0 and a corrected 2.0 made by editing its YAML as an author would: the
   * key of kiem-tra-nguoi-nhan drops the recipient's bank, the overall cut rises from 70% to 82%,
   * area 8's minimum falls from 60% to 25%. Of the eight sample lines, five change, one passed→
   * failed and one failed→passed; no form changes.
   */
  static Regrader sampleRegrader() {
    String v1 = resourceText("sample-assessment.yaml");
    String v2 = v1.replace("correct: [ten-nguoi-nhan, so-tien, ngan-hang-nhan]", "correct: [ten-nguoi-nhan, so-tien]")
        .replace("minPercent: 70", "minPercent: 82")
        .replace("minPercent: 60", "minPercent: 25")
        .replace("\nversion: \"1.0\"\n", "\nversion: \"2.0\"\n");
    if (v2.equals(v1)) {
      throw new IllegalStateException("the sample assessment changed; update the correction");
    }
    return Regrader.of(compile(v1, "v1.yaml"), compile(v2, "v2.yaml"));
  }

  private static CompiledAssessment compile(String yaml, String source) {
    Assessment a = Documents.standard().readAssessment(yaml, source, DocumentFormat.YAML);
    return CompiledAssessment.compile(a, Catalogue.builtIn().framework(a.framework()).orElseThrow());
  }

  /** The sample submissions, one JSON line each. */
  static List<String> sampleLines() {
    List<String> out = new ArrayList<>();
    for (String line : resourceText("sample-submissions.jsonl").split("\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private static String resourceText(String name) {
    try (InputStream in = RegradeBenchmark.class.getResourceAsStream("/org/digiskill/engine/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer that keeps nothing and counts the characters written. */
  static final class Discard extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s, int off, int len) {
      chars += len;
    }

    @Override
    public void write(int c) {
      chars++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
