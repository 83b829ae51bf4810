package org.digiskill.engine.certification.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON-LD document loader that serves only the contexts bundled with the library (see {@code
 * contexts/README.md} beside this class) and fails for any other URL: nothing is ever fetched.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContextLoader implements DocumentLoader {
  /** The W3C Verifiable Credentials 2.0 context. */
  public static final String VC2 = "https://www.w3.org/ns/credentials/v2";
  /** The Open Badges 3.0 context, version 3.0.3. */
  public static final String OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  /** The 1EdTech extensions context. */
  public static final String OB3_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

  private static final ContextLoader STANDARD = new ContextLoader(bundled());

  private final Map<String, JsonStructure> contexts;

  private ContextLoader(Map<String, JsonStructure> contexts) {
    this.contexts = Collections.unmodifiableMap(contexts);
  }

  /** Returns the loader of the bundled contexts. */
  public static ContextLoader standard() {
    return STANDARD;
  }

  /**
   * Returns a loader that serves this loader's contexts and one more.
   *
   * @param url the context URL
   * @param json the context document's bytes
   * @throws IllegalArgumentException if the bytes are not a JSON object or array
   */
  public ContextLoader with(String url, byte[] json) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(json, "json");
    Map<String, JsonStructure> all = new LinkedHashMap<>(contexts);
    all.put(url, parse(new ByteArrayInputStream(json), url));
    return new ContextLoader(all);
  }

  /** Returns the URLs this loader serves. */
  public Set<String> urls() {
    return contexts.keySet();
  }

  /** Returns true when this loader serves the URL. */
  public boolean serves(String url) {
    return contexts.containsKey(url);
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    JsonStructure context = url == null ? null : contexts.get(url.toString());
    if (context == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
          "the context " + url + " is not bundled with this library, and none is fetched");
    }
    JsonDocument document = JsonDocument.of(MediaType.JSON_LD, context);
    document.setDocumentUrl(url);
    return document;
  }

  private static Map<String, JsonStructure> bundled() {
    Map<String, JsonStructure> m = new LinkedHashMap<>();
    m.put(VC2, resource("credentials-v2.jsonld", VC2));
    m.put(OB3, resource("ob-v3p0-context-3.0.3.json", OB3));
    m.put(OB3_EXTENSIONS, resource("ob-v3p0-extensions.json", OB3_EXTENSIONS));
    return m;
  }

  private static JsonStructure resource(String name, String url) {
    try (InputStream in = ContextLoader.class.getResourceAsStream("contexts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled context " + name + " is missing from the library");
      }
      return parse(in, url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonStructure parse(InputStream in, String url) {
    try (JsonReader reader = JsonValues.PROVIDER.createReader(in)) {
      return reader.read();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the context " + url + " is not JSON", e);
    }
  }
}
