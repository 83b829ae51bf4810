package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StatusListJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LIST_URL = "https://certs.example.gov.vn/status/revocation/1";

  @Test
  void entry_writesTheSpecsPropertyNames_likeTheReferenceExample() throws Exception {
    BitstringStatusListEntry entry = BitstringStatusListEntry.of(LIST_URL, "revocation", 4127);
    JsonNode expected = MAPPER.readTree("""
        {"id": "https://certs.example.gov.vn/status/revocation/1#4127",
         "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
         "statusListIndex": "4127",
         "statusListCredential": "https://certs.example.gov.vn/status/revocation/1"}""");
    String json = MAPPER.writeValueAsString(entry);
    assertThat(MAPPER.readTree(json)).isEqualTo(expected);
    assertThat(json).startsWith("{\"id\":").doesNotContain("\"index\"");
    assertThat(MAPPER.readValue(json, BitstringStatusListEntry.class)).isEqualTo(entry);
    assertThat(entry.index()).isEqualTo(4127);
  }

  @Test
  void entry_refusesBadIndexAndType() {
    assertThatThrownBy(() -> new BitstringStatusListEntry("x", "BitstringStatusListEntry", "revocation", "-1", LIST_URL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusListIndex");
    assertThatThrownBy(() -> new BitstringStatusListEntry("x", "StatusList2021Entry", "revocation", "1", LIST_URL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> BitstringStatusListEntry.of(LIST_URL, "revocation", -3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subject_roundTripsThroughJson_andDecodes() throws Exception {
    BitstringStatusList list = BitstringStatusList.create("suspension").set(4127, true);
    StatusListCredentialSubject subject = StatusListCredentialSubject.of(LIST_URL + "#list", list);
    String json = MAPPER.writeValueAsString(subject);
    JsonNode node = MAPPER.readTree(json);
    assertThat(node.fieldNames()).toIterable().containsExactly("id", "type", "statusPurpose", "encodedList");
    assertThat(node.get("type").asText()).isEqualTo("BitstringStatusList");
    assertThat(node.get("statusPurpose").asText()).isEqualTo("suspension");
    assertThat(node.get("encodedList").asText()).startsWith("u");
    StatusListCredentialSubject back = MAPPER.readValue(json, StatusListCredentialSubject.class);
    assertThat(back).isEqualTo(subject);
    assertThat(back.decode()).isEqualTo(list);
    assertThat(back.decode().get(4127)).isTrue();
  }
}
