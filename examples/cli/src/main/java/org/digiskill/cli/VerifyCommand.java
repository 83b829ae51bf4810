package org.digiskill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digiskill.engine.certification.CredentialVerifier;
import org.digiskill.engine.certification.InMemoryStatusLists;
import org.digiskill.engine.certification.IssuerKey;
import org.digiskill.engine.certification.ProofException;
import org.digiskill.engine.certification.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill verify C [--key K.pub.jwk]}: checks a credential (JSON with an embedded proof, or
 * a compact VC-JWT) and prints each check and the verdict; exit code 0 only when it is valid.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Verifies an Open Badges 3.0 credential: JSON with an embedded eddsa-rdfc-2022 proof, or a compact VC-JWT (ES256/RS256).",
      "Prints each check (format, proof, issuer, validFrom, validUntil, status, recipient) and the verdict.",
      "Only keys given with --key are trusted (without any, only a did:key issuer, whose id is its key, can verify); nothing is fetched. Status lists are read from --status-list files.",
      "Exit code 0 when the credential is valid, 1 when any check failed, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class VerifyCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CREDENTIAL", description = "The credential file ('digiskill certify' output).")
  private Path credential;

  @Option(names = "--key", paramLabel = "FILE", description = "A trusted public JWK of the issuer (repeatable). Without any, only did:key issuers (whose id is their key) can verify.")
  private List<Path> keys = new ArrayList<>();

  @Option(names = "--status-list", paramLabel = "FILE", description = "A signed status list credential to read revocation and suspension from (repeatable).")
  private List<Path> statusLists = new ArrayList<>();

  @Option(names = "--email", paramLabel = "ADDRESS", description = "Also check that the credential was issued to this e-mail address ('-' reads it from standard input).")
  private String email;

  @Option(names = "--at", paramLabel = "INSTANT", description = "Check validity at this instant, e.g. 2027-01-01T00:00:00Z (default: now).")
  private String at;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be text or json but was " + format);
    }
    Clock clock = Clock.systemUTC();
    if (at != null) {
      try {
        clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--at must be an instant such as 2027-01-01T00:00:00Z but was " + at);
      }
    }
    String text;
    List<IssuerKey> trusted = new ArrayList<>();
    InMemoryStatusLists lists = new InMemoryStatusLists();
    Path current = null;
    try {
      current = credential;
      text = Files.readString(credential, StandardCharsets.UTF_8);
      for (Path k : keys) {
        current = k;
        IssuerKey key = IssuerKey.fromJwk(Files.readString(k, StandardCharsets.UTF_8));
        trusted.add(key.toPublic());
      }
      for (Path l : statusLists) {
        current = l;
        lists.publish(Inputs.jsonObject(l));
      }
    } catch (NoSuchFileException e) {
      err.println(e.getFile() + ": no such file");
      return Main.EXIT_INVALID;
    } catch (ProofException | IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      err.println(current + ": " + e.getMessage());
      return Main.EXIT_INVALID;
    }
    CredentialVerifier.Builder builder = CredentialVerifier.builder().trust(trusted).statusLists(lists).clock(clock);
    if (trusted.isEmpty()) {
      // No issuer key given: a did:key issuer can still be checked, since its id is its key.
      builder.acceptDidKeyIssuers();
    }
    CredentialVerifier verifier = builder.build();
    VerificationResult result = verifier.verify(text, email == null ? null : Inputs.valueOrStdin(email));
    PrintWriter o = spec.commandLine().getOut();
    if (format.equals("json")) {
      o.println(new ObjectMapper().writeValueAsString(result));
    } else {
      for (VerificationResult.Check c : result.checks()) {
        o.printf("%-8s %-10s %s%s%n", c.outcome().jsonName(), c.name(), c.code() == null ? "" : c.code() + ": ", c.message());
      }
      o.println(result.valid() ? "VALID" : "INVALID");
    }
    if (trusted.isEmpty()) {
      err.println(result.check(CredentialVerifier.PROOF).passed()
          ? "note: no --key was given; the issuer is a did:key, which anyone can create: check that you trust "
              + String.valueOf(result.credential() == null ? "it" : issuerOf(result.credential()))
          : "no trusted key was given: pass the issuer's public JWK with --key");
    }
    return result.valid() ? Main.EXIT_OK : Main.EXIT_INVALID;
  }

  private static Object issuerOf(Map<String, Object> credential) {
    Object issuer = credential.get("issuer");
    return issuer instanceof Map<?, ?> m ? m.get("id") : issuer;
  }
}
