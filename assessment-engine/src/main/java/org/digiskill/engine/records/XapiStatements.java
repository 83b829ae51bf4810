package org.digiskill.engine.records;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.digiskill.engine.records.XapiStatement.Account;
import org.digiskill.engine.records.XapiStatement.Activity;
import org.digiskill.engine.records.XapiStatement.Agent;
import org.digiskill.engine.records.XapiStatement.Component;
import org.digiskill.engine.records.XapiStatement.Context;
import org.digiskill.engine.records.XapiStatement.ContextActivities;
import org.digiskill.engine.records.XapiStatement.Definition;
import org.digiskill.engine.records.XapiStatement.Result;
import org.digiskill.engine.records.XapiStatement.Score;
import org.digiskill.engine.records.XapiStatement.Verb;
import org.digiskill.engine.scoring.ItemResult;
import org.digiskill.engine.scoring.ItemStatus;
import org.digiskill.engine.scoring.NumberParser;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.Parts;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;

/**
 * Builds the xAPI 1.0.3 statements of a scored attempt: one {@code passed} or {@code failed}
 * statement for the assessment, then one {@code answered} statement per answered item, in form
 * order.
 *
 * <p>The actor is the report's pseudonym as an account on the portal (or the portal's mbox when
 * it gives one). Statement ids are name-based UUIDs of the attempt and item, so building the
 * statements again gives the same ids and a learning record store can drop the duplicates.
 * Stateless and thread-safe.
 */
public final class XapiStatements {
  /**
   * The statement {@code version} written to every statement: {@code 1.0.0}, the data model of
   * every xAPI 1.0.x, which is the only value xAPI 1.0.3 (§2.4.10) lets a learning record provider
   * set. The protocol version (1.0.3) goes in the {@code X-Experience-API-Version} header instead.
   */
  public static final String VERSION = "1.0.0";

  static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
  static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
  static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  static final String OBJECTIVE = "http://adlnet.gov/expapi/activities/objective";

  private XapiStatements() {}

