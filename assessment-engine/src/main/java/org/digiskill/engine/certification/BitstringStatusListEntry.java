package org.digiskill.engine.certification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A credential's {@code credentialStatus} pointing into a W3C Bitstring Status List, with the
 * specification's property names. As the specification writes it, {@code statusListIndex} is a
 * string of decimal digits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the entry id, by convention {@code <statusListCredential>#<index>}
 * @param type always {@value #TYPE}
 * @param statusPurpose {@code revocation} or {@code suspension}
 * @param statusListIndex the credential's bit index, as a decimal string
 * @param statusListCredential the URL of the {@code BitstringStatusListCredential}
 */
@JsonPropertyOrder({"id", "type", "statusPurpose", "statusListIndex", "statusListCredential"})
public record BitstringStatusListEntry(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("statusPurpose") String statusPurpose,
    @JsonProperty("statusListIndex") String statusListIndex,
    @JsonProperty("statusListCredential") String statusListCredential) {

  /** The entry's {@code type}. */
  public static final String TYPE = "BitstringStatusListEntry";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code type} is not {@value #TYPE} or {@code
   *     statusListIndex} is not a non-negative decimal integer that fits in an {@code int}
   */
  public BitstringStatusListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statusPurpose, "statusPurpose");
    Objects.requireNonNull(statusListIndex, "statusListIndex");
    Objects.requireNonNull(statusListCredential, "statusListCredential");
    if (!TYPE.equals(type)) {
      throw new IllegalArgumentException("type must be \"" + TYPE + "\" but was [" + type + "]");
    }
    parseIndex(statusListIndex);
  }

  /** Returns the entry for bit {@code index} of the list credential at {@code statusListCredential}. */
  public static BitstringStatusListEntry of(String statusListCredential, String statusPurpose, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("statusListIndex must be non-negative but was [" + index + "]");
    }
    return new BitstringStatusListEntry(statusListCredential + "#" + index, TYPE, statusPurpose,
        Integer.toString(index), statusListCredential);
  }

  /** Returns the entry as an ordered JSON-ready map with the specification's property names. */
  public java.util.Map<String, Object> toJson() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    m.put("statusPurpose", statusPurpose);
    m.put("statusListIndex", statusListIndex);
    m.put("statusListCredential", statusListCredential);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Reads an entry from a credential's JSON.
   *
   * @throws IllegalArgumentException naming the member that is missing or wrong
   */
  public static BitstringStatusListEntry fromJson(java.util.Map<?, ?> json) {
    return new BitstringStatusListEntry(member(json, "id"), member(json, "type"), member(json, "statusPurpose"),
        member(json, "statusListIndex"), member(json, "statusListCredential"));
  }

  private static String member(java.util.Map<?, ?> json, String name) {
    if (!(json.get(name) instanceof String v)) {
      throw new IllegalArgumentException("credentialStatus." + name + " must be a string but was [" + json.get(name) + "]");
    }
    return v;
  }

  /** Returns {@link #statusListIndex()} as a number. */
  public int index() {
    return parseIndex(statusListIndex);
  }

  private static int parseIndex(String s) {
    if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("statusListIndex must be a non-negative decimal integer but was ["
          + s + "]");
    }
    long v = Long.parseLong(s);
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("statusListIndex is too large: [" + s + "]");
    }
    return (int) v;
  }
}
