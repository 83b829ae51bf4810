package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.fixture;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASSESSMENT = fixture("scoring/mini-assessment.yaml");
  private static final String SUBMISSIONS = fixture("scoring/submissions.jsonl");

  @Test
  void score_writesOneLinePerInputLine_inOrder_withErrorsInPlace(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reports.jsonl");
    ValidateCommandTest.Result r = run("score", "--assessment", ASSESSMENT, "--submissions", SUBMISSIONS, "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("attemptId").asText()).isEqualTo("a1");
    assertThat(first.get("decision").asText()).isIn("passed", "failed");
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.get("line").asInt()).isEqualTo(2);
    assertThat(second.get("error").get("code").asText()).isEqualTo("document.syntax");
    JsonNode third = JSON.readTree(lines.get(2));
    assertThat(third.get("line").asInt()).isEqualTo(3);
    assertThat(third.get("error").get("code").asText()).isEqualTo("submission.assessment-mismatch");
    assertThat(third.get("error").get("path").asText()).isEqualTo("/assessment");
    assertThat(third.get("error").get("message").asText()).isEqualTo("expected a submission for [mini-safety@1.0] but was [mini-safety@9.9]");
    JsonNode fourth = JSON.readTree(lines.get(3));
    assertThat(fourth.get("decision").asText()).isEqualTo("failed");
    assertThat(fourth.get("criticalErrors").get(0).asText()).isEqualTo("otp-call:a");
    assertThat(r.err()).contains("4 lines: 2 scored (", "2 errors");
  }

  @Test
  void score_sameInputs_giveByteIdenticalOutput(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    run("score", "--assessment", ASSESSMENT, "--submissions", SUBMISSIONS, "--out", a.toString());
    run("score", "--assessment", ASSESSMENT, "--submissions", SUBMISSIONS, "--out", b.toString());
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEmpty();
  }

  @Test
  void score_toStandardOutput() {
    ValidateCommandTest.Result r = run("score", "--assessment", ASSESSMENT, "--submissions", SUBMISSIONS);
    assertThat(r.outLines()).hasSize(4);
  }

  @Test
  void score_missingOptions_isUsageError() {
    assertThat(run("score", "--assessment", ASSESSMENT).exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void score_missingSubmissionsFile_isExitOne() {
    ValidateCommandTest.Result r = run("score", "--assessment", ASSESSMENT, "--submissions", "no-such.jsonl");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("no-such.jsonl: no such file");
  }

  @Test
  void score_invalidAssessment_isExitOneWithLocatedProblems() {
    ValidateCommandTest.Result r = run("score", "--assessment", fixture("invalid/unknown-property.yaml"), "--submissions", SUBMISSIONS);
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("unknown-property.yaml:");
  }

  @Test
  void preview_printsTheFormForASeed() throws Exception {
    ValidateCommandTest.Result text = run("preview", "--assessment", ASSESSMENT, "--seed", "42", "--lang", "en");
    assertThat(text.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(text.out()).contains("Small safety check  [mini-safety@1.0, seed 42]", "== main", "== task",
        "1. [bill, numeric, 1 pt]", "c) None of these  (pinned)");
    ValidateCommandTest.Result json = run("preview", "--assessment", ASSESSMENT, "--seed", "42", "--format", "json");
    JsonNode form = JSON.readTree(json.out());
    assertThat(form.get("seed").asLong()).isEqualTo(42);
    assertThat(form.get("items")).hasSize(10);
    assertThat(form.get("items").get(0).get("item").asText()).isEqualTo("bill");
    assertThat(run("preview", "--assessment", ASSESSMENT, "--seed", "42", "--format", "xml").exitCode()).isEqualTo(Main.EXIT_USAGE);
  }
}
