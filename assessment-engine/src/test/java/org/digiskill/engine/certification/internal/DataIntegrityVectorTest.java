package org.digiskill.engine.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.digiskill.engine.certification.ProofException;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the 1EdTech Open Badges 3.0 {@code eddsa-rdfc-2022} test vector byte for byte (see
 * {@code src/test/resources/certification/test-vector/README.md}).
 */
class DataIntegrityVectorTest {
  static final Path DIR = Path.of("src/test/resources/certification/test-vector");
  static final HexFormat HEX = HexFormat.of();
  static final Properties VECTOR = properties();
  /** The bundled contexts plus the three the (VC 1.1) vector names. */
  static final EddsaRdfc2022 SUITE = new EddsaRdfc2022(new LinkedData(ContextLoader.standard()
      .with("https://www.w3.org/2018/credentials/v1", bytes("contexts/credentials-v1.jsonld"))
      .with("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld", bytes("contexts/ob_v3p0-context.json"))
      .with("https://w3id.org/security/data-integrity/v1", bytes("contexts/data-integrity-v1.jsonld")),
      EddsaRdfc2022.DEFAULT_BUDGET));

  private final JsonObject document = jsonP("document-with-cryptosuite-context.json");
  private final JsonObject proofConfig = withContext(jsonP("proof-before-signing.json"), document);

  @Test
  void canonicalDocumentIsTheVectors() {
    assertThat(SUITE.canonicalDocument(document)).isEqualTo(text("document-canon.nq"));
  }

  @Test
  void canonicalProofConfigIsTheVectors() {
    assertThat(SUITE.canonicalProofConfig(proofConfig, "/proof")).isEqualTo(text("proof-canon.nq"));
  }

  @Test
  void hashesAndDataToSignAreTheVectors() {
    String canonicalDocument = SUITE.canonicalDocument(document);
    String canonicalProof = SUITE.canonicalProofConfig(proofConfig, "/proof");
    assertThat(HEX.formatHex(EddsaRdfc2022.sha256(canonicalDocument))).isEqualTo(VECTOR.getProperty("documentHash"));
    assertThat(HEX.formatHex(EddsaRdfc2022.sha256(canonicalProof))).isEqualTo(VECTOR.getProperty("proofHash"));
    assertThat(HEX.formatHex(EddsaRdfc2022.hashData(canonicalProof, canonicalDocument)))
        .isEqualTo(VECTOR.getProperty("dataToSign"));
  }

  @Test
  void signatureAndProofValueAreTheVectors() {
    byte[] data = HEX.parseHex(VECTOR.getProperty("dataToSign"));
    byte[] signature = EddsaRdfc2022.signData(data, privateKey());
    assertThat(HEX.formatHex(signature)).isEqualTo(VECTOR.getProperty("signature"));
    assertThat("z" + Base58Btc.encode(signature)).isEqualTo(VECTOR.getProperty("proofValue"));
  }

  @Test
  void signingTheVectorsCredentialGivesTheVectorsProof() throws IOException {
    Map<String, Object> signed = SUITE.sign(jackson("document-with-cryptosuite-context.json"), privateKey(),
        VECTOR.getProperty("verificationMethod"), Instant.parse(VECTOR.getProperty("created")));
    @SuppressWarnings("unchecked")
    Map<String, Object> proof = (Map<String, Object>) ((List<?>) signed.get("proof")).get(0);
    Map<String, Object> expected = new LinkedHashMap<>(jackson("proof-before-signing.json"));
    expected.put("proofValue", VECTOR.getProperty("proofValue"));
    assertThat(proof).isEqualTo(expected);
    assertThat(jackson("signed-credential.json").get("proof")).isEqualTo(expected);
  }

  @Test
  void theVectorsKeysAreOneEd25519KeyPair() {
    byte[] secret = HEX.parseHex(VECTOR.getProperty("secretKey"));
    assertThat(HEX.formatHex(Arrays.copyOfRange(secret, 32, 64))).isEqualTo(VECTOR.getProperty("publicKey"));
    assertThat(Ed25519Keys.toMultibase(publicKey())).isEqualTo(VECTOR.getProperty("publicKeyMultibase"));
    assertThat(VECTOR.getProperty("verificationMethod")).endsWith("#" + VECTOR.getProperty("publicKeyMultibase"));
  }

