package org.digiskill.examples.quickstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.digiskill.engine.certification.CredentialIssuer;
import org.digiskill.engine.certification.CredentialIssuerProfile;
import org.digiskill.engine.certification.CredentialVerifier;
import org.digiskill.engine.certification.DataIntegrityProof;
import org.digiskill.engine.certification.IdentityHash;
import org.digiskill.engine.certification.IssuerKey;
import org.digiskill.engine.certification.KeyAlgorithm;
import org.digiskill.engine.certification.PrintableCertificate;
import org.digiskill.engine.certification.Recipient;
import org.digiskill.engine.certification.VerificationResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;

/**
 * The certificate step of the quickstart: a passing report becomes a signed Open Badges 3.0
 * credential, which is verified and rendered as a printable page (docs/certificates.md).
 */
public final class CertificateDemo {
  private CertificateDemo() {}

  /** What the demo produced. */
  public record Outcome(Map<String, Object> credential, VerificationResult verification, String html) {}

  /**
   * Issues, signs, verifies and renders a certificate for {@code report}.
   *
   * @param report a passing report of the bundled sample assessment
   * @param issuedAt the issue time, also the verification time
   */
  public static Outcome run(ScoreReport report, Instant issuedAt, PrintStream out) {
    Assessment assessment;
    try (InputStream in = CertificateDemo.class.getResourceAsStream(Quickstart.SAMPLES + "sample-assessment.yaml")) {
      assessment = Documents.standard().readAssessment(in, "sample-assessment.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompetencyFramework framework = Catalogue.builtIn().framework(assessment.framework()).orElseThrow();
    // A real issuer keeps its key in a secret store and publishes the public half (docs/certificates.md).
    String issuerId = "https://certs.example.gov.vn/issuers/dl-center";
    IssuerKey key = IssuerKey.generate(KeyAlgorithm.ED25519, issuerId + "#key-2026", new SecureRandom());
    CredentialIssuer issuer = new CredentialIssuer(
        CredentialIssuerProfile.of(issuerId, "Trung tâm Kỹ năng số (ví dụ)"),
        CredentialIssuerProfile.of("did:web:commune.example.gov.vn:cdt-team", "Tổ công nghệ số cộng đồng xã (ví dụ)"),
        "https://certs.example.gov.vn/achievements", "https://certs.example.gov.vn/competences/", "vi");
    Map<String, Object> unsigned = issuer.build(report, assessment, framework,
        Recipient.withEmail("urn:uuid:7d1c0a52-5d8e-4c1e-9f0a-1b2c3d4e5f60", "resident@example.vn", IdentityHash.randomSalt()),
        "urn:uuid:2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11", issuedAt);
    Map<String, Object> signed = DataIntegrityProof.sign(unsigned, key.privateKey(), key.keyId(), issuedAt);

    CredentialVerifier verifier = CredentialVerifier.builder().trust(List.of(key.toPublic()))
        .clock(Clock.fixed(issuedAt, ZoneOffset.UTC)).build();
    VerificationResult verification = verifier.verifyEmbedded(signed, "resident@example.vn");
    String html = PrintableCertificate.html(signed, framework, "vi", null,
        "https://certs.example.gov.vn/verify/2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11");

    out.println();
    out.println("certificate for attempt " + report.attemptId() + ": " + signed.get("id"));
    for (VerificationResult.Check c : verification.checks()) {
      out.println("  " + c.outcome().jsonName() + " " + c.name() + " — " + c.message());
    }
    out.println("  " + (verification.valid() ? "VALID" : "INVALID"));
    return new Outcome(signed, verification, html);
  }

  /** Writes the credential as JSON and the printable page as HTML into {@code dir}. */
  static void write(Outcome outcome, Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("certificate.json"),
          new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(outcome.credential()) + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("certificate.html"), outcome.html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
