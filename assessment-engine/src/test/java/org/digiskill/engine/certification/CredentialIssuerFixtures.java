package org.digiskill.engine.certification;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Parts;
import org.digiskill.model.response.AdministrationContext;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;

/** The mini assessment of the tests, scored all right or all wrong. */
final class CredentialIssuerFixtures {
  static final Assessment MINI =
      Documents.standard().readAssessment(Path.of("src/test/resources/fixtures/mini-assessment.yaml"));
  static final CompetencyFramework FRAMEWORK = Catalogue.builtIn().residentsBasic();
  static final CompiledAssessment COMPILED = CompiledAssessment.compile(MINI, FRAMEWORK);
  static final Instant ISSUED = Instant.parse("2026-11-24T10:00:00Z");
  static final CredentialIssuerProfile ISSUER =
      CredentialIssuerProfile.of("https://certs.example.gov.vn/issuers/dl-center", "Example Digital Literacy Centre");
  static final CredentialIssuerProfile TEAM =
      CredentialIssuerProfile.of("did:web:commune.example.gov.vn:cdt-team", "Commune community digital technology team");
  static final CredentialIssuer CREDENTIALS = new CredentialIssuer(ISSUER, TEAM,
      "https://certs.example.gov.vn/achievements", "https://certs.example.gov.vn/competences/", "en");

  private CredentialIssuerFixtures() {}

  static ScoreReport passing() {
    return COMPILED.score(submission(1, allCorrect()));
  }

  static ScoreReport failing() {
    return COMPILED.score(submission(2, allWrong()));
  }

  static Submission submission(long seed, List<Response> responses) {
    return new Submission("att-" + seed, new Submission.AssessmentRef("mini-safety", "1.0"), "cand-1", seed,
        Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T09:20:00Z"),
        new AdministrationContext(AdministrationContext.Mode.SUPERVISED, "team-1", null, null, "01"), responses);
  }

  static List<Response> allCorrect() {
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

  static List<Response> allWrong() {
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
}