  @Test
  void verifyAcceptsTheVectorsSignedCredentialWithItsProofObject() throws IOException {
    Map<String, Object> signed = jackson("signed-credential.json");
    assertThat(signed.get("proof")).isInstanceOf(Map.class);
    SUITE.verify(signed, publicKey());
    SUITE.verify(signed, Ed25519Keys.fromMultibase(VECTOR.getProperty("publicKeyMultibase")));
  }

  @Test
  void verifyRefusesTheVectorOnceChanged() throws IOException {
    Map<String, Object> signed = new LinkedHashMap<>(jackson("signed-credential.json"));
    signed.put("name", "Teamwork Badge!");
    assertThatThrownBy(() -> SUITE.verify(signed, publicKey())).isInstanceOf(ProofException.class)
        .extracting(e -> ((ProofException) e).code()).isEqualTo(ProofException.INVALID_SIGNATURE);
  }

  @Test
  void theLibraryItselfRefusesTheVectorsVc11Contexts() throws IOException {
    // The vector predates VC 2.0; the library bundles only the contexts of OB 3.0 on VC 2.0.
    assertThatThrownBy(() -> EddsaRdfc2022.standard().verify(jackson("signed-credential.json"), publicKey()))
        .isInstanceOf(ProofException.class)
        .satisfies(e -> {
          assertThat(((ProofException) e).code()).isEqualTo(ProofException.UNKNOWN_CONTEXT);
          assertThat(((ProofException) e).path()).isEqualTo("/@context/0");
        });
  }

  /**
   * The VC 2.0 form of the vector ({@code linked-data-proof-ob.html}) publishes new canonical
   * N-Quads but still the hashes and signature of the VC 1.1 form; the N-Quads reproduce exactly.
   */
  @Test
  void vc2FormsCanonicalNQuadsReproduce() {
    JsonObject vc2 = jsonP("vc2/document-with-cryptosuite-context.json");
    // data-integrity/v1 would redefine VC 2.0's protected DataIntegrityProof; VC 2.0 defines it.
    JsonObject withoutDi = JsonValues.PROVIDER.createObjectBuilder(vc2).add("@context", JsonValues.PROVIDER
        .createArrayBuilder(vc2.getJsonArray("@context").subList(0, 2)).build()).build();
    EddsaRdfc2022 suite = new EddsaRdfc2022(new LinkedData(ContextLoader.standard()
        .with("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
            ContextLoaderBytes.bundled("ob-v3p0-context-3.0.3.json")), EddsaRdfc2022.DEFAULT_BUDGET));
    assertThat(suite.canonicalDocument(withoutDi)).isEqualTo(text("vc2/document-canon.txt"));
    assertThat(suite.canonicalProofConfig(withContext(jsonP("proof-before-signing.json"), withoutDi), "/proof"))
        .isEqualTo(text("vc2/proof-canon.txt"));
    assertThat(HEX.formatHex(EddsaRdfc2022.sha256(text("vc2/document-canon.txt"))))
        .isNotEqualTo(VECTOR.getProperty("documentHash"));
  }

  static PrivateKey privateKey() {
    return Ed25519Keys.privateKey(Arrays.copyOf(HEX.parseHex(VECTOR.getProperty("secretKey")), 32));
  }

  static PublicKey publicKey() {
    return Ed25519Keys.publicKey(HEX.parseHex(VECTOR.getProperty("publicKey")));
  }

  static JsonObject withContext(JsonObject proof, JsonObject document) {
    return JsonValues.PROVIDER.createObjectBuilder().add("@context", document.get("@context"))
        .addAll(JsonValues.PROVIDER.createObjectBuilder(proof)).build();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> jackson(String name) throws IOException {
    return new ObjectMapper().readValue(DIR.resolve(name).toFile(), LinkedHashMap.class);
  }

  static JsonObject jsonP(String name) {
    try (Reader in = Files.newBufferedReader(DIR.resolve(name))) {
      return JsonValues.PROVIDER.createReader(in).readObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(DIR.resolve("vector.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return p;
  }

  /** Reads a context bundled in the library's resources. */
  static final class ContextLoaderBytes {
    static byte[] bundled(String name) {
      try {
        return Files.readAllBytes(
            Path.of("src/main/resources/org/digiskill/engine/certification/internal/contexts").resolve(name));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
