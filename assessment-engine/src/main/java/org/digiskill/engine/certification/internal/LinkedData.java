package org.digiskill.engine.certification.internal;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.digiskill.engine.certification.ProofException;

/**
 * The JSON-LD side of Data Integrity proofs: refuses contexts that are not bundled and terms the
 * contexts do not define, and turns a document into RDFC-1.0 canonical N-Quads within a time
 * budget.
 *
 * <p><b>Undefined terms.</b> JSON-LD silently drops a property or type that no context defines,
 * so it would go unsigned. To find them, a copy of the document is expanded with a sentinel
 * {@code @vocab} appended to every {@code @context}, so each undefined term expands to an IRI in
 * the sentinel namespace; each JSON object of the copy also carries its own JSON Pointer under an
 * absolute-IRI key, which survives expansion and says where the undefined term was.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkedData {
  static final String SENTINEL = "urn:x-digiskill:undefined-term#";
  static final String POINTER = "urn:x-digiskill:json-pointer";
  private static final Set<String> KEYWORDS = Set.of("@base", "@container", "@context", "@direction", "@graph", "@id",
      "@import", "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate",
      "@protected", "@reverse", "@set", "@type", "@value", "@version", "@vocab");

  private final ContextLoader loader;
  private final Duration budget;

  /**
   * Creates the processor.
   *
   * @param loader the only source of contexts
   * @param budget the longest that expansion and canonicalisation of one document may take
   */
  public LinkedData(ContextLoader loader, Duration budget) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.budget = Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive");
    }
  }

  /** Returns the context loader. */
  public ContextLoader loader() {
    return loader;
  }

  /**
   * Checks that every context URL the document names is bundled.
   *
   * @param document the document
   * @param base the JSON Pointer of the document within what the caller was given ({@code ""} for
   *     the whole)
   * @throws ProofException {@value ProofException#UNKNOWN_CONTEXT} with the pointer of the first
   *     unknown context
   */
  public void requireKnownContexts(JsonValue document, String base) {
    if (document instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        String p = base + "/" + JsonValues.escape(e.getKey());
        if (e.getKey().equals("@context")) {
          requireKnownContext(e.getValue(), p);
        } else {
          requireKnownContexts(e.getValue(), p);
        }
      }
    } else if (document instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        requireKnownContexts(a.get(i), base + "/" + i);
      }
    }
  }

  private void requireKnownContext(JsonValue context, String pointer) {
    if (context instanceof JsonString s) {
      if (!loader.serves(s.getString())) {
        throw new ProofException(ProofException.UNKNOWN_CONTEXT, pointer, "the JSON-LD context " + s.getString()
            + " is not bundled with this library; contexts are never fetched (bundled: " + loader.urls() + ")");
      }
    } else if (context instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        requireKnownContext(a.get(i), pointer + "/" + i);
      }
    } else if (context instanceof JsonObject o) {
      // An inline context may import or scope other contexts.
      for (var e : o.entrySet()) {
        String p = pointer + "/" + JsonValues.escape(e.getKey());
        if (e.getKey().equals("@import") || e.getKey().equals("@context")) {
          requireKnownContext(e.getValue(), p);
        } else if (e.getValue() instanceof JsonObject definition && definition.containsKey("@context")) {
          requireKnownContext(definition.get("@context"), p + "/@context");
        }
      }
    }
  }

  /**
   * Checks that the contexts define every property and type of the document.
   *
   * @param document the document, with its {@code @context}
   * @param base the JSON Pointer of the document within what the caller was given
   * @throws ProofException {@value ProofException#UNDEFINED_TERM} with the pointer of the first
   *     undefined term; {@value ProofException#UNKNOWN_CONTEXT} or {@value
   *     ProofException#CANONICALIZATION} when expansion fails
   */
  public void requireDefinedTerms(JsonObject document, String base) {
    requireKnownContexts(document, base);
    requirePlainTerms(document, base, true, 0);
    JsonObject marked = (JsonObject) mark(document, base, true, true);
    JsonArray expanded;
    try {
      expanded = JsonLd.expand(JsonDocument.of(marked)).options(options()).get();
    } catch (JsonLdError e) {
      throw failure(e, base);
    } catch (RuntimeException e) {
      throw new ProofException(ProofException.CANONICALIZATION, base, "JSON-LD expansion failed: " + e.getMessage(), e);
    }
    findUndefined(expanded, base, new Root(document, base));
  }

  /** How deep JSON may nest in a signed document; real credentials stay below 15. */
  public static final int MAX_DEPTH = 64;

  /**
   * Requires the document's JSON to say what its RDF says, so that what a verifier reads from the
   * JSON is what the signature covers: every key is a term of the bundled contexts, not a
   * keyword other than the top-level {@code @context} (no {@code @nest}, {@code @graph}, {@code
   * @included}, value objects...), not a compact or absolute IRI (which would let {@code
   * validUntil} hide under another name), and the {@code @context} is a list of bundled context
   * URLs with no inline definitions. Nesting is bounded by {@value #MAX_DEPTH}.
   */
  private static void requirePlainTerms(JsonValue value, String pointer, boolean top, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ProofException(ProofException.MALFORMED, pointer, "the document nests deeper than " + MAX_DEPTH + " levels");
    }
    if (value instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        String key = e.getKey();
        String p = pointer + "/" + JsonValues.escape(key);
        if (top && key.equals("@context")) {
          requireContextUrls(e.getValue(), p);
        } else if (key.startsWith("@")) {
          throw new ProofException(ProofException.UNDEFINED_TERM, p, "the keyword '" + key + "' is not allowed here: a "
              + "credential uses only the terms of its contexts, so that its JSON says what its signature covers");
        } else if (key.indexOf(':') >= 0) {
          throw new ProofException(ProofException.UNDEFINED_TERM, p, "'" + key + "' is an IRI, not a term of the "
              + "contexts: a credential uses only the terms of its contexts, so that its JSON says what its signature covers");
        } else {
          requirePlainTerms(e.getValue(), p, false, depth + 1);
        }
      }
    } else if (value instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        requirePlainTerms(a.get(i), pointer + "/" + i, false, depth + 1);
      }
    }
  }

  private static void requireContextUrls(JsonValue context, String pointer) {
    boolean urls = context instanceof JsonString
        || context instanceof JsonArray a && a.stream().allMatch(v -> v instanceof JsonString);
    if (!urls) {
      throw new ProofException(ProofException.UNKNOWN_CONTEXT, pointer,
          "@context must be a list of bundled context URLs; inline context definitions are not accepted");
    }
  }

  /**
   * Returns the RDFC-1.0 canonical N-Quads of the document.
   *
   * @throws ProofException {@value ProofException#CANONICALIZATION} when JSON-LD processing fails or
   *     takes longer than the budget; {@value ProofException#UNKNOWN_CONTEXT} for a context that is
   *     not bundled
   */
  public String canonicalize(JsonObject document, String base) {
    requireKnownContexts(document, base);
    RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(Math.max(1, budget.toMillis())));
    try {
      JsonLd.toRdf(JsonDocument.of(document)).options(options()).provide(canon);
      StringWriter out = new StringWriter();
      canon.provide(new NQuadsWriter(out));
      return out.toString();
    } catch (JsonLdError e) {
      throw failure(e, base);
    } catch (RdfConsumerException | IllegalStateException e) {
      throw new ProofException(ProofException.CANONICALIZATION, base,
          "RDF canonicalisation failed or exceeded its budget of " + budget.toMillis() + " ms: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ProofException(ProofException.CANONICALIZATION, base, "RDF canonicalisation failed: " + e.getMessage(), e);
    }
  }

  private JsonLdOptions options() {
    JsonLdOptions options = new JsonLdOptions(loader);
    options.setTimeout(budget);
    return options;
  }

  private static ProofException failure(JsonLdError e, String base) {
    Throwable root = e;
    while (root.getCause() instanceof JsonLdError cause) {
      root = cause;
    }
    JsonLdErrorCode code = ((JsonLdError) root).getCode();
    if (code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
      return new ProofException(ProofException.UNKNOWN_CONTEXT, base, root.getMessage(), e);
    }
    return new ProofException(ProofException.CANONICALIZATION, base,
        "JSON-LD processing failed: " + code + ": " + root.getMessage(), e);
  }

  /** Copies the value, adding pointers to JSON objects and the sentinel to every context. */
  private static JsonValue mark(JsonValue value, String pointer, boolean top, boolean markThis) {
    if (value instanceof JsonObject o) {
      JsonObjectBuilder b = JsonValues.PROVIDER.createObjectBuilder();
      for (var e : o.entrySet()) {
        String key = e.getKey();
        String p = pointer + "/" + JsonValues.escape(key);
        if (key.startsWith("@") && !KEYWORDS.contains(key)) {
          throw new ProofException(ProofException.UNDEFINED_TERM, p,
              "'" + key + "' is not a JSON-LD keyword; it would be dropped and not be signed");
        }
        if (key.equals("@context")) {
          b.add(key, withSentinel(e.getValue()));
        } else {
          b.add(key, mark(e.getValue(), p, false, !key.equals("@reverse")));
        }
      }
      if (top && !o.containsKey("@context")) {
        b.add("@context", withSentinel(JsonValue.NULL));
      }
      boolean valueObject = o.containsKey("@value") || o.containsKey("@list") || o.containsKey("@set");
      if (markThis && !valueObject) {
        b.add(POINTER, pointer);
      }
      return b.build();
    } else if (value instanceof JsonArray a) {
      JsonArrayBuilder b = JsonValues.PROVIDER.createArrayBuilder();
      for (int i = 0; i < a.size(); i++) {
        b.add(mark(a.get(i), pointer + "/" + i, false, true));
      }
      return b.build();
    }
    return value;
  }

  private static JsonArray withSentinel(JsonValue context) {
    JsonArrayBuilder b = JsonValues.PROVIDER.createArrayBuilder();
    if (context instanceof JsonArray a) {
      a.forEach(b::add);
    } else {
      b.add(context);
    }
    return b.add(JsonValues.PROVIDER.createObjectBuilder().add("@vocab", SENTINEL)).build();
  }

  private static void findUndefined(JsonValue expanded, String parentPointer, Root root) {
    if (expanded instanceof JsonArray a) {
      for (JsonValue v : a) {
        findUndefined(v, parentPointer, root);
      }
    } else if (expanded instanceof JsonObject o) {
      String pointer = pointerOf(o, parentPointer);
      for (var e : o.entrySet()) {
        String key = e.getKey();
        if (key.startsWith(SENTINEL)) {
          String term = key.substring(SENTINEL.length());
          throw new ProofException(ProofException.UNDEFINED_TERM, pointer + "/" + JsonValues.escape(term),
              "the property '" + term + "' is not defined by the document's JSON-LD contexts; it would be dropped and "
                  + "not be signed");
        }
        if (key.equals("@type")) {
          for (JsonValue t : e.getValue() instanceof JsonArray types ? types : JsonValue.EMPTY_JSON_ARRAY) {
            undefinedType(t, pointer, root);
          }
          undefinedType(e.getValue(), pointer, root);
        }
        if (!key.equals(POINTER)) {
          findUndefined(e.getValue(), pointer, root);
        }
      }
    }
  }

  private static void undefinedType(JsonValue type, String pointer, Root root) {
    if (type instanceof JsonString s && s.getString().startsWith(SENTINEL)) {
      String term = s.getString().substring(SENTINEL.length());
      throw new ProofException(ProofException.UNDEFINED_TERM, root.typePointer(pointer, term),
          "the type '" + term + "' is not defined by the document's JSON-LD contexts; it would be dropped and not be "
              + "signed");
    }
  }

  private static String pointerOf(JsonObject o, String parentPointer) {
    if (o.get(POINTER) instanceof JsonArray marks && !marks.isEmpty() && marks.get(0) instanceof JsonObject mark
        && mark.get("@value") instanceof JsonString s) {
      return s.getString();
    }
    return parentPointer;
  }

  /** The document as given, to turn the pointer of a node into the pointer of one of its types. */
  private record Root(JsonValue document, String base) {
    String typePointer(String nodePointer, String term) {
      JsonValue node = resolve(nodePointer);
      if (node instanceof JsonObject o) {
        for (String key : new String[] {"type", "@type"}) {
          JsonValue types = o.get(key);
          if (types instanceof JsonString s && s.getString().equals(term)) {
            return nodePointer + "/" + key;
          } else if (types instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
              if (a.get(i) instanceof JsonString s && s.getString().equals(term)) {
                return nodePointer + "/" + key + "/" + i;
              }
            }
          }
        }
      }
      return nodePointer + "/type";
    }

    private JsonValue resolve(String pointer) {
      if (!pointer.startsWith(base)) {
        return null;
      }
      JsonValue v = document;
      String rest = pointer.substring(base.length());
      if (rest.isEmpty()) {
        return v;
      }
      for (String token : rest.substring(1).split("/", -1)) {
        String key = token.replace("~1", "/").replace("~0", "~");
        if (v instanceof JsonObject o) {
          v = o.get(key);
        } else if (v instanceof JsonArray a && !key.isEmpty() && key.length() < 10 && key.chars().allMatch(Character::isDigit)
            && Integer.parseInt(key) < a.size()) {
          v = a.get(Integer.parseInt(key));
        } else {
          return null;
        }
      }
      return v;
    }
  }
}
