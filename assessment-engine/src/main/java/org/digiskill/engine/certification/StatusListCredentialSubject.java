package org.digiskill.engine.certification;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The {@code credentialSubject} of a W3C {@code BitstringStatusListCredential}, with the
 * specification's property names: {@code id}, {@code type} (always {@code BitstringStatusList}),
 * {@code statusPurpose} and {@code encodedList}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the subject id, usually the list credential's URL followed by {@code #list}
 * @param type always {@value #TYPE}
 * @param statusPurpose {@code revocation} or {@code suspension}
 * @param encodedList the multibase base64url GZIP bitstring ({@link
 *     BitstringStatusList#encodedList()})
 */
@JsonPropertyOrder({"id", "type", "statusPurpose", "encodedList"})
public record StatusListCredentialSubject(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("statusPurpose") String statusPurpose,
    @JsonProperty("encodedList") String encodedList) {

  /** The subject's {@code type}. */
  public static final String TYPE = "BitstringStatusList";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code type} is not {@value #TYPE}
   */
  public StatusListCredentialSubject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statusPurpose, "statusPurpose");
    Objects.requireNonNull(encodedList, "encodedList");
    if (!TYPE.equals(type)) {
      throw new IllegalArgumentException("type must be \"" + TYPE + "\" but was [" + type + "]");
    }
  }

  /** Returns the subject publishing {@code list} under {@code id}. */
  public static StatusListCredentialSubject of(String id, BitstringStatusList list) {
    return new StatusListCredentialSubject(id, TYPE, list.statusPurpose(), list.encodedList());
  }

  /**
   * Decodes {@link #encodedList()} for this subject's purpose.
   *
   * @throws IllegalArgumentException as {@link BitstringStatusList#decode(String, String)} does
   */
  public BitstringStatusList decode() {
    return BitstringStatusList.decode(encodedList, statusPurpose);
  }
}
