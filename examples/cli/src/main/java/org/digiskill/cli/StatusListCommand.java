package org.digiskill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digiskill.engine.certification.BitstringStatusList;
import org.digiskill.engine.certification.CredentialIssuerProfile;
import org.digiskill.engine.certification.DataIntegrityProof;
import org.digiskill.engine.certification.IssuerKey;
import org.digiskill.engine.certification.KeyAlgorithm;
import org.digiskill.engine.certification.ProofException;
import org.digiskill.engine.certification.StatusListCredential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill status-list}: the issuer's signed W3C Bitstring Status Lists, through which
 * certificates are revoked or suspended.
 */
@Command(
    name = "status-list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Signed W3C Bitstring Status Lists: create one, or set or clear a certificate's bit (revoke, suspend, reinstate).",
    subcommands = {StatusListCommand.Create.class, StatusListCommand.Set.class},
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class StatusListCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: create or set");
  }

  /** Options both subcommands share: the signing key, the output and the list's validity. */
  abstract static class Signing {
    @Spec CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The issuer's private Ed25519 JWK, the one that signs its certificates.")
    Path key;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the signed list credential (publish it at its URL).")
    Path out;

    @Option(names = "--valid-for", paramLabel = "DURATION", defaultValue = "P1D",
        description = "How long verifiers may use this version before fetching a newer one, ISO 8601 (default: ${DEFAULT-VALUE}).")
    String validFor;

    @Option(names = "--issued-at", paramLabel = "INSTANT", description = "The time of this version, e.g. 2026-11-24T10:00:00Z (default: now).")
    String now;

    /** Signs the list as the key's issuer and writes it. */
    int write(String url, BitstringStatusList list) throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      IssuerKey issuerKey;
      try {
        issuerKey = IssuerKey.fromJwk(Files.readString(key, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        err.println(key + ": no such file");
        return Main.EXIT_INVALID;
      } catch (ProofException e) {
        err.println(key + ": " + e.getMessage());
        return Main.EXIT_INVALID;
      }
      if (issuerKey.algorithm() != KeyAlgorithm.ED25519 || !issuerKey.hasPrivateKey()) {
        err.println(key + ": status lists are signed with the issuer's private Ed25519 key");
        return Main.EXIT_INVALID;
      }
      if (issuerKey.issuerId().isEmpty()) {
        err.println(key + ": the key id " + issuerKey.keyId() + " must be <issuer id>#<name>");
        return Main.EXIT_INVALID;
      }
      Instant at = instant();
      Duration validity;
      try {
        validity = Duration.parse(validFor);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--valid-for must be an ISO 8601 duration such as P1D or PT6H but was " + validFor);
      }
      Map<String, Object> unsigned = StatusListCredential.build(
          CredentialIssuerProfile.of(issuerKey.issuerId().get(), issuerKey.issuerId().get()), url, list, at, at.plus(validity));
      Map<String, Object> signed = DataIntegrityProof.sign(unsigned, issuerKey.privateKey(), issuerKey.keyId(), at);
      Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(signed) + "\n", StandardCharsets.UTF_8);
      return Main.EXIT_OK;
    }

    private Instant instant() {
      if (now == null) {
        return Instant.now();
      }
      try {
        return Instant.parse(now);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--issued-at must be an instant such as 2026-11-24T10:00:00Z but was " + now);
      }
    }
  }

  /** {@code digiskill status-list create --url URL --purpose revocation|suspension --key K.jwk --out L.json}. */
  @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = "Creates an empty signed status list of 131,072 entries to be published at --url.",
      exitCodeOnInvalidInput = Main.EXIT_USAGE, exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
  static final class Create extends Signing implements Callable<Integer> {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "Where the list will be published; certificates name it in their status entry.")
    private String url;

    @Option(names = "--purpose", paramLabel = "PURPOSE", defaultValue = "revocation", description = "revocation or suspension (default: ${DEFAULT-VALUE}).")
    private String purpose;

    @Override
    public Integer call() throws IOException {
      BitstringStatusList list;
      try {
        list = BitstringStatusList.create(purpose);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--purpose: " + e.getMessage());
      }
      try {
        int code = write(url, list);
        if (code == Main.EXIT_OK) {
          spec.commandLine().getOut().println("wrote an empty " + purpose + " list for " + url + " to " + out);
        }
        return code;
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--url: " + e.getMessage());
      }
    }
  }

  /** {@code digiskill status-list set L.json --index N [--clear] --key K.jwk --out L.json}. */
  @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Sets (revokes or suspends) or, with --clear, clears (reinstates) a certificate's bit in a list, and signs the new version.",
        "A revocation should never be cleared; suspension is the reversible one."},
      exitCodeOnInvalidInput = Main.EXIT_USAGE, exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
  static final class Set extends Signing implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "LIST", description = "The current list credential.")
    private Path current;

    @Option(names = "--index", required = true, paramLabel = "N", description = "The certificate's statusListIndex.")
    private int index;

    @Option(names = "--clear", description = "Clear the bit instead of setting it.")
    private boolean clear;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Map<String, Object> list;
      BitstringStatusList bits;
      try {
        list = Inputs.jsonObject(current);
        bits = StatusListCredential.read(list);
      } catch (NoSuchFileException e) {
        err.println(current + ": no such file");
        return Main.EXIT_INVALID;
      } catch (IOException | IllegalArgumentException e) {
        err.println(current + ": " + e.getMessage());
        return Main.EXIT_INVALID;
      }
      if (index < 0 || index >= bits.size()) {
        throw new ParameterException(spec.commandLine(), "--index must be between 0 and " + (bits.size() - 1) + " but was " + index);
      }
      int code = write(String.valueOf(list.get("id")), bits.set(index, !clear));
      if (code == Main.EXIT_OK) {
        spec.commandLine().getOut().println((clear ? "cleared" : "set") + " bit " + index + " (" + bits.statusPurpose() + ") of "
            + list.get("id") + "; wrote " + out);
      }
      return code;
    }
  }
}
