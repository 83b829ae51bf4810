package org.digiskill.engine.certification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.digiskill.engine.certification.VerificationResult.Check;
import org.digiskill.engine.certification.VerificationResult.Outcome;

/**
 * Verifies Open Badges 3.0 credentials signed here or elsewhere, with an embedded {@code
 * eddsa-rdfc-2022} proof or as a VC-JWT, and says why for every check rather than answering yes
 * or no.
 *
 * <p>The checks, in order, each {@link Outcome#PASSED passed}, {@link Outcome#FAILED failed} or
 * {@link Outcome#SKIPPED skipped} (when a later check cannot run or does not apply):
 *
 * <ol>
 *   <li>{@value #FORMAT}: the credential is JSON (or a compact JWS) with the VC 2.0 and Open Badges
 *       contexts first and the {@code VerifiableCredential} and {@code OpenBadgeCredential} types;
 *   <li>{@value #PROOF}: the signature verifies with a key from the {@link KeyResolver} (or, when
 *       {@link Builder#acceptDidKeyIssuers() accepted}, the key a {@code did:key} issuer's
 *       identifier is made of) and the proof has not expired; only the
 *       {@code eddsa-rdfc-2022} cryptosuite and the JWT algorithms allowed (ES256 and RS256 by
 *       default) are accepted, never {@code none} or HMAC;
 *   <li>{@value #ISSUER}: the key belongs to the credential's issuer: its id (a verification method
 *       or {@code kid}) is {@code <issuer id>#<fragment>};
 *   <li>{@value #VALID_FROM} and {@value #VALID_UNTIL}: the validity period contains the injected
 *       clock's instant;
 *   <li>{@value #STATUS}: no {@code credentialStatus} bit is set, read from the issuer's signed
 *       status list through the {@link StatusListResolver};
 *   <li>{@value #RECIPIENT}: when the caller gives an identifier (an e-mail address), it matches
 *       the credential's salted identity hash.
 * </ol>
 *
 * <p>Immutable and thread-safe when its resolvers are.
 */
public final class CredentialVerifier {
  /** The name of the format check. */
  public static final String FORMAT = "format";
  /** The name of the proof check. */
  public static final String PROOF = "proof";
  /** The name of the issuer-binding check. */
  public static final String ISSUER = "issuer";
  /** The name of the not-before check. */
  public static final String VALID_FROM = "validFrom";
  /** The name of the expiry check. */
  public static final String VALID_UNTIL = "validUntil";
  /** The name of the revocation and suspension check. */
  public static final String STATUS = "status";
  /** The name of the recipient check. */
  public static final String RECIPIENT = "recipient";

  /** Finds an issuer's public key by its id: a Data Integrity verification method or a JWT {@code kid}. */
  @FunctionalInterface
  public interface KeyResolver {
    /** Returns the trusted key with this id, or empty when it is unknown. */
    Optional<IssuerKey> resolve(String keyId);
  }

  /**
   * Finds a published {@code BitstringStatusListCredential} by its URL. Implementations may fetch
   * over HTTPS with caching; {@link InMemoryStatusLists} serves lists held in memory.
   */
  @FunctionalInterface
  public interface StatusListResolver {
    /** Returns the signed list credential published at {@code url}, or empty when unavailable. */
    Optional<Map<String, Object>> resolve(String url);
  }

