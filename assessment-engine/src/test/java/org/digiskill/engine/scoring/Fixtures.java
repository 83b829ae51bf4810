package org.digiskill.engine.scoring;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Parts;
import org.digiskill.model.response.AdministrationContext;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;

/**
 * The small assessment of the engine tests (every item kind) and helpers to answer it; shared by
 * the scoring, records and certification tests.
 */
public final class Fixtures {
  public static final Assessment MINI = Documents.standard().readAssessment(Path.of("src/test/resources/fixtures/mini-assessment.yaml"));
  public static final CompiledAssessment COMPILED = CompiledAssessment.compile(MINI, Catalogue.builtIn().residentsBasic());

  private Fixtures() {}

  public static Submission submission(long seed, List<Response> responses) {
    return new Submission("att-" + seed, new Submission.AssessmentRef("mini-safety", "1.0"), "cand-1", seed,
        Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T09:20:00Z"),
        new AdministrationContext(AdministrationContext.Mode.SUPERVISED, "team-1", null, null, "01"), responses);
  }

  /** The fully correct answer to every item. */
  public static List<Response> allCorrect() {
    List<Response> r = new ArrayList<>();
    r.add(new Response.SingleChoice("otp-call", "b"));
    r.add(new Response.TrueFalse("otp-share", false));
    r.add(new Response.MultipleChoice("scam-signs", List.of("a", "b")));
    r.add(new Response.TextEntry("city", "Hà Nội"));
    r.add(new Response.Numeric("bill", "352,5"));
    r.add(new Response.Ordering("steps", List.of("login", "fill", "submit")));
    r.add(new Response.Matching("icons", List.of(new Parts.Pair("i1", "vneid"), new Parts.Pair("i2", "call"))));
    r.add(new Response.Hotspot("confirm", List.of(new Parts.Point(100, 580))));
    r.add(new Response.Likert("self-qr", "alone"));
    r.add(new Response.PracticalTask("activate",
        List.of(new Response.LoggedStep("open-app", null, null), new Response.LoggedStep("enter-code", "123456", null),
            new Response.LoggedStep("set-passcode", null, null)),
        Response.StepSource.ASSESSOR, "obs-12"));
    return r;
  }

  /** A wrong (but valid) answer to every item; only otp-share's is critical (its only wrong answer). */
  public static List<Response> allWrong() {
    List<Response> r = new ArrayList<>();
    r.add(new Response.SingleChoice("otp-call", "c"));
    r.add(new Response.TrueFalse("otp-share", true));
    r.add(new Response.MultipleChoice("scam-signs", List.of("c")));
    r.add(new Response.TextEntry("city", "Huế"));
    r.add(new Response.Numeric("bill", "100"));
    r.add(new Response.Ordering("steps", List.of("submit", "fill", "login")));
    r.add(new Response.Matching("icons", List.of(new Parts.Pair("i1", "call"), new Parts.Pair("i2", "vneid"))));
    r.add(new Response.Hotspot("confirm", List.of(new Parts.Point(5, 5))));
    r.add(new Response.Likert("self-qr", "not-yet"));
    r.add(new Response.PracticalTask("activate", List.of(new Response.LoggedStep("enter-code", null, null)),
        Response.StepSource.SIMULATOR, null));
    return r;
  }

  static Response replace(List<Response> rs, Response r) {
    for (int k = 0; k < rs.size(); k++) {
      if (rs.get(k).item().equals(r.item())) {
        return rs.set(k, r);
      }
    }
    rs.add(r);
    return null;
  }
}
