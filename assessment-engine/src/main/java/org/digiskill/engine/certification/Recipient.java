package org.digiskill.engine.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recipient of a credential: the opaque subject id the portal supplies, plus optional salted
 * identifiers. The resident's name is never included unless the portal explicitly adds a display
 * name with {@link #withDisplayName(String)}.
 *
 * <p>National ID numbers and phone numbers are refused (code {@value
 * CredentialIssuerException#FORBIDDEN_IDENTIFIER}): their few digits can be brute-forced from the
 * hash, salt or no salt. So is any value that looks like one, whatever type it is offered as.
 *
 * @param subjectId the {@code credentialSubject.id}: an absolute URI (such as {@code did:…} or
 *     {@code urn:uuid:…}), or null when the recipient is identified by identifiers only
 * @param identifiers the identity objects, in order
 */
public record Recipient(String subjectId, List<RecipientIdentity> identifiers) {
  private static final Set<String> FORBIDDEN_TYPES = Set.of(
      "national-id", "nationalid", "nationalidentitynumber", "national-identity-number", "citizen-id", "cccd", "cmnd",
      "identitynumber", "phone", "phonenumber", "phone-number", "mobile", "telephone");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
  /** A Vietnamese phone number: 0, 84, +84 or 0084 then 9 or 10 digits. */
  private static final Pattern VN_PHONE = Pattern.compile("(\\+?84|0084|0)\\d{9,10}");
  /** A 9-digit (old CMND) or 12-digit (CCCD) citizen ID. */
  private static final Pattern CITIZEN_ID = Pattern.compile("\\d{9}|\\d{12}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Checks the subject id and copies the list; needs a subject id or an identifier. */
  public Recipient {
    identifiers = List.copyOf(identifiers == null ? List.of() : identifiers);
    if (subjectId != null) {
      CredentialIssuerProfile.requireAbsoluteUri(subjectId, "subjectId");
    }
    if (subjectId == null && identifiers.stream().noneMatch(RecipientIdentity::hashed)) {
      throw new IllegalArgumentException("a recipient needs a subject id or a hashed identifier");
    }
  }

  /** Returns a recipient known only by the portal's opaque subject id. */
  public static Recipient of(String subjectId) {
    return new Recipient(Objects.requireNonNull(subjectId, "subjectId"), List.of());
  }

  /** Returns a recipient with a subject id and a salted e-mail hash. */
  public static Recipient withEmail(String subjectId, String email, String salt) {
    return new Recipient(subjectId, List.of(identifier("emailAddress", email, salt)));
  }

  /** Returns a copy with one more identifier. */
  public Recipient with(RecipientIdentity identity) {
    List<RecipientIdentity> all = new ArrayList<>(identifiers);
    all.add(Objects.requireNonNull(identity, "identity"));
    return new Recipient(subjectId, all);
  }

  /**
   * Returns a copy that shows this display name, as an unhashed identity object of type {@code
   * name}. Only call this when the portal (and the resident) explicitly want the name shown.
   */
  public Recipient withDisplayName(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    if (displayName.isBlank()) {
      throw new IllegalArgumentException("displayName is blank");
    }
    return with(new RecipientIdentity("name", displayName.strip(), false, null));
  }

  /**
   * Returns a hashed identity object for this identifier.
   *
   * @param type {@code emailAddress} (or {@code email}) or {@code sourcedId}; {@code national-id}
   *     and {@code phone} (and their synonyms) are refused
   * @param value the identifier; e-mail addresses are stripped and lower-cased before hashing
   * @param salt the salt, at least 8 characters; use {@link IdentityHash#randomSalt()}
   * @throws CredentialIssuerException {@value CredentialIssuerException#FORBIDDEN_IDENTIFIER} for a
   *     national ID or phone number, or a value that looks like one; {@value
   *     CredentialIssuerException#UNSUPPORTED_IDENTIFIER} for other types or a malformed e-mail
   */
  public static RecipientIdentity identifier(String type, String value, String salt) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(salt, "salt");
    String t = type.strip().toLowerCase(Locale.ROOT);
    if (FORBIDDEN_TYPES.contains(t)) {
      throw new CredentialIssuerException(CredentialIssuerException.FORBIDDEN_IDENTIFIER, "/identifier/type",
          "a " + type + " must never be put into a credential, not even hashed: it can be brute-forced");
    }
    if (looksForbidden(value)) {
      throw new CredentialIssuerException(CredentialIssuerException.FORBIDDEN_IDENTIFIER, "/identifier/value",
          "the " + type + " looks like a phone number or citizen ID, which must never be put into a credential");
    }
    if (salt.length() < 8) {
      throw new IllegalArgumentException("salt must have at least 8 characters");
    }
    String normalized;
    String identityType;
    switch (t) {
      case "email", "emailaddress", "email-address" -> {
        normalized = value.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalized).matches()) {
          throw new CredentialIssuerException(CredentialIssuerException.UNSUPPORTED_IDENTIFIER, "/identifier/value",
              "not an e-mail address");
        }
        identityType = "emailAddress";
      }
      case "sourcedid", "sourced-id" -> {
        normalized = value.strip();
        if (normalized.isEmpty()) {
          throw new IllegalArgumentException("sourcedId is blank");
        }
        identityType = "sourcedId";
      }
      default -> throw new CredentialIssuerException(CredentialIssuerException.UNSUPPORTED_IDENTIFIER,
          "/identifier/type", "unsupported identifier type: " + type);
    }
    return new RecipientIdentity(identityType, IdentityHash.sha256(normalized, salt), true, salt);
  }

  /**
   * Returns true when the value, or the local part of an e-mail address, without spaces, dots,
   * dashes and brackets, is a Vietnamese phone number or a 9- or 12-digit citizen ID.
   */
  static boolean looksForbidden(String value) {
    String v = value.strip();
    int at = v.indexOf('@');
    String[] candidates = at < 0 ? new String[] {v} : new String[] {v, v.substring(0, at)};
    for (String c : candidates) {
      String digits = SEPARATORS.matcher(c).replaceAll("");
      if (VN_PHONE.matcher(digits).matches() || CITIZEN_ID.matcher(digits).matches()) {
        return true;
      }
    }
    return false;
  }
}
