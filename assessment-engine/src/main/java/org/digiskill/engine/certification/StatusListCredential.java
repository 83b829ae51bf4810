package org.digiskill.engine.certification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The W3C {@code BitstringStatusListCredential} that publishes a {@link BitstringStatusList}: an
 * issuer builds it here, signs it like any credential ({@link DataIntegrityProof}), and serves it at
 * its {@code id} URL; verifiers read it back with {@link #read(Map)}.
 *
 * <p>To revoke a credential, set its bit in the list, build and sign the credential again, and
 * publish it in place of the old one. Verifiers may cache a list, so a change takes effect only
 * when their copy expires; keep {@code validUntil} short when suspension must act quickly.
 */
public final class StatusListCredential {
  /** The list credential's {@code type}. */
  public static final List<String> TYPE = List.of("VerifiableCredential", "BitstringStatusListCredential");

  private StatusListCredential() {}

  /**
   * Builds the unsigned list credential.
   *
   * @param issuer the issuer; the same as the credentials whose status it carries
   * @param url the URL the list is published at, which entries name as {@code statusListCredential}
   * @param list the bits
   * @param validFrom when this version of the list was made
   * @param validUntil when verifiers must fetch a newer version, or null
   * @return the credential as an ordered, unmodifiable JSON-ready tree
   */
  public static Map<String, Object> build(CredentialIssuerProfile issuer, String url, BitstringStatusList list,
      Instant validFrom, Instant validUntil) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(validFrom, "validFrom");
    CredentialIssuerProfile.requireAbsoluteUri(url, "url");
    StatusListCredentialSubject subject = StatusListCredentialSubject.of(url + "#list", list);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", subject.id());
    s.put("type", subject.type());
    s.put("statusPurpose", subject.statusPurpose());
    s.put("encodedList", subject.encodedList());
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("@context", List.of(OpenBadgeCredential.VC2_CONTEXT));
    vc.put("id", url);
    vc.put("type", TYPE);
    // The issuer's id only: a list has just the VC 2.0 context, which does not define Profile.
    vc.put("issuer", issuer.id());
    vc.put("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
    if (validUntil != null) {
      if (!validUntil.isAfter(validFrom)) {
        throw new IllegalArgumentException("validUntil " + validUntil + " is not after validFrom " + validFrom);
      }
      vc.put("validUntil", validUntil.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    vc.put("credentialSubject", Collections.unmodifiableMap(s));
    return Collections.unmodifiableMap(vc);
  }

  /**
   * Reads the list from a list credential (its proof is checked by the verifier, not here).
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static BitstringStatusList read(Map<String, ?> credential) {
    Object type = credential.get("type");
    if (!(type instanceof List<?> types) || !types.contains("BitstringStatusListCredential")) {
      throw new IllegalArgumentException("type must contain BitstringStatusListCredential but was [" + type + "]");
    }
    if (!(credential.get("credentialSubject") instanceof Map<?, ?> subject)) {
      throw new IllegalArgumentException("credentialSubject must be an object");
    }
    if (!StatusListCredentialSubject.TYPE.equals(subject.get("type"))) {
      throw new IllegalArgumentException("credentialSubject.type must be " + StatusListCredentialSubject.TYPE);
    }
    if (!(subject.get("statusPurpose") instanceof String purpose) || !(subject.get("encodedList") instanceof String encoded)) {
      throw new IllegalArgumentException("credentialSubject needs statusPurpose and encodedList strings");
    }
    return BitstringStatusList.decode(encoded, purpose);
  }
}
