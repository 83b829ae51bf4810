package org.digiskill.engine.certification.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Converts the plain Java trees the library works with (maps, lists, strings, numbers, booleans,
 * null; as built by the issuer or read by Jackson) to JSON-P values, faithfully: integers stay
 * integers and decimals stay decimals.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonValues {
  /** The JSON-P provider, looked up once. */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonValues() {}

  /**
   * Returns the JSON-P value of a Java value.
   *
   * @param value a {@link Map} with string keys, a {@link Collection} or array, a {@link
   *     CharSequence}, {@link Number}, {@link Boolean}, {@link JsonValue} or null
   * @param pointer the JSON Pointer of the value, for error messages
   * @throws IllegalArgumentException for any other value, a non-string key or a non-finite number
   */
  public static JsonValue toJson(Object value, String pointer) {
    return toJson(value, pointer, 0);
  }

  private static JsonValue toJson(Object value, String pointer, int depth) {
    if (depth > LinkedData.MAX_DEPTH) {
      throw new IllegalArgumentException("the value nests deeper than " + LinkedData.MAX_DEPTH + " levels at " + pointer);
    }
    if (value == null) {
      return JsonValue.NULL;
    } else if (value instanceof JsonValue v) {
      return v;
    } else if (value instanceof CharSequence s) {
      return PROVIDER.createValue(s.toString());
    } else if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return PROVIDER.createValue(((Number) value).longValue());
    } else if (value instanceof BigInteger i) {
      return PROVIDER.createValue(i);
    } else if (value instanceof BigDecimal d) {
      return PROVIDER.createValue(d);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("not a JSON number at " + pointer + ": " + d);
      }
      return PROVIDER.createValue(d);
    } else if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder b = PROVIDER.createObjectBuilder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("a JSON object key must be a string at " + pointer + ": " + e.getKey());
        }
        b.add(key, toJson(e.getValue(), pointer + "/" + escape(key), depth + 1));
      }
      return b.build();
    } else if (value instanceof Collection<?> list) {
      JsonArrayBuilder b = PROVIDER.createArrayBuilder();
      int i = 0;
      for (Object o : list) {
        b.add(toJson(o, pointer + "/" + i++, depth + 1));
      }
      return b.build();
    } else if (value instanceof Object[] array) {
      return toJson(java.util.Arrays.asList(array), pointer, depth);
    }
    throw new IllegalArgumentException("not a JSON value at " + pointer + ": " + value.getClass().getName());
  }

  /** Escapes a key as a JSON Pointer reference token ({@code ~} to {@code ~0}, {@code /} to {@code ~1}). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
