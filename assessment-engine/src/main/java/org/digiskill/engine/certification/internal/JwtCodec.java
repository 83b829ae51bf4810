package org.digiskill.engine.certification.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON and base64url codec of JWKs and VC-JWTs: strict on input, deterministic on output.
 *
 * <p>Input is untrusted and may hold key material or a resident's data, so no error message
 * quotes it: failures say only where the problem lies.
 */
public final class JwtCodec {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  /** Jackson's message for a repeated member; the member name is safe to repeat, values are not. */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']{0,100})'");

  /** Keeps insertion order on output; refuses duplicate members and trailing content on input. */
  private static final ObjectMapper MAPPER = JsonMapper.builder(
          com.fasterxml.jackson.core.JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
              .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JwtCodec() {}

  /** Thrown when input is not what it should be; the message never quotes the input. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  /** Encodes bytes as unpadded base64url (RFC 7515 §2). */
  public static String base64Url(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * Decodes unpadded base64url, refusing padding, other alphabets, whitespace and non-canonical
   * trailing bits, so that each value has exactly one encoding and no altered character of a token
   * can decode to the same bytes.
   */
  public static byte[] decodeBase64Url(String text) throws FormatException {
    if (text.indexOf('=') >= 0) {
      throw new FormatException("is padded; base64url in JOSE has no '=' padding");
    }
    if (text.length() % 4 == 1) {
      throw new FormatException("has a length (" + text.length() + ") no base64url text can have");
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw new FormatException("is not base64url (RFC 4648 §5)");
    }
    if (!ENCODER.encodeToString(bytes).equals(text)) {
      throw new FormatException("is not canonical base64url: its unused trailing bits are not zero");
    }
    return bytes;
  }

  /**
   * Parses a JSON object, keeping member order, and returns it as a mutable ordered map.
   *
   * @throws FormatException if the text is not exactly one JSON object, or has duplicate members
   */
  @SuppressWarnings("unchecked")
  public static LinkedHashMap<String, Object> parseObject(byte[] json) throws FormatException {
    Object value;
    try {
      value = MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new FormatException(duplicate.lookingAt()
          ? "has the member [" + duplicate.group(1) + "] twice" + where
          : "is not valid JSON" + where);
    } catch (IOException e) {
      throw new FormatException("is not valid JSON");
    }
    if (!(value instanceof LinkedHashMap<?, ?> object)) {
      throw new FormatException("is not a JSON object");
    }
    return (LinkedHashMap<String, Object>) object;
  }

  /** Writes a JSON-ready tree as compact JSON, keeping the order of its maps. */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON tree of maps, lists, strings, numbers and booleans", e);
    }
  }

  /** Returns a deep unmodifiable copy of a parsed JSON tree, keeping order. */
  @SuppressWarnings("unchecked")
  public static Object freeze(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> copy.put(k, freeze(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(freeze(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