  /**
   * Returns the statements of a scored attempt: the result statement first, then one per answered
   * item (items left unanswered, or whose responses were not counted, get none).
   *
   * @param report the score report of the submission
   * @param assessment the assessment it was scored against
   * @param submission the submission scored
   * @param xapi what the portal contributes
   * @return the statements, result first
   * @throws IllegalArgumentException when the report is not of this submission
   */
  public static List<XapiStatement> of(ScoreReport report, Assessment assessment, Submission submission,
      XapiContext xapi) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(xapi, "xapi");
    if (!report.attemptId().equals(submission.attemptId())) {
      throw new IllegalArgumentException("expected the report of attempt [" + submission.attemptId() + "] but was ["
          + report.attemptId() + "]");
    }
    Builder b = new Builder(report, assessment, submission, xapi);
    List<XapiStatement> out = new ArrayList<>();
    out.add(b.resultStatement());
    Map<String, Item> items = assessment.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
    Map<String, Response> responses = new LinkedHashMap<>();
    for (Response r : submission.responses()) {
      responses.put(r.item(), r);
    }
    for (ItemResult ir : report.items()) {
      Response response = responses.get(ir.item());
      Item item = items.get(ir.item());
      if (response == null || item == null || ir.status() == ItemStatus.UNANSWERED
          || report.notCounted().contains(ir.item())) {
        continue;
      }
      out.add(b.answeredStatement(item, ir, response));
    }
    return List.copyOf(out);
  }

  /** Returns the statement id of an item ({@code item} null for the result statement). */
  static UUID statementId(String attemptId, String item) {
    // A space never occurs in an item id, so the two parts cannot run into each other.
    return UUID.nameUUIDFromBytes((attemptId + " " + (item == null ? "" : item)).getBytes(StandardCharsets.UTF_8));
  }

  /** Builds the statements of one attempt. */
  private static final class Builder {
    private final ScoreReport report;
    private final Assessment assessment;
    private final Submission submission;
    private final XapiContext xapi;
    private final Agent actor;
    private final Activity assessmentActivity;
    private final String language;

    Builder(ScoreReport report, Assessment assessment, Submission submission, XapiContext xapi) {
      this.report = report;
      this.assessment = assessment;
      this.submission = submission;
      this.xapi = xapi;
      // xAPI: an Agent has exactly one inverse functional identifier. The pseudonymous account is
      // the default; an mbox replaces it only when the portal explicitly supplies one.
      String pseudonym = report.candidate() != null ? report.candidate() : submission.candidate();
      this.actor = xapi.mbox() != null
          ? new Agent("Agent", xapi.mbox(), null)
          : new Agent("Agent", null, new Account(xapi.homePage(), pseudonym));
      this.assessmentActivity = new Activity("Activity", assessmentIri(),
          new Definition(assessment.title().values(), null, ASSESSMENT, null, null, null, null, null, null, null));
      this.language = xapi.language() != null ? xapi.language() : assessment.defaultLanguage();
    }

    XapiStatement resultStatement() {
      boolean passed = report.passed();
      Verb verb = new Verb(passed ? PASSED : FAILED, Map.of("en-US", passed ? "passed" : "failed"));
      double scaled = round4(report.percent() / 100.0);
      Score score = new Score(Math.max(-1, Math.min(1, scaled)), report.points(), Math.min(0, report.points()),
          report.maxPoints());
      Result result = new Result(score, passed, true, null, duration());
      Set<String> codes = new LinkedHashSet<>();
      report.competences().forEach(c -> codes.add(c.competence()));
      return new XapiStatement(statementId(report.attemptId(), null), actor, verb, assessmentActivity, result,
          context(List.of(), codes), submission.submittedAt(), VERSION);
    }

    XapiStatement answeredStatement(Item item, ItemResult ir, Response response) {
      Interaction in = Interaction.of(item, response);
      Definition def = new Definition(null, item.prompt().values(), INTERACTION, in.type, in.correct, in.choices,
          in.scale, in.source, in.target, in.steps);
      Activity object = new Activity("Activity", assessmentIri() + "/items/" + segment(item.id()), def);
      Score score = null;
      if (ir.maxPoints() > 0) {
        double scaled = Math.max(-1, Math.min(1, round4(ir.points() / ir.maxPoints())));
        score = new Score(scaled, ir.points(), Math.min(0, ir.points()), ir.maxPoints());
      }
      // Self-assessment has no right answer, so success does not apply.
      Boolean success = item.selfReported() ? null : ir.status() == ItemStatus.CORRECT;
      Result result = new Result(score, success, true, in.response, null);
      Set<String> codes = new LinkedHashSet<>();
      for (Alignment a : item.alignments()) {
        codes.add(a.competence());
      }
      return new XapiStatement(statementId(report.attemptId(), item.id()), actor,
          new Verb(ANSWERED, Map.of("en-US", "answered")), object, result, context(List.of(assessmentActivity), codes),
          submission.submittedAt(), VERSION);
    }

    private Context context(List<Activity> parent, Set<String> competences) {
      List<Activity> other = new ArrayList<>();
      for (String code : competences) {
        other.add(new Activity("Activity", competenceIri(code),
            new Definition(null, null, OBJECTIVE, null, null, null, null, null, null, null)));
      }
      Map<String, String> ext = new LinkedHashMap<>();
      ext.put(xapi.activityBase() + "extensions/attempt-id", report.attemptId());
      if (report.fingerprint() != null) {
        ext.put(xapi.activityBase() + "extensions/assessment-fingerprint", report.fingerprint());
      }
      return new Context(xapi.registration(), xapi.platform(), language, new ContextActivities(parent, other), ext);
    }

    private String assessmentIri() {
      return xapi.activityBase() + "assessments/" + segment(assessment.id()) + "/" + segment(assessment.version());
    }

    private String competenceIri(String code) {
      return xapi.activityBase() + "competences/" + segment(assessment.framework().id()) + "/"
          + segment(assessment.framework().version()) + "/" + segment(code);
    }

    private String duration() {
      if (submission.startedAt() == null || submission.submittedAt() == null) {
        return null;
      }
      Duration d = Duration.between(submission.startedAt(), submission.submittedAt());
      if (d.isNegative()) {
        return null;
      }
      // xAPI keeps durations to 0.01 s.
      return Duration.ofMillis(d.toMillis() / 10 * 10).toString();
    }
  }

  /** The interaction parts of one item's statement. */
  static final class Interaction {
    String type;
    List<String> correct;
    String response;
    List<Component> choices;
    List<Component> scale;
    List<Component> source;
    List<Component> target;
    List<Component> steps;

    // Java 17 has no pattern-matching switch (STYLE.md §6); the tests cover every kind of Item.
    static Interaction of(Item item, Response response) {
      Interaction in = new Interaction();
      if (item instanceof Item.SingleChoice i) {
        in.type = "choice";
        in.correct = List.of(i.correct());
        in.choices = components(i.choices());
        in.response = response instanceof Response.SingleChoice r ? r.choice() : null;
      } else if (item instanceof Item.MultipleChoice i) {
        in.type = "choice";
        in.correct = List.of(String.join("[,]", i.correct()));
        in.choices = components(i.choices());
        in.response = response instanceof Response.MultipleChoice r ? String.join("[,]", r.choices()) : null;
      } else if (item instanceof Item.TrueFalse i) {
        in.type = "true-false";
        in.correct = List.of(i.correct().toString());
        in.response = response instanceof Response.TrueFalse r ? r.value().toString() : null;
      } else if (item instanceof Item.TextEntry i) {
        in.type = "fill-in";
        in.correct = fillIn(i);
        in.response = response instanceof Response.TextEntry r ? r.text() : null;
      } else if (item instanceof Item.Numeric i) {
        in.type = "numeric";
        double tol = i.tolerance() == null ? 0
            : i.tolerance().mode() == Parts.ToleranceMode.ABSOLUTE ? i.tolerance().amount()
            : i.tolerance().amount() * Math.abs(i.value());
        in.correct = List.of(number(i.value() - tol) + "[:]" + number(i.value() + tol));
        in.response = response instanceof Response.Numeric r ? numericResponse(r.text()) : null;
      } else if (item instanceof Item.Ordering i) {
        in.type = "sequencing";
        in.correct = List.of(String.join("[,]", i.correctOrder()));
        in.choices = components(i.steps());
        in.response = response instanceof Response.Ordering r ? String.join("[,]", r.order()) : null;
      } else if (item instanceof Item.Matching i) {
        in.type = "matching";
        in.correct = List.of(pairs(i.pairs()));
        in.source = components(i.left());
        in.target = components(i.right());
        in.response = response instanceof Response.Matching r ? pairs(r.pairs()) : null;
      } else if (item instanceof Item.Hotspot) {
        // "other" has no defined syntax: the response lists the taps as x,y in image pixels, and
        // no correct pattern is given since regions are areas, not values.
        in.type = "other";
        in.response = response instanceof Response.Hotspot r
            ? r.taps().stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining("[,]"))
            : null;
      } else if (item instanceof Item.Likert i) {
        in.type = "likert";
        in.scale = i.options().stream().map(o -> new Component(o.id(), o.text().values())).toList();
        in.response = response instanceof Response.Likert r ? r.option() : null;
      } else if (item instanceof Item.PracticalTask i) {
        in.type = "performance";
        in.correct = List.of(i.steps().stream()
            .map(s -> s.id() + "[.]" + (s.expectedValue() == null ? "" : s.expectedValue()))
            .collect(Collectors.joining("[,]")));
        in.steps = i.steps().stream().map(s -> new Component(s.id(), s.label().values())).toList();
        in.response = response instanceof Response.PracticalTask r
            ? r.log().stream().map(s -> s.step() + "[.]" + (s.value() == null ? "" : s.value()))
                .collect(Collectors.joining("[,]"))
            : null;
      } else {
        throw new IllegalArgumentException("unsupported item kind [" + item.type() + "]");
      }
      return in;
    }

    /** The first literal answer worth the item's full points, else the first literal answer. */
    private static List<String> fillIn(Item.TextEntry i) {
      Parts.AcceptedAnswer best = null;
      for (Parts.AcceptedAnswer a : i.answers()) {
        if (a.pattern()) {
          continue;
        }
        if (a.points() >= i.points()) {
          best = a;
          break;
        }
        if (best == null) {
          best = a;
        }
      }
      return best == null ? List.of() : List.of(best.value());
    }

    private static String numericResponse(String text) {
      OptionalDouble v = NumberParser.parse(text);
      return v.isPresent() ? number(v.getAsDouble()) : text;
    }

    private static String pairs(List<Parts.Pair> pairs) {
      return pairs.stream().map(p -> p.left() + "[.]" + p.right()).collect(Collectors.joining("[,]"));
    }

    private static List<Component> components(List<Choice> choices) {
      return choices.stream().map(c -> new Component(c.id(), texts(c.text()))).toList();
    }

    private static Map<String, String> texts(LocalizedText text) {
      return text == null ? Map.of() : text.values();
    }
  }

  static String number(double d) {
    return BigDecimal.valueOf(d).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros()
        .toPlainString();
  }

  private static double round4(double d) {
    return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Percent-encodes an IRI path segment (RFC 3986 unreserved characters are kept). */
  static String segment(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
