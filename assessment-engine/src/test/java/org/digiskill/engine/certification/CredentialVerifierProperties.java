package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digiskill.engine.certification.VerificationResult.Outcome;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever is done to a signed credential, the verifier answers with a result (never an
 * exception), and a credential whose signed content changed is never valid.
 */
class CredentialVerifierProperties {
  private static final String ISSUER_ID = CredentialIssuerFixtures.ISSUER.id();
  private static final IssuerKey ED = IssuerKey.generate(KeyAlgorithm.ED25519, ISSUER_ID + "#ed", VcJwtFixtures.seeded(31));
  private static final IssuerKey ES = IssuerKey.generate(KeyAlgorithm.ES256, ISSUER_ID + "#es", VcJwtFixtures.seeded(32));
  private static final Map<String, Object> UNSIGNED = CredentialIssuerFixtures.CREDENTIALS.build(CredentialIssuerFixtures.passing(),
      CredentialIssuerFixtures.MINI, CredentialIssuerFixtures.FRAMEWORK, Recipient.of(VcJwtFixtures.SUBJECT_ID), VcJwtFixtures.CRED_ID,
      CredentialIssuerFixtures.ISSUED);
  private static final Map<String, Object> SIGNED = DataIntegrityProof.sign(UNSIGNED, ED.privateKey(), ED.keyId(),
      CredentialIssuerFixtures.ISSUED);
  private static final String JWT = VcJwt.sign(UNSIGNED, ES);
  private static final CredentialVerifier VERIFIER = CredentialVerifier.builder().trust(List.of(ED, ES))
      .clock(Clock.fixed(CredentialIssuerFixtures.ISSUED.plus(Duration.ofDays(1)), ZoneOffset.UTC)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Values put in place of a member: other types, empty containers, look-alikes. */
  private static final List<Object> REPLACEMENTS = List.of("", "x", 0, -1, 3.5, true, false, List.of(), Map.of(),
      List.of(Map.of()), Map.of("id", "urn:x"), "https://mallory.example/", "2099-01-01T00:00:00Z", "z6Mk", List.of("x"));

  /** Every path to a member or element of the tree, as lists of keys and indexes. */
  private static void paths(Object node, List<Object> prefix, List<List<Object>> out) {
    if (node instanceof Map<?, ?> m) {
      for (Object k : m.keySet()) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(k);
        out.add(p);
        paths(m.get(k), p, out);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        List<Object> p = new ArrayList<>(prefix);
        p.add(i);
        out.add(p);
        paths(l.get(i), p, out);
      }
    }
  }

  /** A deep, mutable copy of the tree with the member at {@code path} replaced or removed. */
  @SuppressWarnings("unchecked")
  private static Object edit(Object node, List<Object> path, int depth, Object value, boolean remove) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        boolean here = depth < path.size() && e.getKey().equals(path.get(depth));
        if (here && depth == path.size() - 1) {
          if (!remove) {
            copy.put((String) e.getKey(), value);
          }
        } else {
          copy.put((String) e.getKey(), here ? edit(e.getValue(), path, depth + 1, value, remove) : e.getValue());
        }
      }
      return copy;
    }
    List<Object> copy = new ArrayList<>((List<Object>) node);
    int i = (Integer) path.get(depth);
    if (depth == path.size() - 1) {
      if (remove) {
        copy.remove(i);
      } else {
        copy.set(i, value);
      }
    } else {
      copy.set(i, edit(copy.get(i), path, depth + 1, value, remove));
    }
    return copy;
  }

  @Test
  void anyEditOfASignedCredential_givesAResult_andIsNeverValidOnceTheSignedContentChanged() throws Exception {
    List<List<Object>> paths = new ArrayList<>();
    paths(SIGNED, List.of(), paths);
    qt().withExamples(400)
        .forAll(SourceDSL.integers().between(0, paths.size() - 1), SourceDSL.integers().between(0, REPLACEMENTS.size()))
        .checkAssert((p, r) -> {
          List<Object> path = paths.get(p);
          boolean remove = r == REPLACEMENTS.size();
          Object value = remove ? null : REPLACEMENTS.get(r);
          Object edited = edit(SIGNED, path, 0, value, remove);
          VerificationResult result;
          try {
            result = VERIFIER.verify(JSON.writeValueAsString(edited));
          } catch (Exception e) {
            throw new AssertionError("verify threw for " + path + " := " + value, e);
          }
          assertThat(result.checks()).hasSize(7);
          if (edited.equals(SIGNED)) {
            assertThat(result.valid()).isTrue();
          } else if (!path.get(0).equals("proof") || path.size() > 2 && !path.get(2).equals("proofValue")) {
            // Anything but the proofValue itself is signed: the document or the proof options.
            assertThat(result.valid()).as(path + " := " + value).isFalse();
            assertThat(result.check("proof").outcome()).as(path + " := " + value).isEqualTo(Outcome.FAILED);
          } else {
            assertThat(result.valid()).as(path + " := " + value).isFalse();
          }
        });
  }

  @Test
  void anyTextAtAll_givesAResult_neverAnException() {
    qt().withExamples(500)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200), SourceDSL.integers().between(0, JWT.length()))
        .checkAssert((noise, at) -> {
          for (String text : List.of(noise, JWT.substring(0, at) + noise + JWT.substring(at), "{" + noise + "}")) {
            VerificationResult r = VERIFIER.verify(text);
            assertThat(r.checks()).hasSize(7);
            if (!text.equals(JWT)) {
              assertThat(r.valid()).as(text).isFalse();
            }
          }
        });
  }
}
