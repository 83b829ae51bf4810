package org.digiskill.engine.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.digiskill.engine.attempt.RegraderTest.Samples.LINES;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V1;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V1_1_SAME;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V1_TEXT;
import static org.digiskill.engine.attempt.RegraderTest.Samples.V2;
import static org.digiskill.engine.attempt.RegraderTest.Samples.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digiskill.engine.attempt.RegradeRecord.Outcome;
import org.digiskill.engine.attempt.RegradeRecord.Transition;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.Decision;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;

/** Regrading the sample submissions against corrected versions of the sample assessment. */
class RegraderTest {
  private static final Regrader CORRECTED = Regrader.of(V1, V2);

  private static List<RegradeRecord> regradeAll(Regrader regrader) {
    List<RegradeRecord> out = new ArrayList<>();
    for (int k = 0; k < LINES.size(); k++) {
      out.add(regrader.regrade(submission(k)));
    }
    return out;
  }

  private static Map<String, List<String>> levelChanges(RegradeRecord r) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    r.oldOutcome().levels().forEach((c, l) -> {
      if (!l.equals(r.newOutcome().levels().get(c))) {
        m.put(c, java.util.Arrays.asList(l, r.newOutcome().levels().get(c)));
      }
    });
    r.newOutcome().levels().forEach((c, l) -> {
      if (!r.oldOutcome().levels().containsKey(c)) {
        m.put(c, java.util.Arrays.asList(null, l));
      }
    });
    return m;
  }

  @Test
  void regrade_correctedVersion_reportsExactlyWhoChanges() {
    List<RegradeRecord> records = regradeAll(CORRECTED);

    // Points are compared exactly, as written to JSON: the same sums in the same order every time.

    assertThat(records).extracting(RegradeRecord::attemptId, RegradeRecord::changed, RegradeRecord::transition,
        r -> r.oldOutcome().points(), r -> r.newOutcome().points(), r -> r.oldOutcome().decision(), r -> r.newOutcome().decision())
        .containsExactly(
            // Chose the recipient's bank too, now one wrong choice: 6.2 falls below its level.
            tuple("att-0001", true, Transition.UNCHANGED, 36.33333333333333, 35.83333333333333, Decision.PASSED, Decision.PASSED),
            tuple("att-0002", false, Transition.UNCHANGED, 13.0, 13.0, Decision.FAILED, Decision.FAILED),
            tuple("att-0003", true, Transition.UNCHANGED, 35.0, 34.5, Decision.FAILED, Decision.FAILED),
            // 81.58% is below the new 82% cut.
            tuple("att-0004", true, Transition.PASSED_TO_FAILED, 30.016666666666666, 30.183333333333334, Decision.PASSED, Decision.FAILED),
            tuple("att-0005", false, Transition.UNCHANGED, 16.0, 16.0, Decision.FAILED, Decision.FAILED),
            tuple("att-0006", false, Transition.UNCHANGED, 37.0, 37.0, Decision.PASSED, Decision.PASSED),
            // Area 8 at 25% now meets its minimum.
            tuple("att-0007", true, Transition.FAILED_TO_PASSED, 31.0, 31.0, Decision.FAILED, Decision.PASSED),
            // Chose only name and amount, now fully right (a critical error still fails it).
            tuple("att-0008", true, Transition.UNCHANGED, 31.666666666666668, 32.0, Decision.FAILED, Decision.FAILED));
    assertThat(records).extracting(RegraderTest::levelChanges).containsExactly(
        Map.of("6.2", java.util.Arrays.asList("2", null)), Map.of(), Map.of("6.2", java.util.Arrays.asList("2", null)), Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of("6.2", java.util.Arrays.asList(null, "2")));
    assertThat(records).allSatisfy(r -> {
      assertThat(r.oldOutcome().version()).isEqualTo("1.0");
      assertThat(r.oldOutcome().fingerprint()).isEqualTo(V1.fingerprint());
      assertThat(r.newOutcome().version()).isEqualTo("2.0");
      assertThat(r.newOutcome().fingerprint()).isEqualTo(V2.fingerprint());
    });
  }

  @Test
  void regrade_unchangedVersion_reportsNoChange() {
    assertThat(regradeAll(Regrader.of(V1, V1_1_SAME))).allSatisfy(r -> {
      assertThat(r.changed()).isFalse();
      assertThat(r.transition()).isEqualTo(Transition.UNCHANGED);
      assertThat(r.newOutcome().version()).isEqualTo("1.1");
      assertThat(r.newOutcome().levels()).isEqualTo(r.oldOutcome().levels());
    });
  }

  @Test
  void regrade_sameCompiledAssessment_reportsNoChange() {
    assertThat(regradeAll(Regrader.of(V1, V1))).allSatisfy(r -> {
      assertThat(r.changed()).isFalse();
      assertThat(r.newOutcome()).isEqualTo(r.oldOutcome());
    });
  }

  @Test
  void regrade_outcomesAreThoseOfScoring() {
    Submission s = submission(3);
    RegradeRecord r = CORRECTED.regrade(s);

    assertThat(r.oldOutcome()).isEqualTo(Outcome.of(V1.score(s)));
    Submission relabelled = new Submission(s.attemptId(), new Submission.AssessmentRef("vn-residents-sample", "2.0"), s.candidate(),
        s.seed(), s.startedAt(), s.submittedAt(), s.context(), s.responses());
    assertThat(r.newOutcome()).isEqualTo(Outcome.of(V2.score(relabelled)));
    assertThat(r.attemptId()).isEqualTo("att-0004");
    assertThat(r.candidate()).isEqualTo(s.candidate());
  }

  @Test
  void regrade_writesTheDocumentedJson() {
    RegradeRecord r = CORRECTED.regrade(submission(3));
    String levels = "{\"1.1\":\"1\",\"2.1\":\"2\",\"2.2\":\"2\",\"3.1\":\"2\",\"3.2\":\"2\",\"4.1\":\"2\",\"4.3\":\"1\",\"5.1\":\"2\","
        + "\"5.2\":\"2\",\"6.1\":\"2\",\"7.1\":\"2\",\"8.1\":\"2\",\"8.2\":\"2\"}";

    assertThat(Documents.standard().writeJsonLine(r)).isEqualTo("{\"attemptId\":\"att-0004\",\"candidate\":\"p-5b90d2\",\"changed\":true,"
        + "\"transition\":\"passed→failed\","
        + "\"old\":{\"version\":\"1.0\",\"points\":30.016666666666666,\"percent\":81.12612612612612,\"decision\":\"passed\","
        + "\"levels\":" + levels + ",\"fingerprint\":\"" + V1.fingerprint() + "\"},"
        + "\"new\":{\"version\":\"2.0\",\"points\":30.183333333333334,\"percent\":81.57657657657658,\"decision\":\"failed\","
        + "\"levels\":" + levels + ",\"fingerprint\":\"" + V2.fingerprint() + "\"}}");
  }

  @Test
  void regrade_submissionForAnotherVersion_isAssessmentMismatch() {
    Submission s = submission(0);
    Submission forV2 = new Submission(s.attemptId(), new Submission.AssessmentRef("vn-residents-sample", "2.0"), s.candidate(),
        s.seed(), null, null, null, s.responses());

    assertThatThrownBy(() -> CORRECTED.regrade(forV2)).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.assessment-mismatch")
        .hasFieldOrPropertyWithValue("path", "/assessment")
        .hasMessage("expected a submission for [vn-residents-sample@1.0] but was [vn-residents-sample@2.0]");
  }

  @Test
  void regrade_formChangedForTheSeed_isRefused() {
    // One item fewer drawn from the "mo-rong" pool: every form changes.
    CompiledAssessment redrawn = Samples.compile(Samples.bump(
        Samples.replaceOnce(V1_TEXT, "- {count: 3, tag: mo-rong}", "- {count: 2, tag: mo-rong}"), "3.0"), "v3.yaml");
    Regrader regrader = Regrader.of(V1, redrawn);

    assertThatThrownBy(() -> regrader.regrade(submission(2))).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", Regrader.FORM_CHANGED)
        .hasFieldOrPropertyWithValue("path", "/seed")
        .hasMessage("expected seed 6 to deliver the same items under [vn-residents-sample@3.0] as under [vn-residents-sample@1.0]"
            + " but [mo-rong/quyen-ung-dung] were dropped and [] added");
    assertThatThrownBy(() -> regrader.regrade(submission(0)))
        .hasMessage("expected seed 12 to deliver the same items under [vn-residents-sample@3.0] as under [vn-residents-sample@1.0]"
            + " but [an-toan/bao-ve-tai-khoan, mo-rong/giao-dich-la] were dropped and [an-toan/mat-khau-manh] added");
    assertThat(Regrader.FORM_CHANGED).isEqualTo("regrade.form-changed");
  }

  @Test
  void regrade_submissionBadForBothVersions_isRefusedAsScoringRefusesIt() {
    Submission s = submission(0);
    List<Response> extra = new ArrayList<>(s.responses());
    extra.add(new Response.SingleChoice("no-such-item", "a"));
    Submission bad = new Submission(s.attemptId(), s.assessment(), s.candidate(), s.seed(), null, null, null, extra);

    assertThatThrownBy(() -> CORRECTED.regrade(bad)).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.unknown-item");
  }

  @Test
  void of_differentAssessments_isIllegalArgument() {
    CompiledAssessment other = Samples.compile(Samples.replaceOnce(V1_TEXT, "\nid: vn-residents-sample\n", "\nid: other-sample\n"),
        "other.yaml");

    assertThatThrownBy(() -> Regrader.of(V1, other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected two versions of one assessment but was [vn-residents-sample@1.0] and [other-sample@1.0]");
    assertThat(Regrader.of(V1, V2).from()).isSameAs(V1);
    assertThat(Regrader.of(V1, V2).to()).isSameAs(V2);
  }

  @Test
  void transition_ofDecisions() {
    assertThat(Transition.of(Decision.PASSED, Decision.PASSED)).isEqualTo(Transition.UNCHANGED);
    assertThat(Transition.of(Decision.FAILED, Decision.FAILED)).isEqualTo(Transition.UNCHANGED);
    assertThat(Transition.of(Decision.PASSED, Decision.FAILED)).isEqualTo(Transition.PASSED_TO_FAILED);
    assertThat(Transition.of(Decision.FAILED, Decision.PASSED)).isEqualTo(Transition.FAILED_TO_PASSED);
    assertThat(Transition.values()).extracting(Transition::jsonName).containsExactly("unchanged", "passed→failed", "failed→passed");
  }

  @Test
  void record_changed_countsLevelsButNotVersionOrFingerprint() {
    Outcome a = new Outcome("1.0", 10, 50, Decision.FAILED, Map.of("1.1", "1"), "aa");
    Outcome sameButLabels = new Outcome("2.0", 10, 50, Decision.FAILED, Map.of("1.1", "1"), "bb");
    Outcome levelLost = new Outcome("2.0", 10, 50, Decision.FAILED, Map.of(), "bb");
    Outcome levelRaised = new Outcome("2.0", 10, 50, Decision.FAILED, Map.of("1.1", "2"), "bb");

    assertThat(RegradeRecord.of("a", "c", a, sameButLabels).changed()).isFalse();
    assertThat(RegradeRecord.of("a", "c", a, levelLost).changed()).isTrue();
    assertThat(RegradeRecord.of("a", "c", a, levelRaised).changed()).isTrue();
    assertThat(RegradeRecord.of("a", "c", a, levelRaised).transition()).isEqualTo(Transition.UNCHANGED);
  }

  @Test
  void outcome_keepsLevelOrderAndIsImmutable() {
    Map<String, String> levels = new LinkedHashMap<>();
    levels.put("8.1", "2");
    levels.put("1.1", "1");
    Outcome o = new Outcome("1.0", 1, 2, Decision.PASSED, levels, "ff");
    levels.put("2.1", "2");

    assertThat(o.levels().keySet()).containsExactly("8.1", "1.1");
    assertThatThrownBy(() -> o.levels().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Outcome("1.0", 1, 2, Decision.PASSED, java.util.Collections.singletonMap("1.1", null), "ff"))
        .isInstanceOf(NullPointerException.class);
  }

  /**
   * The bundled sample as version 1.0 and versions derived from it by editing its YAML text, as an
   * author would, for the regrading tests.
   */
  static final class Samples {
    private static final String DIR = "/org/digiskill/engine/samples/";

    /** The sample assessment's YAML text, version 1.0. */
    static final String V1_TEXT = text("sample-assessment.yaml");

    /** The sample submissions, one JSON line each, all naming version 1.0. */
    static final List<String> LINES = text("sample-submissions.jsonl").lines().filter(l -> !l.isBlank()).toList();

    static final CompiledAssessment V1 = compile(V1_TEXT, "v1.yaml");

    /** Version 1.1: nothing but the version changed. */
    static final CompiledAssessment V1_1_SAME = compile(bump(V1_TEXT, "1.1"), "v1.1-same.yaml");

    /**
     * Version 2.0, corrected: the key of kiem-tra-nguoi-nhan no longer includes the recipient's bank
     * (the app shows it; it is not something to check), the overall cut rises from 70% to 82%, and
     * area 8's minimum falls from 60% to 25%.
     */
    static final CompiledAssessment V2 = compile(corrected(), "v2.yaml");

    private Samples() {}

    static String corrected() {
      return bump(replaceOnce(replaceOnce(replaceOnce(V1_TEXT,
          "correct: [ten-nguoi-nhan, so-tien, ngan-hang-nhan]", "correct: [ten-nguoi-nhan, so-tien]"),
          "minPercent: 70", "minPercent: 82"),
          "minPercent: 60", "minPercent: 25"), "2.0");
    }

    /** Returns the text with the assessment's own version (not its framework's) set. */
    static String bump(String yaml, String version) {
      return replaceOnce(yaml, "\nversion: \"1.0\"\n", "\nversion: \"" + version + "\"\n");
    }

    /** Replaces the one occurrence of {@code from}, failing if there is not exactly one. */
    static String replaceOnce(String text, String from, String to) {
      int at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new IllegalStateException("expected exactly one [" + from + "] in the sample");
      }
      return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static CompiledAssessment compile(String yaml, String source) {
      return CompiledAssessment.compile(Documents.standard().readAssessment(yaml, source, DocumentFormat.YAML),
          Catalogue.builtIn().residentsBasic());
    }

    static Submission submission(int line) {
      return Documents.standard().readSubmission(LINES.get(line), "sample-submissions.jsonl", line + 1);
    }

    private static String text(String name) {
      try (InputStream in = Samples.class.getResourceAsStream(DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("missing sample " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
