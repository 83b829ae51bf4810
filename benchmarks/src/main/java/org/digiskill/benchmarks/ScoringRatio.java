package org.digiskill.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;

/**
 * The parse+score / parse-only ratio of {@link ScoringBenchmark}, measured the other way round:
 * both paths in one JVM, in alternating rounds, so that a slow minute on a shared machine slows
 * both sides of a round alike instead of one JMH fork. JMH runs each benchmark in its own forks one
 * after the other; on a noisy machine its two figures can come from different conditions.
 *
 * <p>Each round reads (and, on the scoring side, scores) the same {@link ScoringBenchmark#BATCH}
 * sample lines on each side, the side that goes first alternating, and records the thread CPU time
 * and bytes allocated per line. After the warm-up rounds it prints the median per-line figures and
 * the median, lowest and highest of the per-round ratios. With {@code write} as a third argument, a
 * third side in each round also writes each report as a JSON line, as {@code digiskill score}
 * does, and the share of that whole path spent scoring is printed too; the third side changes what
 * the caches hold between the other two, so the ratio is read from runs without it:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar org.digiskill.benchmarks.ScoringRatio [rounds] [warm-up rounds] [write]}</pre>
 *
 * <p>Defaults: 200 rounds after 100 of warm-up.
 */
public final class ScoringRatio {
  private ScoringRatio() {}

  /** Runs the rounds and prints the figures. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    boolean write = args.length > 2 && args[2].equals("write");
    ScoringBenchmark b = new ScoringBenchmark();
    b.setUp();
    Side parse = new Side(rounds);
    Side both = new Side(rounds);
    Side written = new Side(rounds);
    long[] sink = new long[1];
    for (int r = -warmUp; r < rounds; r++) {
      boolean parseFirst = (r & 1) == 0;
      for (int k = 0; k < 2; k++) {
        if ((k == 0) == parseFirst) {
          parse.run(r, () -> parseOnly(b, sink));
        } else {
          both.run(r, () -> parseAndScore(b, sink));
        }
      }
      if (write) {
        written.run(r, () -> parseScoreAndWrite(b, sink));
      }
    }
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = parse.micros[r] / both.micros[r];
    }
    Arrays.sort(ratios);
    System.out.printf("parseOnly      %8.2f µs/line  %8.0f B/line%n", parse.medianMicros(), parse.medianBytes());
    System.out.printf("parseAndScore  %8.2f µs/line  %8.0f B/line%n", both.medianMicros(), both.medianBytes());
    System.out.printf("ratio parse+score / parse-only: median %.3f (lowest %.3f, quartiles %.3f–%.3f, highest %.3f) over %d rounds%n",
        ratios[rounds / 2], ratios[0], ratios[rounds / 4], ratios[3 * rounds / 4], ratios[rounds - 1], rounds);
    if (write) {
      double[] shares = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        shares[r] = (both.micros[r] - parse.micros[r]) / written.micros[r];
      }
      Arrays.sort(shares);
      System.out.printf("parse+score+write %8.2f µs/line  %8.0f B/line; scoring's share of it: median %.3f (quartiles %.3f–%.3f)%n",
          written.medianMicros(), written.medianBytes(), shares[rounds / 2], shares[rounds / 4], shares[3 * rounds / 4]);
    }
    if (sink[0] == 42) {
      System.out.println();
    }
  }

  private static void parseOnly(ScoringBenchmark b, long[] sink) {
    Documents docs = b.docs;
    for (String line : b.lines) {
      sink[0] += docs.readSubmission(line, "sample", 0).responses().size();
    }
  }

  private static void parseAndScore(ScoringBenchmark b, long[] sink) {
    Documents docs = b.docs;
    CompiledAssessment compiled = b.compiled;
    for (String line : b.lines) {
      Submission s = docs.readSubmission(line, "sample", 0);
      sink[0] += compiled.score(s).items().size();
    }
  }

  private static void parseScoreAndWrite(ScoringBenchmark b, long[] sink) {
    Documents docs = b.docs;
    CompiledAssessment compiled = b.compiled;
    for (String line : b.lines) {
      Submission s = docs.readSubmission(line, "sample", 0);
      sink[0] += docs.writeJsonLine(compiled.score(s)).length();
    }
  }

  /** The per-line figures of one side, per measured round. */
  private static final class Side {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    final double[] micros;
    final double[] bytes;

    Side(int rounds) {
      micros = new double[rounds];
      bytes = new double[rounds];
    }

    void run(int round, Runnable batch) {
      long a0 = THREADS.getCurrentThreadAllocatedBytes();
      long t0 = THREADS.getCurrentThreadCpuTime();
      batch.run();
      long t1 = THREADS.getCurrentThreadCpuTime();
      long a1 = THREADS.getCurrentThreadAllocatedBytes();
      if (round >= 0) {
        micros[round] = (t1 - t0) / 1000.0 / ScoringBenchmark.BATCH;
        bytes[round] = (double) (a1 - a0) / ScoringBenchmark.BATCH;
      }
    }

    double medianMicros() {
      return median(micros);
    }

    double medianBytes() {
      return median(bytes);
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }
}
