package org.digiskill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.digiskill.engine.certification.BitstringStatusList;
import org.digiskill.engine.certification.BitstringStatusListEntry;
import org.digiskill.engine.certification.CredentialIssuer;
import org.digiskill.engine.certification.CredentialIssuerException;
import org.digiskill.engine.certification.CredentialIssuerProfile;
import org.digiskill.engine.certification.DataIntegrityProof;
import org.digiskill.engine.certification.IdentityHash;
import org.digiskill.engine.certification.IssuerKey;
import org.digiskill.engine.certification.KeyAlgorithm;
import org.digiskill.engine.certification.PrintableCertificate;
import org.digiskill.engine.certification.ProofException;
import org.digiskill.engine.certification.Recipient;
import org.digiskill.engine.certification.VcJwt;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.DigiskillException;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.InvalidDefinitionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill certify --report R.json --key K.jwk [--jwt] --out C}: turns a passing score
 * report into a signed Open Badges 3.0 credential, with an embedded {@code eddsa-rdfc-2022} proof
 * (Ed25519 key) or, with {@code --jwt}, as a compact VC-JWT (ES256 or RS256 key). A report that
 * did not pass gets no credential: exit code 1 and the reason on standard error.
 */
@Command(
    name = "certify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Issues a signed Open Badges 3.0 credential for a passing score report (as 'digiskill score' writes it).",
      "With an Ed25519 key the credential carries an embedded eddsa-rdfc-2022 proof; with --jwt and an ES256 or RS256 key it is a compact VC-JWT.",
      "The issuer id is the key id up to '#'. The resident is named only by --subject and, optionally, a salted hash of --email.",
      "Exit code 0 when a credential was written, 1 when the report did not pass or an input is wrong, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class CertifyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--report", required = true, paramLabel = "FILE", description = "A score report (JSON), one of the lines 'digiskill score' writes.")
  private Path report;

  @Option(names = "--key", required = true, paramLabel = "FILE", description = "The issuer's private JWK ('digiskill keys generate').")
  private Path key;

  @Option(names = "--jwt", description = "Write a compact VC-JWT (needs an ES256 or RS256 key) instead of JSON with an embedded proof (Ed25519 key).")
  private boolean jwt;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the credential.")
  private Path out;

  @Option(names = "--assessment", paramLabel = "FILE", description = "The assessment the report scored (default: the bundled sample, if the report is of it).")
  private String assessment;

  @Option(names = "--framework", paramLabel = "FILE", description = "Its framework; by default the built-in one the assessment names.")
  private String framework;

  @Option(names = "--issuer-name", paramLabel = "NAME", defaultValue = "digiskill issuer", description = "The issuer's name (default: ${DEFAULT-VALUE}).")
  private String issuerName;

  @Option(names = "--source-id", paramLabel = "ID", description = "Id (URI) of the assessing body, e.g. the commune's community digital technology team.")
  private String sourceId;

  @Option(names = "--source-name", paramLabel = "NAME", description = "Name of the assessing body.")
  private String sourceName;

  @Option(names = "--subject", paramLabel = "ID", description = "The resident's opaque subject id, a URI (default: urn:digiskill:candidate:<the report's candidate pseudonym>).")
  private String subject;

  @Option(names = "--email", paramLabel = "ADDRESS", description = "Also identify the resident by a salted SHA-256 hash of this e-mail address ('-' reads it from standard input, keeping it out of shell history).")
  private String email;

  @Option(names = "--salt", paramLabel = "SALT", description = "The salt for --email (default: a fresh random one).")
  private String salt;

  @Option(names = "--credential-id", paramLabel = "ID", description = "The credential id (default: a urn:uuid derived from the issuer and the attempt).")
  private String credentialId;

  @Option(names = "--issued-at", paramLabel = "INSTANT", description = "Issue time, e.g. 2026-11-24T10:00:00Z (default: now).")
  private String issuedAt;

  @Option(names = "--achievement-base", paramLabel = "URL", defaultValue = "urn:digiskill:achievement:", description = "Base of achievement ids (default: ${DEFAULT-VALUE}).")
  private String achievementBase;

  @Option(names = "--competence-base", paramLabel = "URL", defaultValue = "urn:digiskill:competence:", description = "Base of competence alignment URLs (default: ${DEFAULT-VALUE}).")
  private String competenceBase;

  @Option(names = "--status-list", paramLabel = "URL", description = "URL of the revocation status list this credential's bit lives in.")
  private String statusList;

  @Option(names = "--status-index", paramLabel = "N", description = "The credential's bit in --status-list.")
  private Integer statusIndex;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "Language of the credential's texts (default: ${DEFAULT-VALUE}).")
  private String language;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a printable certificate page (HTML, in --lang) with a QR code.")
  private Path html;

  @Option(names = "--verify-url", paramLabel = "URL", description = "The link the printed QR code carries (default: the credential id).")
  private String verifyUrl;

  @Option(names = "--display-name", paramLabel = "NAME", description = "The resident's name on the printed page only (never in the credential); with consent.")
  private String displayName;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (html == null && (verifyUrl != null || displayName != null)) {
      throw new ParameterException(spec.commandLine(), "--verify-url and --display-name go with --html");
    }
    if ((statusList == null) != (statusIndex == null)) {
      throw new ParameterException(spec.commandLine(), "--status-list and --status-index go together");
    }
    Instant issued = issuedAt();
    IssuerKey issuerKey;
    ScoreReport scored;
    Assessment a;
    CompetencyFramework f;
    try {
      issuerKey = IssuerKey.fromJwk(Files.readString(key, StandardCharsets.UTF_8));
      scored = Documents.standard().readValue(Files.readString(report, StandardCharsets.UTF_8).strip(), ScoreReport.class, report.toString());
      a = Inputs.assessment(assessment != null ? assessment : Inputs.SAMPLE);
      f = Inputs.framework(a, framework);
    } catch (NoSuchFileException e) {
      err.println(e.getFile() + ": no such file");
      return Main.EXIT_INVALID;
    } catch (InvalidDefinitionException e) {
      Inputs.printProblems(e, Language.en, err);
      return Main.EXIT_INVALID;
    } catch (ProofException e) {
      err.println(key + ": " + e.getMessage());
      return Main.EXIT_INVALID;
    }
    if (!issuerKey.hasPrivateKey()) {
      err.println(key + ": a public key cannot sign; give the private JWK");
      return Main.EXIT_INVALID;
    }
    if (jwt == (issuerKey.algorithm() == KeyAlgorithm.ED25519)) {
      throw new ParameterException(spec.commandLine(), jwt
          ? "--jwt needs an ES256 or RS256 key; " + key + " is Ed25519, which signs embedded proofs (omit --jwt)"
          : "embedded proofs are signed with Ed25519; " + key + " is " + issuerKey.algorithm().jwsName() + " (add --jwt)");
    }
    if (assessment == null && !(a.id().equals(scored.assessmentId()) && a.version().equals(scored.assessmentVersion()))) {
      throw new ParameterException(spec.commandLine(), "--assessment is needed: the report is of "
          + scored.assessmentId() + "@" + scored.assessmentVersion() + ", not of the bundled sample");
    }
    String keyId = issuerKey.keyId();
    if (issuerKey.issuerId().isEmpty()) {
      err.println(key + ": the key id " + keyId + " must be <issuer id>#<name>");
      return Main.EXIT_INVALID;
    }
    String issuerId = issuerKey.issuerId().get();
    try {
      CredentialIssuerProfile issuer = CredentialIssuerProfile.of(issuerId, issuerName);
      CredentialIssuerProfile source = sourceId == null ? null
          : CredentialIssuerProfile.of(sourceId, sourceName == null ? sourceId : sourceName);
      CredentialIssuer issuing = new CredentialIssuer(issuer, source, achievementBase, competenceBase, language);
      String subjectId = subject != null ? subject : "urn:digiskill:candidate:" + scored.candidate();
      Recipient recipient = email == null ? Recipient.of(subjectId)
          : Recipient.withEmail(subjectId, Inputs.valueOrStdin(email), salt != null ? salt : IdentityHash.randomSalt());
      String id = credentialId != null ? credentialId
          : "urn:uuid:" + UUID.nameUUIDFromBytes((issuerId + "\n" + scored.attemptId() + "\n" + scored.fingerprint())
              .getBytes(StandardCharsets.UTF_8));
      Map<String, Object> vc = issuing.build(scored, a, f, recipient, id, issued);
      if (statusList != null) {
        vc = CredentialIssuer.withStatus(vc, List.of(BitstringStatusListEntry.of(statusList, BitstringStatusList.REVOCATION, statusIndex)));
      }
      String written;
      if (jwt) {
        written = VcJwt.sign(vc, issuerKey) + "\n";
      } else {
        Map<String, Object> signed = DataIntegrityProof.sign(vc, issuerKey.privateKey(), keyId, issued);
        // Written in the credential's own member order (Documents sorts map keys).
        written = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(signed) + "\n";
      }
      Files.writeString(out, written, StandardCharsets.UTF_8);
      if (html != null) {
        Files.writeString(html, PrintableCertificate.html(vc, f, language.startsWith("vi") ? "vi" : "en", displayName,
            verifyUrl != null ? verifyUrl : id), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote the printable certificate to " + html);
      }
      spec.commandLine().getOut().println("wrote " + (jwt ? "VC-JWT" : "credential with an eddsa-rdfc-2022 proof") + " " + id + " to " + out);
      return Main.EXIT_OK;
    } catch (CredentialIssuerException e) {
      err.println(report + ": " + e.code() + ": " + e.getMessage());
      return Main.EXIT_INVALID;
    } catch (ProofException | IllegalArgumentException e) {
      err.println((e instanceof DigiskillException d ? d.code() + ": " : "") + e.getMessage());
      return Main.EXIT_INVALID;
    }
  }

  private Instant issuedAt() {
    if (issuedAt == null) {
      return Instant.now();
    }
    try {
      return Instant.parse(issuedAt);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--issued-at must be an instant such as 2026-11-24T10:00:00Z but was " + issuedAt);
    }
  }
}