  private static final String DID_KEY_ED25519 = "did:key:z6Mk";
  /** The most {@code credentialStatus} entries checked (revocation and suspension, in a few lists). */
  public static final int MAX_STATUS_ENTRIES = 8;
  /** The largest credential text read: real ones are a few kilobytes. */
  public static final int MAX_CHARS = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());

  private final KeyResolver keys;
  private final StatusListResolver statusLists;
  private final Clock clock;
  private final Set<KeyAlgorithm> jwtAlgorithms;
  private final boolean didKeyIssuers;

  private CredentialVerifier(Builder b) {
    this.keys = b.keys;
    this.statusLists = b.statusLists;
    this.clock = b.clock;
    this.jwtAlgorithms = Set.copyOf(b.jwtAlgorithms);
    this.didKeyIssuers = b.didKeyIssuers;
  }

  /** Returns a builder; without {@link Builder#trust} or {@link Builder#keys} no proof verifies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Verifies a credential given as text: JSON with an embedded proof, or a compact VC-JWT. */
  public VerificationResult verify(String credential) {
    return verify(credential, null);
  }

  /**
   * Verifies a credential given as text, and checks that it was issued to the holder of {@code
   * recipientIdentifier} (an e-mail address) when that is not null.
   */
  public VerificationResult verify(String credential, String recipientIdentifier) {
    Objects.requireNonNull(credential, "credential");
    if (credential.length() > MAX_CHARS) {
      return failedFormat("credential.too-large", "the credential has " + credential.length() + " characters; at most "
          + MAX_CHARS + " are read");
    }
    String text = credential.strip();
    if (text.startsWith("{")) {
      Map<String, Object> parsed;
      try {
        parsed = JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
      } catch (java.io.IOException e) {
        return failedFormat("credential.malformed", "not a JSON object: " + shown(firstLine(e.getMessage()), 400));
      }
      return verifyEmbedded(parsed, recipientIdentifier);
    }
    return verifyJwt(text, recipientIdentifier);
  }

  /** Verifies a credential with an embedded Data Integrity proof. */
  public VerificationResult verifyEmbedded(Map<String, ?> credential, String recipientIdentifier) {
    Objects.requireNonNull(credential, "credential");
    List<Check> checks = new ArrayList<>();
    Check format = format(credential);
    checks.add(format);
    String keyId = null;
    Check proof;
    try {
      keyId = verificationMethod(credential);
      DataIntegrityProof.verify(credential, ed25519Key(keyId));
      requireUnexpiredProof(credential);
      proof = Check.passed(PROOF, "eddsa-rdfc-2022 proof verifies with key " + shown(keyId));
    } catch (ProofException e) {
      proof = Check.failed(PROOF, e.code(), said(e));
    }
    checks.add(proof);
    return rest(credential, checks, proof.passed() ? keyId : null, recipientIdentifier);
  }

  /** Verifies a compact VC-JWT. */
  public VerificationResult verifyJwt(String compact, String recipientIdentifier) {
    Objects.requireNonNull(compact, "compact");
    Map<String, Object> credential;
    try {
      credential = VcJwt.decode(compact);
    } catch (ProofException e) {
      return failedFormat(e.code(), said(e));
    }
    List<Check> checks = new ArrayList<>();
    checks.add(format(credential));
    String[] kid = new String[1];
    Check proof;
    try {
      VcJwt.verify(compact, id -> {
        kid[0] = id;
        return trustedKey(id);
      }, jwtAlgorithms);
      proof = Check.passed(PROOF, "JWT signature verifies with key " + shown(kid[0]));
    } catch (ProofException e) {
      proof = Check.failed(PROOF, e.code(), said(e));
    }
    checks.add(proof);
    return rest(credential, checks, proof.passed() ? kid[0] : null, recipientIdentifier);
  }

  private VerificationResult rest(Map<String, ?> credential, List<Check> checks, String verifiedKeyId,
      String recipientIdentifier) {
    String issuerId = issuerId(credential);
    checks.add(issuerBinding(issuerId, verifiedKeyId));
    Instant now = clock.instant();
    checks.add(validFrom(credential, now));
    checks.add(validUntil(credential, now));
    checks.add(status(credential, issuerId, now));
    checks.add(recipient(credential, recipientIdentifier));
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) credential;
    return new VerificationResult(checks, copy);
  }

  private static VerificationResult failedFormat(String code, String message) {
    List<Check> checks = new ArrayList<>();
    checks.add(Check.failed(FORMAT, code, message));
    for (String name : List.of(PROOF, ISSUER, VALID_FROM, VALID_UNTIL, STATUS, RECIPIENT)) {
      checks.add(Check.skipped(name, "the credential could not be read"));
    }
    return new VerificationResult(checks, null);
  }

  private static Check format(Map<String, ?> credential) {
    Object context = credential.get("@context");
    if (!(context instanceof List<?> contexts) || contexts.size() < 2
        || !OpenBadgeCredential.VC2_CONTEXT.equals(contexts.get(0))
        || !(contexts.get(1) instanceof String ob) || !ob.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context")) {
      return Check.failed(FORMAT, "credential.context",
          "@context must start with " + OpenBadgeCredential.VC2_CONTEXT + " and the Open Badges 3.0 context but was " + shown(context));
    }
    Object type = credential.get("type");
    if (!(type instanceof List<?> types) || !types.contains("VerifiableCredential")
        || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
      return Check.failed(FORMAT, "credential.type", "type must contain VerifiableCredential and OpenBadgeCredential but was " + shown(type));
    }
    return Check.passed(FORMAT, "an Open Badges 3.0 credential");
  }

  /**
   * The Ed25519 key of a Data Integrity verification method: a trusted key by that id, or the key
   * a {@code did:key} identifier is made of (self-certifying: the issuer id is the key).
   */
  /** The resolver's key, or empty when it has none or fails (a failing resolver must not crash verify). */
  private Optional<IssuerKey> trustedKey(String keyId) {
    try {
      Optional<IssuerKey> key = keys.resolve(keyId);
      return key == null ? Optional.empty() : key;
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private PublicKey ed25519Key(String verificationMethod) {
    Optional<IssuerKey> trusted = trustedKey(verificationMethod);
    if (trusted.isPresent()) {
      if (trusted.get().algorithm() != KeyAlgorithm.ED25519) {
        throw new ProofException(ProofException.ALGORITHM_NOT_ALLOWED, "/proof",
            "key " + verificationMethod + " is an " + trusted.get().algorithm().jwsName() + " key; eddsa-rdfc-2022 needs Ed25519");
      }
      return trusted.get().publicKey();
    }
    if (didKeyIssuers && verificationMethod.startsWith(DID_KEY_ED25519)) {
      int hash = verificationMethod.indexOf('#');
      String multibase = verificationMethod.substring("did:key:".length(), hash < 0 ? verificationMethod.length() : hash);
      if (hash < 0 || verificationMethod.substring(hash + 1).equals(multibase)) {
        try {
          return DataIntegrityProof.fromMultibase(multibase);
        } catch (ProofException | IllegalArgumentException e) {
          throw new ProofException(ProofException.UNKNOWN_KEY, "/proof", "the did:key " + shown(verificationMethod)
              + " is not an Ed25519 key: " + said(e));
        }
      }
    }
    throw new ProofException(ProofException.UNKNOWN_KEY, "/proof", "no trusted key has the id " + shown(verificationMethod));
  }

  /** Data Integrity: a proof with an {@code expires} date in the past no longer proves anything. */
  private void requireUnexpiredProof(Map<String, ?> credential) {
    if (soleProof(credential) instanceof Map<?, ?> p && p.containsKey("expires")) {
      Instant expires = instant(p.get("expires"));
      if (expires == null) {
        throw new ProofException(ProofException.MALFORMED, "/proof/expires", "the proof's expires is not a date-time");
      }
      if (clock.instant().isAfter(expires)) {
        throw new ProofException(ProofException.EXPIRED, "/proof/expires", "the proof expired on " + shown(p.get("expires")));
      }
    }
  }

  /** A value as shown in a message: at most 120 characters, control characters replaced. */
  static String shown(Object value) {
    return shown(value, 120);
  }

  /** A message from elsewhere (it may quote the input): at most 400 characters, no control characters. */
  private static String said(Throwable e) {
    return shown(e.getMessage(), 400);
  }

  private static String shown(Object value, int max) {
    String s = String.valueOf(value);
    if (s.length() > max) {
      s = s.substring(0, max) + "…";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c));
    return b.toString();
  }

  /** The credential's proof: the object itself, or the only element of a one-element array. */
  private static Object soleProof(Map<String, ?> credential) {
    Object proof = credential.get("proof");
    return proof instanceof List<?> list && list.size() == 1 ? list.get(0) : proof;
  }

  private static String verificationMethod(Map<String, ?> credential) {
    Object proof = soleProof(credential);
    if (proof == null) {
      throw new ProofException(ProofException.MISSING, "/proof", "the credential has no embedded proof");
    }
    if (!(proof instanceof Map<?, ?> p) || !(p.get("verificationMethod") instanceof String vm)) {
      throw new ProofException(ProofException.MALFORMED, "/proof", "expected one proof object with a verificationMethod");
    }
    return vm;
  }

  private static String issuerId(Map<String, ?> credential) {
    Object issuer = credential.get("issuer");
    if (issuer instanceof String s) {
      return s;
    }
    if (issuer instanceof Map<?, ?> m && m.get("id") instanceof String s) {
      return s;
    }
    return null;
  }

  private static Check issuerBinding(String issuerId, String keyId) {
    if (issuerId == null) {
      return Check.failed(ISSUER, "issuer.missing", "the credential names no issuer id");
    }
    if (keyId == null) {
      return Check.skipped(ISSUER, "no verified key to bind to the issuer");
    }
    String controller = IssuerKey.controllerOf(keyId).orElse(keyId);
    if (!controller.equals(issuerId)) {
      return Check.failed(ISSUER, "issuer.key-not-issuers",
          "key " + shown(keyId) + " belongs to " + shown(controller) + ", not to the issuer " + shown(issuerId));
    }
    return Check.passed(ISSUER, "signed with a key of " + shown(issuerId));
  }

  private static Check validFrom(Map<String, ?> credential, Instant now) {
    Object v = credential.get("validFrom");
    Instant from = instant(v);
    if (from == null) {
      return Check.failed(VALID_FROM, "credential.valid-from-missing", "validFrom must be a date-time but was " + shown(v));
    }
    if (now.isBefore(from)) {
      return Check.failed(VALID_FROM, "credential.not-yet-valid", "valid only from " + shown(v) + "; it is now " + now);
    }
    return Check.passed(VALID_FROM, "valid since " + shown(v));
  }

  private static Check validUntil(Map<String, ?> credential, Instant now) {
    Object v = credential.get("validUntil");
    if (v == null) {
      return Check.passed(VALID_UNTIL, "no expiry date");
    }
    Instant until = instant(v);
    if (until == null) {
      return Check.failed(VALID_UNTIL, "credential.valid-until-malformed", "validUntil must be a date-time but was " + shown(v));
    }
    if (now.isAfter(until)) {
      return Check.failed(VALID_UNTIL, "credential.expired", "expired on " + shown(v) + "; it is now " + now);
    }
    return Check.passed(VALID_UNTIL, "valid until " + shown(v));
  }

  private Check status(Map<String, ?> credential, String issuerId, Instant now) {
    Object status = credential.get("credentialStatus");
    if (status == null) {
      return Check.passed(STATUS, "the credential carries no status entry, so it cannot be revoked");
    }
    List<?> entries = status instanceof List<?> l ? l : List.of(status);
    if (entries.isEmpty()) {
      return Check.passed(STATUS, "the credential carries no status entry, so it cannot be revoked");
    }
    if (entries.size() > MAX_STATUS_ENTRIES) {
      // Each entry costs a list verification; real credentials carry one or two.
      return Check.failed(STATUS, "status.malformed", "the credential carries " + entries.size() + " status entries; at most "
          + MAX_STATUS_ENTRIES + " are checked");
    }
    List<String> fine = new ArrayList<>();
    for (Object e : entries) {
      if (!(e instanceof Map<?, ?> m)) {
        return Check.failed(STATUS, "status.malformed", "credentialStatus must be an object or an array of objects");
      }
      BitstringStatusListEntry entry;
      try {
        entry = BitstringStatusListEntry.fromJson(m);
      } catch (IllegalArgumentException ex) {
        return Check.failed(STATUS, "status.malformed", said(ex));
      }
      Optional<Map<String, Object>> published;
      try {
        published = statusLists.resolve(entry.statusListCredential());
      } catch (RuntimeException ex) {
        published = null;
      }
      if (published == null || published.isEmpty()) {
        return Check.failed(STATUS, "status.unavailable", "status list " + shown(entry.statusListCredential()) + " could not be retrieved");
      }
      Map<String, Object> list = published.get();
      if (!entry.statusListCredential().equals(list.get("id"))) {
        return Check.failed(STATUS, "status.list-invalid", "the list retrieved for " + shown(entry.statusListCredential()) + " has id " + shown(list.get("id")));
      }
      try {
        String vm = verificationMethod(list);
        DataIntegrityProof.verify(list, ed25519Key(vm));
        requireUnexpiredProof(list);
        Check bound = issuerBinding(issuerId(list), vm);
        if (!bound.passed() || !Objects.equals(issuerId(list), issuerId)) {
          return Check.failed(STATUS, "status.list-invalid", "status list " + entry.statusListCredential()
              + " is not signed by the credential's issuer " + issuerId);
        }
      } catch (ProofException ex) {
        return Check.failed(STATUS, "status.list-invalid", "status list " + entry.statusListCredential() + ": " + said(ex));
      }
      Check listFrom = validFrom(list, now);
      if (!listFrom.passed()) {
        return Check.failed(STATUS, "status.list-invalid", "status list " + entry.statusListCredential() + ": " + listFrom.message());
      }
      Check listUntil = validUntil(list, now);
      if (!listUntil.passed()) {
        return Check.failed(STATUS, "status.list-expired", "status list " + entry.statusListCredential() + ": " + listUntil.message());
      }
      BitstringStatusList bits;
      try {
        bits = StatusListCredential.read(list);
      } catch (IllegalArgumentException ex) {
        return Check.failed(STATUS, "status.list-invalid", "status list " + entry.statusListCredential() + ": " + said(ex));
      }
      if (!bits.statusPurpose().equals(entry.statusPurpose())) {
        return Check.failed(STATUS, "status.list-invalid", "the entry's purpose is " + entry.statusPurpose()
            + " but the list's is " + bits.statusPurpose());
      }
      if (entry.index() >= bits.size()) {
        return Check.failed(STATUS, "status.list-invalid", "index " + entry.index() + " is beyond the list's " + bits.size() + " entries");
      }
      if (bits.get(entry.index())) {
        boolean revoked = BitstringStatusList.REVOCATION.equals(entry.statusPurpose());
        return Check.failed(STATUS, revoked ? "status.revoked" : "status.suspended",
            (revoked ? "revoked" : "suspended") + " (bit " + entry.index() + " of " + entry.statusListCredential() + ")");
      }
      fine.add(entry.statusPurpose());
    }
    return Check.passed(STATUS, "not " + String.join(", not ", fine.stream().map(p -> p.equals("revocation") ? "revoked" : "suspended").toList()));
  }

  private static Check recipient(Map<String, ?> credential, String identifier) {
    if (identifier == null) {
      return Check.skipped(RECIPIENT, "no recipient identifier was given to check");
    }
    Object subject = credential.get("credentialSubject");
    List<?> identities = subject instanceof Map<?, ?> s && s.get("identifier") instanceof List<?> l ? l : List.of();
    for (Object o : identities) {
      if (o instanceof Map<?, ?> id && id.get("identityType") instanceof String type
          && id.get("identityHash") instanceof String hash && !"name".equals(type)) {
        // Normalised as Recipient does before hashing: e-mail addresses are case-insensitive.
        String value = "emailAddress".equals(type) ? identifier.strip().toLowerCase(java.util.Locale.ROOT) : identifier.strip();
        boolean match = Boolean.TRUE.equals(id.get("hashed"))
            ? IdentityHash.sha256(value, id.get("salt") instanceof String salt ? salt : "").equalsIgnoreCase(hash)
            : value.equals(hash);
        if (match) {
          return Check.passed(RECIPIENT, "issued to the holder of this " + type);
        }
      }
    }
    return Check.failed(RECIPIENT, "recipient.mismatch", "no identity of the credential matches this identifier");
  }

  private static Instant instant(Object v) {
    if (!(v instanceof String s)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Configures a {@link CredentialVerifier}. */
  public static final class Builder {
    private KeyResolver keys = id -> Optional.empty();
    private StatusListResolver statusLists = url -> Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Set<KeyAlgorithm> jwtAlgorithms = EnumSet.of(KeyAlgorithm.ES256, KeyAlgorithm.RS256);
    private boolean didKeyIssuers;

    private Builder() {}

    /** Trusts these public keys, found by their key ids. */
    public Builder trust(List<IssuerKey> trusted) {
      Map<String, IssuerKey> byId = new java.util.HashMap<>();
      for (IssuerKey k : trusted) {
        if (byId.put(k.keyId(), k.toPublic()) != null) {
          throw new IllegalArgumentException("two trusted keys have the id " + k.keyId());
        }
      }
      Map<String, IssuerKey> frozen = Map.copyOf(byId);
      this.keys = id -> Optional.ofNullable(frozen.get(id));
      return this;
    }

    /** Finds trusted keys with this resolver (for example from a DID or JWKS document). */
    public Builder keys(KeyResolver resolver) {
      this.keys = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** Reads status lists with this resolver; without one, a credential with status fails. */
    public Builder statusLists(StatusListResolver resolver) {
      this.statusLists = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /** Uses this clock for validity dates; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Accepts VC-JWTs signed with these algorithms only; ES256 and RS256 by default. Ed25519 is not
     * a JWT algorithm here.
     */
    public Builder jwtAlgorithms(Set<KeyAlgorithm> algorithms) {
      if (algorithms.isEmpty() || algorithms.contains(KeyAlgorithm.ED25519)) {
        throw new IllegalArgumentException("JWT algorithms must be a non-empty set of ES256 and RS256");
      }
      this.jwtAlgorithms = EnumSet.copyOf(algorithms);
      return this;
    }

    /**
     * Also accepts embedded proofs by {@code did:key} issuers ({@code did:key:z6Mk…}), whose
     * identifier is their public key, without a trusted key. Off by default: anyone can make a
     * did:key and call themselves any name, so accept them only where a did:key issuer is
     * trusted by its identifier (for example one listed in the portal's issuer registry), or to
     * check integrity alone.
     */
    public Builder acceptDidKeyIssuers() {
      this.didKeyIssuers = true;
      return this;
    }

    /** Builds the verifier. */
    public CredentialVerifier build() {
      return new CredentialVerifier(this);
    }
  }
}
