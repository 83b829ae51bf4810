package org.digiskill.engine.certification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.Fixtures;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;

/** The mini assessment of the tests, scored all right or all wrong. */
final class CredentialIssuerFixtures {
  static final Assessment MINI = Fixtures.MINI;
  static final CompetencyFramework FRAMEWORK = Catalogue.builtIn().residentsBasic();
  static final CompiledAssessment COMPILED = Fixtures.COMPILED;
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
    return Fixtures.submission(seed, responses);
  }

  static List<Response> allCorrect() {
    return Fixtures.allCorrect();
  }

  static List<Response> allWrong() {
    return Fixtures.allWrong();
  }

  /** Casts a JSON object of a credential tree. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  /** Casts a JSON array of a credential tree. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}
