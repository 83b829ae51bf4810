package org.digiskill.engine.certification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Status lists held in memory, by URL: the default for tests and for an issuer that verifies its
 * own credentials. Thread-safe; publishing a list replaces the previous version.
 */
public final class InMemoryStatusLists implements CredentialVerifier.StatusListResolver {
  private final Map<String, Map<String, Object>> lists = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryStatusLists() {}

  /** Publishes a signed list credential under its {@code id}. */
  public InMemoryStatusLists publish(Map<String, Object> signedListCredential) {
    Object id = signedListCredential.get("id");
    if (!(id instanceof String url)) {
      throw new IllegalArgumentException("a status list credential needs a string id but had [" + id + "]");
    }
    lists.put(url, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signedListCredential)));
    return this;
  }

  @Override
  public Optional<Map<String, Object>> resolve(String url) {
    return Optional.ofNullable(lists.get(Objects.requireNonNull(url, "url")));
  }
}
