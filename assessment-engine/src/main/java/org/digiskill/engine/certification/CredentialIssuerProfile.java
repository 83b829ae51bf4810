package org.digiskill.engine.certification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Open Badges 3.0 {@code Profile}: the issuer of a credential, or the assessing body
 * ({@code source}) that supervised the assessment, such as a commune's community digital
 * technology team.
 *
 * @param id the profile's id: an absolute URI such as an HTTPS URL or a {@code did:web}
 * @param name the organisation's name
 * @param url its home page, or null
 */
public record CredentialIssuerProfile(String id, String name, String url) {

  /** Checks that the id (and url, when given) are absolute URIs and the name is not blank. */
  public CredentialIssuerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    requireAbsoluteUri(id, "id");
    if (url != null) {
      requireAbsoluteUri(url, "url");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }

  /** Returns a profile without a home page. */
  public static CredentialIssuerProfile of(String id, String name) {
    return new CredentialIssuerProfile(id, name, null);
  }

  /** Returns the profile as an ordered, JSON-ready map. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", List.of("Profile"));
    m.put("name", name);
    if (url != null) {
      m.put("url", url);
    }
    return m;
  }

  static void requireAbsoluteUri(String value, String what) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null) {
        throw new IllegalArgumentException(what + " is not an absolute URI: " + value);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a URI: " + value, e);
    }
  }
}
