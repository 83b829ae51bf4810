package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.fixture;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegradeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The bundled sample assessment, version 1.0. */
  private static final String V1 = Inputs.SAMPLE;
  /** Version 2.0, corrected from the sample and written once per run (see corrected()). */
  private static final String V2;
  /** The bundled sample submissions, written out because some tests read the file. */
  private static final String SUBMISSIONS;

  static {
    try {
      Path dir = Files.createDirectories(Path.of("target", "regrade-fixtures"));
      Path v2 = dir.resolve("v2.yaml");
      Files.writeString(v2, corrected(resource(Inputs.SAMPLE_ASSESSMENT)), StandardCharsets.UTF_8);
      Path subs = dir.resolve("submissions.jsonl");
      Files.writeString(subs, resource(Inputs.SAMPLE_SUBMISSIONS), StandardCharsets.UTF_8);
      V2 = v2.toString();
      SUBMISSIONS = subs.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws java.io.IOException {
    try (var in = RegradeCommandTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Version 2.0 of the sample: the key of kiem-tra-nguoi-nhan no longer includes the recipient's
   * bank, the overall cut rises from 70% to 82%, and area 8's minimum falls from 60% to 25%.
   * Nothing that delivery depends on changes.
   */
  private static String corrected(String v1) {
    String[][] edits = {
      {"\nversion: \"1.0\"\n", "\nversion: \"2.0\"\n"},
      {"correct: [ten-nguoi-nhan, so-tien, ngan-hang-nhan]", "correct: [ten-nguoi-nhan, so-tien]"},
      {"minPercent: 70", "minPercent: 82"},
      {"minPercent: 60", "minPercent: 25"},
    };
    String out = v1;
    for (String[] e : edits) {
      int at = out.indexOf(e[0]);
      if (at < 0 || out.indexOf(e[0], at + 1) >= 0) {
        throw new IllegalStateException("expected exactly one [" + e[0] + "] in the sample");
      }
      out = out.replace(e[0], e[1]);
    }
    return out;
  }

  private static List<JsonNode> records(List<String> lines) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : lines) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void regrade_writesOneRecordPerInputLine_inOrder(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("diff.jsonl");
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--out", out.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    List<JsonNode> records = records(Files.readAllLines(out));
    assertThat(records).hasSize(Files.readAllLines(Path.of(SUBMISSIONS)).size());
    assertThat(records).extracting(n -> n.get("attemptId").asText())
        .containsExactly("att-0001", "att-0002", "att-0003", "att-0004", "att-0005", "att-0006", "att-0007", "att-0008");
    assertThat(records).extracting(n -> n.get("changed").asBoolean()).containsExactly(true, false, true, true, false, false, true, true);
    assertThat(records).extracting(n -> n.get("transition").asText()).containsExactly("unchanged", "unchanged", "unchanged",
        "passed→failed", "unchanged", "unchanged", "failed→passed", "unchanged");
    JsonNode fourth = records.get(3);
    assertThat(fourth.get("old").get("decision").asText()).isEqualTo("passed");
    assertThat(fourth.get("new").get("decision").asText()).isEqualTo("failed");
    assertThat(fourth.get("old").get("points").asDouble()).isEqualTo(30.016666666666666);
    assertThat(fourth.get("new").get("points").asDouble()).isEqualTo(30.183333333333334);
    assertThat(fourth.get("old").get("version").asText()).isEqualTo("1.0");
    assertThat(fourth.get("new").get("version").asText()).isEqualTo("2.0");
    assertThat(records.get(0).get("old").get("levels").get("6.2").asText()).isEqualTo("2");
    assertThat(records.get(0).get("new").get("levels").has("6.2")).isFalse();
    assertThat(r.err()).contains("8 lines: 5 changed (1 passed→failed, 1 failed→passed), 3 unchanged, 0 errors");
  }

  @Test
  void regrade_dryRun_writesNothing(@TempDir Path dir) {
    Path out = dir.resolve("diff.jsonl");
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--out", out.toString(), "--dry-run");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(out).doesNotExist();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("dry run, nothing written: 8 lines: 5 changed (1 passed→failed, 1 failed→passed), 3 unchanged, 0 errors");
  }

  @Test
  void regrade_dryRun_toStandardOutput_writesNothing() {
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--dry-run");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void regrade_sameInputs_giveByteIdenticalOutput(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--out", a.toString());
    run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--out", b.toString());

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEmpty();
  }

  @Test
  void regrade_toStandardOutput_matchesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("diff.jsonl");
    run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--out", file.toString());
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS);

    assertThat(r.outLines()).hasSize(8).isEqualTo(Files.readAllLines(file));
  }

  @Test
  void regrade_sameVersionTwice_changesNothing() throws Exception {
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V1, "--submissions", SUBMISSIONS);

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(records(r.outLines())).extracting(n -> n.get("changed").asBoolean()).containsOnly(false).hasSize(8);
    assertThat(r.err()).contains("8 lines: 0 changed (0 passed→failed, 0 failed→passed), 8 unchanged, 0 errors");
  }

  @Test
  void regrade_bundledSample_asFrom() {
    ValidateCommandTest.Result r = run("regrade", "--from", "sample", "--to", V2, "--submissions", "sample");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.outLines()).hasSize(8);
  }

  @Test
  void regrade_badLines_areErrorLinesInPlace_andExitOne(@TempDir Path dir) throws Exception {
    List<String> sample = Files.readAllLines(Path.of(SUBMISSIONS));
    Path in = dir.resolve("mixed.jsonl");
    Files.write(in, List.of(sample.get(0), "{", sample.get(1).replace("\"version\":\"1.0\"", "\"version\":\"2.0\""), sample.get(3)));

    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", in.toString());

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    List<JsonNode> records = records(r.outLines());
    assertThat(records).hasSize(4);
    assertThat(records.get(0).get("attemptId").asText()).isEqualTo("att-0001");
    assertThat(records.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(records.get(1).get("error").get("code").asText()).isEqualTo("document.syntax");
    assertThat(records.get(2).get("line").asInt()).isEqualTo(3);
    assertThat(records.get(2).get("error").get("code").asText()).isEqualTo("submission.assessment-mismatch");
    assertThat(records.get(2).get("error").get("path").asText()).isEqualTo("/assessment");
    assertThat(records.get(2).get("error").get("message").asText())
        .isEqualTo("expected a submission for [vn-residents-sample@1.0] but was [vn-residents-sample@2.0]");
    assertThat(records.get(3).get("transition").asText()).isEqualTo("passed→failed");
    assertThat(r.err()).contains("4 lines: 2 changed (1 passed→failed, 0 failed→passed), 0 unchanged, 2 errors");
  }

  @Test
  void regrade_formChanged_isAnErrorLine(@TempDir Path dir) throws Exception {
    Path v3 = dir.resolve("v3.yaml");
    Files.writeString(v3, resource(Inputs.SAMPLE_ASSESSMENT).replace("- {count: 3, tag: mo-rong}", "- {count: 2, tag: mo-rong}")
        .replace("\nversion: \"1.0\"\n", "\nversion: \"3.0\"\n"));

    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", v3.toString(), "--submissions", SUBMISSIONS);

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    List<JsonNode> records = records(r.outLines());
    assertThat(records).hasSize(8).allSatisfy(n -> assertThat(n.get("error").get("code").asText()).isEqualTo("regrade.form-changed"));
    assertThat(records.get(2).get("error").get("message").asText()).isEqualTo("expected seed 6 to deliver the same items under"
        + " [vn-residents-sample@3.0] as under [vn-residents-sample@1.0] but [mo-rong/quyen-ung-dung] were dropped and [] added");
    assertThat(r.err()).contains("8 lines: 0 changed (0 passed→failed, 0 failed→passed), 0 unchanged, 8 errors");
  }

  @Test
  void regrade_printsProgress_everyTenThousandLines(@TempDir Path dir) throws Exception {
    List<String> sample = Files.readAllLines(Path.of(SUBMISSIONS));
    Path in = dir.resolve("many.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int k = 0; k < JsonLines.PROGRESS_EVERY + 1; k++) {
        w.write(sample.get(k % sample.size()));
        w.newLine();
      }
    }

    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", in.toString(), "--dry-run");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.err()).contains("regraded 10000 lines...").doesNotContain("regraded 20000")
        .contains("10001 lines: 6251 changed (1250 passed→failed, 1250 failed→passed), 3750 unchanged, 0 errors");
  }

  @Test
  void regrade_missingOptions_isUsageError() {
    assertThat(run("regrade", "--from", V1, "--submissions", SUBMISSIONS).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("regrade", "--to", V2, "--submissions", SUBMISSIONS).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("regrade", "--from", V1, "--to", V2).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--bogus").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("regrade", "--from", V1, "--to", V2, "--submissions", SUBMISSIONS, "--lang", "fr").exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void regrade_versionsOfDifferentAssessments_isUsageError(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, Files.readString(Path.of(V2)).replace("\nid: vn-residents-sample\n", "\nid: other-sample\n"));

    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", other.toString(), "--submissions", SUBMISSIONS);

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--from and --to: expected two versions of one assessment but was [vn-residents-sample@1.0] and [other-sample@2.0]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void regrade_missingSubmissionsFile_isExitOne() {
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", V2, "--submissions", "no-such.jsonl");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("no-such.jsonl: no such file");
  }

  @Test
  void regrade_invalidAssessment_isExitOneWithLocatedProblems() {
    ValidateCommandTest.Result r = run("regrade", "--from", V1, "--to", fixture("invalid/unknown-property.yaml"), "--submissions", SUBMISSIONS);

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("unknown-property.yaml:");
  }

  @Test
  void main_help_listsRegrade() {
    assertThat(run("--help").out()).contains("regrade");
    assertThat(run("regrade", "--help").out()).contains("--dry-run", "--from", "--to", "--submissions", "--out");
  }
}
