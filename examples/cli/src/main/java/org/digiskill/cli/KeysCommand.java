package org.digiskill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.digiskill.engine.certification.DataIntegrityProof;
import org.digiskill.engine.certification.IssuerKey;
import org.digiskill.engine.certification.KeyAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code digiskill keys}: issuer key management. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Issuer signing keys.",
    subcommands = {KeysCommand.Generate.class},
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class KeysCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: generate");
  }

  /**
   * {@code digiskill keys generate --alg Ed25519|ES256|RS256 --out K.jwk}: writes the private JWK
   * to {@code K.jwk} (owner-only permissions where the file system has them) and the public JWK
   * beside it as {@code K.pub.jwk}.
   */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Generates an issuer key pair: the private JWK in --out (keep it secret) and the public JWK beside it as *.pub.jwk (publish it).",
        "Ed25519 signs embedded eddsa-rdfc-2022 proofs; ES256 and RS256 sign VC-JWTs (certify --jwt).",
        "The key id (--kid) names the issuer: everything before '#' is the issuer id that certify writes into credentials."
      },
      exitCodeOnInvalidInput = Main.EXIT_USAGE,
      exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
  static final class Generate implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(names = "--alg", required = true, paramLabel = "ALG", description = "Ed25519, ES256 or RS256.")
    private String alg;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the private JWK, e.g. issuer.jwk.")
    private Path out;

    @Option(names = "--kid", paramLabel = "ID",
        description = "The key id, <issuer id>#<name>, e.g. https://certs.example.gov.vn/issuers/dl-center#key-2026 (default: for Ed25519 the key's own did:key, otherwise a new urn:uuid issuer with #key-1).")
    private String kid;

    @Option(names = "--force", description = "Overwrite existing key files.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      KeyAlgorithm algorithm = algorithm(alg);
      if (kid != null && kid.indexOf('#') <= 0) {
        throw new ParameterException(spec.commandLine(), "--kid must be <issuer id>#<name> but was " + kid);
      }
      Path pub = publicPath(out);
      IssuerKey key = IssuerKey.generate(algorithm, kid != null ? kid : "urn:uuid:" + UUID.randomUUID() + "#key-1", new SecureRandom());
      if (kid == null && algorithm == KeyAlgorithm.ED25519) {
        // A did:key issuer: self-certifying, so the credential can be checked without a key file.
        String multibase = DataIntegrityProof.publicKeyMultibase(key.publicKey());
        key = withKeyId(key, "did:key:" + multibase + "#" + multibase);
      }
      String keyId = key.keyId();
      for (Path p : new Path[] {out, pub}) {
        if (!force && Files.exists(p)) {
          err.println(p + ": already exists (use --force to overwrite)");
          return Main.EXIT_INVALID;
        }
      }
      try {
        writePrivate(out, key.toJwk(), force);
        write(pub, key.toPublicJwk(), force);
      } catch (FileAlreadyExistsException e) {
        err.println(e.getFile() + ": already exists (use --force to overwrite)");
        return Main.EXIT_INVALID;
      }
      PrintWriter o = spec.commandLine().getOut();
      o.println("private key: " + out + " (keep it secret)");
      o.println("public key:  " + pub);
      o.println("algorithm:   " + algorithm.jwsName());
      o.println("key id:      " + keyId);
      return Main.EXIT_OK;
    }

    private KeyAlgorithm algorithm(String name) {
      return switch (name.toUpperCase(Locale.ROOT)) {
        case "ED25519", "EDDSA" -> KeyAlgorithm.ED25519;
        case "ES256" -> KeyAlgorithm.ES256;
        case "RS256" -> KeyAlgorithm.RS256;
        default -> throw new ParameterException(spec.commandLine(), "--alg must be Ed25519, ES256 or RS256 but was " + name);
      };
    }
  }

  private static IssuerKey withKeyId(IssuerKey key, String keyId) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode jwk = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(key.toJwk());
      jwk.put("kid", keyId);
      return IssuerKey.fromJwk(json.writeValueAsString(jwk));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JWK this library wrote cannot be read back", e);
    }
  }

  /** {@code K.jwk} → {@code K.pub.jwk}; any other name gets {@code .pub.jwk} appended. */
  static Path publicPath(Path privateKey) {
    String name = privateKey.getFileName().toString();
    String base = name.endsWith(".jwk") ? name.substring(0, name.length() - 4) : name;
    return privateKey.resolveSibling(base + ".pub.jwk");
  }

  private static void writePrivate(Path file, String json, boolean force) throws IOException {
    if (force) {
      Files.deleteIfExists(file);
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system: the directory's permissions apply
    }
    Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static void write(Path file, String json, boolean force) throws IOException {
    if (force) {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    } else {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }
}
