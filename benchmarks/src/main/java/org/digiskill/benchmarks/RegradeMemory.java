package org.digiskill.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.digiskill.engine.attempt.Regrader;
import org.digiskill.model.io.Documents;

/**
 * Shows that regrading streams in constant memory: it pushes 1,000,000 generated submission lines
 * (the sample lines in turn, each with its own attempt id, made one at a time by an iterator —
 * never a list) through {@link RegradeBenchmark#regradeStream}, and prints the heap in use after a
 * {@link System#gc()} when 10,000 and when 1,000,000 lines have been read, while the stream is
 * still open, and the highest heap use a sampler saw during the run. Run it with a small heap:
 *
 * <pre>{@code java -Xmx128m -cp benchmarks/target/benchmarks.jar org.digiskill.benchmarks.RegradeMemory}</pre>
 *
 * <p>An optional argument sets the number of lines (default 1,000,000).
 */
public final class RegradeMemory {
  private static final int FIRST_CHECKPOINT = 10_000;

  private RegradeMemory() {}

  /** Runs the stream and prints the figures. */
  public static void main(String[] args) throws Exception {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Regrader regrader = RegradeBenchmark.sampleRegrader();
    List<String> sample = RegradeBenchmark.sampleLines();

    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);

    long[] heapAt = new long[2];
    Iterator<String> lines = new Iterator<>() {
      private long made;

      @Override
      public boolean hasNext() {
        if (made < total) {
          return true;
        }
        if (heapAt[1] == 0) {
          heapAt[1] = usedAfterGc(memory);
        }
        return false;
      }

      @Override
      public String next() {
        if (made == total) {
          throw new NoSuchElementException();
        }
        if (made == FIRST_CHECKPOINT) {
          heapAt[0] = usedAfterGc(memory);
        }
        String line = sample.get((int) (made % sample.size()));
        made++;
        // Distinct attempts, as a real export has; the sample ids are att-0001 to att-0008.
        return line.replaceFirst("\"attemptId\":\"att-\\d+\"", "\"attemptId\":\"gen-" + made + "\"");
      }
    };

    System.out.printf("java %s, max heap %d MiB, %d lines%n", System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, total);
    sampler.start();
    RegradeBenchmark.Discard out = new RegradeBenchmark.Discard();
    long start = System.nanoTime();
    long n;
    try (BufferedReader in = new BufferedReader(new LinesReader(lines), 1 << 16)) {
      n = RegradeBenchmark.regradeStream(regrader, Documents.standard(), in, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    System.out.printf("regraded %d lines in %.1f s (%.0f lines/s), %d MiB of JSON written%n", n, seconds, n / seconds, out.chars >> 20);
    System.out.printf("heap used after GC at %,d lines: %.1f MiB%n", Math.min(FIRST_CHECKPOINT, total), heapAt[0] / 1048576.0);
    System.out.printf("heap used after GC at %,d lines: %.1f MiB%n", total, heapAt[1] / 1048576.0);
    System.out.printf("highest heap use sampled during the run: %.1f MiB%n", peak.get() / 1048576.0);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** A reader over lines made on demand: holds one line at a time. */
  private static final class LinesReader extends Reader {
    private final Iterator<String> lines;
    private String current = "";
    private int pos;

    LinesReader(Iterator<String> lines) {
      this.lines = lines;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos == current.length()) {
        if (!lines.hasNext()) {
          return -1;
        }
        current = lines.next() + "\n";
        pos = 0;
      }
      int k = Math.min(len, current.length() - pos);
      current.getChars(pos, pos + k, buf, off);
      pos += k;
      return k;
    }

    @Override
    public void close() {}
  }
}
