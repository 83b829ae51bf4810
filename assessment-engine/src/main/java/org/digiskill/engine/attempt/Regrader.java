package org.digiskill.engine.attempt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormGenerator;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.Section;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Submission;

/**
 * Re-scores submissions taken on one version of an assessment against a corrected version of it
 * (a fixed key, a changed rule or cut) and reports, per attempt, the old and new points, levels
 * and decision — so that a portal can tell exactly whose certification changes.
 *
 * <pre>{@code
 * Regrader regrader = Regrader.of(v1, v2);
 * RegradeRecord r = regrader.regrade(submission);   // submission names v1
 * if (r.transition() == RegradeRecord.Transition.PASSED_TO_FAILED) { ... }
 * }</pre>
 *
 * <p>The library never changes anything: it takes a submission and returns a record. A "dry run"
 * (regrade and report, but store nothing) is therefore the caller's choice of what to do with the
 * records, as the CLI's {@code regrade --dry-run} does.
 *
 * <p>A submission can be regraded fairly only if the corrected version delivers, for its seed, the
 * same items in the same sections as the version it was taken on; otherwise the resident would be
 * scored on items they never saw, and {@link #regrade} refuses it with {@code
 * regrade.form-changed}. Item and option order are not compared: scoring does not depend on them.
 *
 * <p>Immutable and thread-safe, like the compiled assessments it holds.
 */
public final class Regrader {
  /** The code of the refusal when the corrected version delivers another form for the seed. */
  public static final String FORM_CHANGED = "regrade.form-changed";

  private final CompiledAssessment from;
  private final CompiledAssessment to;
  // For the form check on every submission: item selection without option orders (as scoring
  // does it), and each of from's bank and section indexes mapped to to's by id (-1 when absent).
  private final FormGenerator fromForms;
  private final FormGenerator toForms;
  private final int[] itemInTo;
  private final int[] sectionInTo;

  private Regrader(CompiledAssessment from, CompiledAssessment to) {
    this.from = from;
    this.to = to;
    this.fromForms = new FormGenerator(from.assessment(), from.framework());
    this.toForms = new FormGenerator(to.assessment(), to.framework());
    this.itemInTo = indexIn(from.assessment().items().stream().map(Item::id).toList(),
        to.assessment().items().stream().map(Item::id).toList());
    this.sectionInTo = indexIn(from.assessment().sections().stream().map(Section::id).toList(),
        to.assessment().sections().stream().map(Section::id).toList());
  }

  private static int[] indexIn(List<String> ids, List<String> in) {
    Map<String, Integer> at = new HashMap<>();
    for (int k = 0; k < in.size(); k++) {
      at.putIfAbsent(in.get(k), k);
    }
    int[] out = new int[ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      out[k] = at.getOrDefault(ids.get(k), -1);
    }
    return out;
  }

  /**
   * Returns a regrader from one version of an assessment to another version of the same assessment
   * (the same version is allowed, and changes nothing).
   *
   * @param from the version the submissions were taken on
   * @param to the corrected version
   * @throws IllegalArgumentException if the two are not versions of one assessment (their ids
   *     differ)
   */
  public static Regrader of(CompiledAssessment from, CompiledAssessment to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    String fromId = from.assessment().id();
    String toId = to.assessment().id();
    if (!fromId.equals(toId)) {
      throw new IllegalArgumentException("expected two versions of one assessment but was [" + fromId + "@"
          + from.assessment().version() + "] and [" + toId + "@" + to.assessment().version() + "]");
    }
    return new Regrader(from, to);
  }

  /** Returns the version the submissions were taken on. */
  public CompiledAssessment from() {
    return from;
  }

  /** Returns the corrected version. */
  public CompiledAssessment to() {
    return to;
  }

  /**
   * Scores the submission with both versions and compares the outcomes.
   *
   * @param submission a submission naming the {@link #from()} version
   * @throws InvalidSubmissionException {@code submission.assessment-mismatch} if it names another
   *     assessment or version; {@code regrade.form-changed} (path {@code /seed}) if the corrected
   *     version delivers other items for its seed; or any refusal of {@link
   *     CompiledAssessment#score} (which both versions then share, as the forms are the same)
   */
  public RegradeRecord regrade(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    // Scores first: it refuses a submission for another version before any form is made.
    ScoreReport before = from.score(submission);
    checkSameForm(submission.seed());
    Submission relabelled = new Submission(submission.attemptId(),
        new Submission.AssessmentRef(to.assessment().id(), to.assessment().version()), submission.candidate(),
        submission.seed(), submission.startedAt(), submission.submittedAt(), submission.context(), submission.responses());
    ScoreReport after = to.score(relabelled);
    return RegradeRecord.of(submission.attemptId(), submission.candidate(), RegradeRecord.Outcome.of(before),
        RegradeRecord.Outcome.of(after));
  }

  private void checkSameForm(long seed) {
    if (from == to || sameForm(seed)) {
      return;
    }
    // The rare refusal: build both forms in full to say what changed.
    Map<String, String> was = sections(from.deliver(seed));
    Map<String, String> now = sections(to.deliver(seed));
    if (was.equals(now)) {
      return; // select() and deliver() agree by contract; this only guards against a drift
    }
    TreeSet<String> removed = new TreeSet<>();
    TreeSet<String> added = new TreeSet<>();
    was.forEach((item, section) -> {
      if (!section.equals(now.get(item))) {
        removed.add(section + "/" + item);
      }
    });
    now.forEach((item, section) -> {
      if (!section.equals(was.get(item))) {
        added.add(section + "/" + item);
      }
    });
    throw new InvalidSubmissionException(FORM_CHANGED, "/seed",
        "expected seed " + seed + " to deliver the same items under [" + to.assessment().id() + "@" + to.assessment().version()
            + "] as under [" + from.assessment().id() + "@" + from.assessment().version() + "] but " + removed
            + " were dropped and " + added + " added");
  }

  /** True when both versions deliver the same items in the same sections for the seed, in any order. */
  private boolean sameForm(long seed) {
    int[] fromItems = new int[fromForms.formSize()];
    int[] fromSections = new int[fromItems.length];
    int n = fromForms.select(seed, fromItems, fromSections);
    int[] toItems = new int[toForms.formSize()];
    int[] toSections = new int[toItems.length];
    int m = toForms.select(seed, toItems, toSections);
    if (n != m) {
      return false;
    }
    int[] sectionOf = new int[to.assessment().items().size()];
    Arrays.fill(sectionOf, -1);
    for (int k = 0; k < m; k++) {
      sectionOf[toItems[k]] = toSections[k];
    }
    for (int k = 0; k < n; k++) {
      int item = itemInTo[fromItems[k]];
      if (item < 0 || sectionOf[item] < 0 || sectionOf[item] != sectionInTo[fromSections[k]]) {
        return false;
      }
    }
    return true;
  }

  /** The delivered items and the section each was delivered in, ignoring order. */
  private static Map<String, String> sections(Form form) {
    Map<String, String> m = new TreeMap<>();
    for (FormItem fi : form.items()) {
      m.put(fi.item(), fi.section());
    }
    return m;
  }
}
