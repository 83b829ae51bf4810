package org.digiskill.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digiskill.engine.scoring.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartTest {
  @Test
  void run_scoresEverySampleSubmission_andExplainsEachDecision(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ScoreReport> reports = Quickstart.run("en", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(reports).hasSizeGreaterThanOrEqualTo(6);
    assertThat(reports).anyMatch(ScoreReport::passed).anyMatch(r -> !r.passed()).anyMatch(r -> !r.criticalErrors().isEmpty());
    assertThat(out).contains("[vn-residents-sample@1.0]", "framework vn-residents-basic@1.0", "form for seed 12:");
    assertThat(out).contains("PASSED", "FAILED", "✓ ", "✗ ", "levels:", "level ");
    assertThat(out).contains(reports.size() + " submissions scored: " + reports.stream().filter(ScoreReport::passed).count() + " passed");

    Path file = dir.resolve("r/reports.jsonl");
    Quickstart.write(reports, file);
    assertThat(Files.readAllLines(file)).hasSameSizeAs(reports).allMatch(l -> l.contains("\"decision\":"));
  }
}
