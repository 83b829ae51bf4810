package org.digiskill.engine.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digiskill.engine.io.LrsResult.Batch;
import org.digiskill.engine.io.LrsResult.Outcome;
import org.digiskill.engine.records.XapiStatement;
import org.digiskill.model.io.Documents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends xAPI statements to a learning record store (LRS): {@code POST {endpoint}/statements} with
 * a JSON array per batch, as xAPI 1.0.3 (or the configured version) describes.
 *
 * <p>Statements carry stable ids ({@link org.digiskill.engine.records.XapiStatements}), so sending
 * a batch again is harmless: a store keeps one statement per id. That is what makes retries safe.
 * A batch is retried after a connection error or timeout, {@code 429} or {@code 5xx}, as the
 * {@link RetryPolicy} says; every other answer is final. No answer of the store is thrown: {@link
 * #send} reports each batch in an {@link LrsResult}. Once a batch has failed, the later batches
 * are not sent, since the store is unreachable or overloaded.
 *
 * <p>The endpoint must be {@code https}; plain {@code http} only to a loopback address, or when
 * the builder is told {@link Builder#allowInsecureHttp()}. Redirects are not followed, so
 * credentials never go elsewhere. Statements are personal data and are never logged; DEBUG logs
 * carry statement ids and statuses only.
 *
 * <p>Immutable and thread-safe: build one per store and share it, since each holds an {@link
 * HttpClient} and its connections.
 */
public final class LrsClient {
  /** The xAPI version sent in {@code X-Experience-API-Version} unless another is chosen. */
  public static final String DEFAULT_VERSION = "1.0.3";
  /** The most statements per request unless another limit is chosen. */
  public static final int DEFAULT_MAX_BATCH_SIZE = 50;
  /** How long to wait for each answer unless another timeout is chosen. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  /** The most characters of an error message kept in a result. */
  static final int DETAIL_CHARS = 300;

  private static final Logger LOG = LoggerFactory.getLogger(LrsClient.class);
  // UTF-8 takes at most 4 bytes per character; the rest of an error body is read and dropped.
  private static final int EXCERPT_BYTES = 4 * DETAIL_CHARS;
  private static final Pattern VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?");
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,18}");
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final URI endpoint;
  private final URI statementsUri;
  private final Credentials credentials;
  private final String version;
  private final Duration timeout;
  private final RetryPolicy retry;
  private final HttpClient http;
  private final Sleeper sleeper;
  private final Clock clock;
  private final int maxBatchSize;

  private LrsClient(Builder b, URI endpoint) {
    this.endpoint = endpoint;
    this.statementsUri = endpoint.resolve("statements");
    this.credentials = b.credentials;
    this.version = b.version;
    this.timeout = b.timeout;
    this.retry = b.retry;
    this.http = b.http != null ? b.http
        : HttpClient.newBuilder()
            .connectTimeout(b.timeout.compareTo(DEFAULT_CONNECT_TIMEOUT) < 0 ? b.timeout : DEFAULT_CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.maxBatchSize = b.maxBatchSize;
  }

  /**
   * Returns a builder for a client of the LRS at {@code endpoint}, the base IRI the xAPI resources
   * hang off, e.g. {@code https://lrs.example.vn/xapi/}; statements go to {@code
   * {endpoint}/statements}.
   */
  public static Builder builder(URI endpoint) {
    return new Builder(Objects.requireNonNull(endpoint, "endpoint"));
  }

  /** Returns the endpoint, ending in {@code /}. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Sends statements in batches of at most the maximum batch size, in order, and returns what the
   * store did with each batch.
   *
   * @param statements the statements, with distinct ids
   * @return one entry per batch; empty when there are no statements
   * @throws IllegalArgumentException when two statements share an id
   */
  public LrsResult send(List<XapiStatement> statements) {
    Objects.requireNonNull(statements, "statements");
    List<UUID> ids = new ArrayList<>(statements.size());
    for (XapiStatement s : statements) {
      ids.add(Objects.requireNonNull(s, "statement").id());
    }
    requireDistinct(ids);
    return post(ids, statements);
  }

  /**
   * Voids statements: sends, for each id, a statement with verb {@code
   * http://adlnet.gov/expapi/verbs/voided} whose object is a {@code StatementRef} to it, so that
   * the store and its reports disregard the voided statement. Voiding keeps the statement in the
   * store; erasing a resident's records needs the store operator's own tools.
   *
   * <p>The voiding statement of an id always has the same id ({@link #voidingStatementId}) and no
   * timestamp, so voiding again is harmless. The store may refuse with {@code 403} when these
   * credentials may not void.
   *
   * @param voider who voids, usually the portal's own account; never the resident's name
   * @param statementIds the ids of the statements to void, distinct
   * @return one entry per batch, listing the ids voided (not those of the voiding statements)
   * @throws IllegalArgumentException when an id occurs twice
   */
  public LrsResult voidStatements(XapiStatement.Agent voider, Collection<UUID> statementIds) {
    Objects.requireNonNull(voider, "voider");
    Objects.requireNonNull(statementIds, "statementIds");
    List<UUID> ids = new ArrayList<>(statementIds.size());
    for (UUID id : statementIds) {
      ids.add(Objects.requireNonNull(id, "statementId"));
    }
    requireDistinct(ids);
    List<ObjectNode> voiding = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      voiding.add(voidingStatement(voider, id));
    }
    return post(ids, voiding);
  }

  /** Returns the id of the statement that voids {@code statementId}, the same on every call. */
  public static UUID voidingStatementId(UUID statementId) {
    Objects.requireNonNull(statementId, "statementId");
    return UUID.nameUUIDFromBytes(("voided " + statementId).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    // Never the credentials.
    return "LrsClient[endpoint=" + endpoint + ", version=" + version + ", maxBatchSize=" + maxBatchSize + "]";
  }

  // ---------------------------------------------------------------- sending

  private LrsResult post(List<UUID> ids, List<?> payload) {
    List<Batch> out = new ArrayList<>();
    int count = (ids.size() + maxBatchSize - 1) / maxBatchSize;
    boolean stop = false;
    for (int k = 0; k < count; k++) {
      int from = k * maxBatchSize;
      int to = Math.min(ids.size(), from + maxBatchSize);
      List<UUID> batchIds = ids.subList(from, to);
      if (stop) {
        out.add(new Batch(batchIds, Outcome.NOT_SENT, 0, 0, "not sent: an earlier batch failed"));
        continue;
      }
      byte[] body = Documents.standard().writeJsonLine(payload.subList(from, to)).getBytes(StandardCharsets.UTF_8);
      Batch batch = sendBatch(batchIds, body, k + 1, count);
      out.add(batch);
      stop = batch.outcome() == Outcome.FAILED;
    }
    return new LrsResult(out);
  }

  private Batch sendBatch(List<UUID> ids, byte[] body, int index, int count) {
    for (int attempt = 1; ; attempt++) {
      String authorization;
      try {
        authorization = credentials.header();
      } catch (RuntimeException e) {
        LOG.warn("xAPI batch {}/{} not sent: no bearer token", index, count, e);
        return new Batch(ids, Outcome.FAILED, 0, attempt - 1, "no bearer token: " + e.getClass().getSimpleName());
      }
      Answer a;
      try {
        a = exchange(request(body, authorization));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Batch(ids, Outcome.FAILED, 0, attempt, "interrupted");
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("xAPI batch {}/{} attempt {}: status {} for statements {}", index, count, attempt, a.status, ids);
      }
      if (a.status >= 200 && a.status < 300) {
        return new Batch(ids, Outcome.STORED, a.status, attempt, null);
      }
      if (a.status == 409) {
        return new Batch(ids, Outcome.CONFLICT, a.status, attempt, a.detail);
      }
      if (!a.retryable()) {
        return new Batch(ids, Outcome.REJECTED, a.status, attempt, a.detail);
      }
      if (attempt >= retry.maxAttempts()) {
        return new Batch(ids, Outcome.FAILED, a.status, attempt, a.detail);
      }
      Duration delay = a.retryAfter != null ? retry.capRetryAfter(a.retryAfter) : retry.backoff(attempt);
      LOG.debug("xAPI batch {}/{}: retrying in {}", index, count, delay);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Batch(ids, Outcome.FAILED, a.status, attempt, "interrupted before retrying; " + a.detail);
      }
    }
  }

  private HttpRequest request(byte[] body, String authorization) {
    HttpRequest.Builder r = HttpRequest.newBuilder(statementsUri)
        .timeout(timeout)
        .header("X-Experience-API-Version", version)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return r.build();
  }

  private Answer exchange(HttpRequest request) throws InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, LrsClient::excerpt);
    HttpResponse<byte[]> response;
    try {
      // The request timeout covers the wait for the status line; this also bounds a body that
      // trickles in.
      response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Answer.none(noAnswer());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        return Answer.none(noAnswer());
      }
      if (cause instanceof IOException) {
        String message = cause.getMessage();
        return Answer.none(clean(cause.getClass().getSimpleName() + (message == null ? "" : ": " + message), false));
      }
      if (cause instanceof RuntimeException r) {
        // The transport failed in a way it does not report as I/O: still no answer from the store.
        return Answer.none(clean(r.getClass().getSimpleName(), false));
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Answer(status, null, null);
    }
    boolean retryable = status == 429 || (status >= 500 && status < 600);
    Duration retryAfter = retryable ? retryAfter(response.headers()) : null;
    Excerpt.Text text = Excerpt.text(response.body());
    String detail = "HTTP " + status + (text.value().isEmpty() ? "" : ": " + text.value());
    return new Answer(status, retryAfter, clean(detail, text.truncated()));
  }

  private String noAnswer() {
    return "no answer within " + timeout;
  }

  /** Reads a {@code Retry-After} header: delay-seconds or an HTTP date; null when absent or unreadable. */
  private Duration retryAfter(HttpHeaders headers) {
    Optional<String> header = headers.firstValue("Retry-After");
    if (header.isEmpty()) {
      return null;
    }
    String value = header.get().trim();
    if (DELTA_SECONDS.matcher(value).matches()) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9') && !value.isEmpty()) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
    try {
      return Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** One answer, or its absence (status 0). */
  private static final class Answer {
    final int status;
    final Duration retryAfter;
    final String detail;

    Answer(int status, Duration retryAfter, String detail) {
      this.status = status;
      this.retryAfter = retryAfter;
      this.detail = detail;
    }

    static Answer none(String detail) {
      return new Answer(0, null, detail);
    }

    boolean retryable() {
      return status == 0 || status == 429 || (status >= 500 && status < 600);
    }
  }

  private static HttpResponse.BodySubscriber<byte[]> excerpt(HttpResponse.ResponseInfo info) {
    Excerpt sink = new Excerpt();
    return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArrayConsumer(sink),
        ignored -> sink.bytes());
  }

  /**
   * Keeps the first bytes of a body and drops the rest, so that a store's error page cannot fill
   * the memory; one byte more than the limit tells that the body was cut.
   */
  private static final class Excerpt implements Consumer<Optional<byte[]>> {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    @Override
    public synchronized void accept(Optional<byte[]> chunk) {
      chunk.ifPresent(b -> kept.write(b, 0, Math.min(b.length, EXCERPT_BYTES + 1 - kept.size())));
    }

    synchronized byte[] bytes() {
      return kept.toByteArray();
    }

    record Text(String value, boolean truncated) {}

    static Text text(byte[] bytes) {
      boolean cut = bytes.length > EXCERPT_BYTES;
      return new Text(new String(bytes, 0, Math.min(bytes.length, EXCERPT_BYTES), StandardCharsets.UTF_8), cut);
    }
  }

  /**
   * Returns text safe for a log line: control and format characters (line breaks, bidi overrides)
   * become spaces, runs of spaces one, and at most {@link #DETAIL_CHARS} characters are kept.
   */
  static String clean(String text, boolean truncated) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), DETAIL_CHARS + 1));
    boolean cut = truncated;
    int kept = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean space = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
          || Character.isWhitespace(cp) || cp == 0xFFFD;
      if (space) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
          continue;
        }
        cp = ' ';
      }
      if (kept == DETAIL_CHARS) {
        cut = true;
        break;
      }
      out.appendCodePoint(cp);
      kept++;
    }
    String s = out.toString().strip();
    return cut ? s + "…" : s;
  }

  // ---------------------------------------------------------------- voiding

  private static ObjectNode voidingStatement(XapiStatement.Agent voider, UUID target) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode st = f.objectNode();
    st.put("id", voidingStatementId(target).toString());
    ObjectNode actor = st.putObject("actor");
    actor.put("objectType", voider.objectType() != null ? voider.objectType() : "Agent");
    if (voider.mbox() != null) {
      actor.put("mbox", voider.mbox());
    } else {
      ObjectNode account = actor.putObject("account");
      account.put("homePage", voider.account().homePage());
      account.put("name", voider.account().name());
    }
    ObjectNode verb = st.putObject("verb");
    verb.put("id", VOIDED);
    verb.putObject("display").put("en-US", "voided");
    ObjectNode object = st.putObject("object");
    object.put("objectType", "StatementRef");
    object.put("id", target.toString());
    return st;
  }

  // ---------------------------------------------------------------- checks

  private static void requireDistinct(List<UUID> ids) {
    Set<UUID> seen = new HashSet<>();
    for (UUID id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("expected distinct statement ids but [" + id + "] occurs twice");
      }
    }
  }

  /** Checks the endpoint and returns it ending in {@code /}. */
  static URI checkEndpoint(URI endpoint, boolean allowInsecureHttp) {
    if (endpoint.getRawUserInfo() != null || endpoint.getRawAuthority() != null && endpoint.getRawAuthority().contains("@")) {
      // The message leaves the endpoint out: its user info may be a password.
      throw new IllegalArgumentException(
          "expected an endpoint without user info; give credentials to basicAuth or bearerToken");
    }
    if (!endpoint.isAbsolute() || endpoint.isOpaque() || endpoint.getHost() == null) {
      throw new IllegalArgumentException("expected an absolute https endpoint with a host but was [" + endpoint + "]");
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("expected an endpoint without query or fragment but was [" + endpoint + "]");
    }
    String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      if (!allowInsecureHttp && !isLoopback(endpoint.getHost())) {
        throw new IllegalArgumentException("expected an https endpoint, or http to a loopback address, but was ["
            + endpoint + "]; call allowInsecureHttp() to send statements unencrypted");
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException("expected an https endpoint but was [" + endpoint + "]");
    }
    String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
    return URI.create(scheme + "://" + endpoint.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
  }

  /**
   * Returns whether a host is {@code localhost} or a loopback address literal. Names are never
   * looked up: what a name resolves to can change.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    Matcher v4 = IPV4.matcher(h);
    if (v4.matches()) {
      for (int g = 1; g <= 4; g++) {
        if (Integer.parseInt(v4.group(g)) > 255) {
          return false;
        }
      }
      return v4.group(1).equals("127");
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      try {
        // A bracketed literal is parsed, never looked up.
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- configuration

  /** Waits between attempts; tests pass one that records the delays instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    /** Waits for {@code delay}, or until interrupted. */
    void sleep(Duration delay) throws InterruptedException;

    /** Returns a sleeper that blocks the calling thread. */
    static Sleeper system() {
      return delay -> TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    }
  }

  /** How requests authenticate. */
  private static final class Credentials {
    private final String fixed;
    private final Supplier<String> bearer;

    Credentials(String fixed, Supplier<String> bearer) {
      this.fixed = fixed;
      this.bearer = bearer;
    }

    /** Returns the Authorization header, or null for none; throws when the token supplier fails. */
    String header() {
      if (bearer == null) {
        return fixed;
      }
      String token = bearer.get();
      if (token == null || token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
        throw new IllegalStateException("expected a bearer token of visible ASCII characters");
      }
      return "Bearer " + token;
    }
  }

  /**
   * Configures an {@link LrsClient}. Credentials must be chosen: {@link #basicAuth}, {@link
   * #bearerToken} or, for a store that authenticates otherwise (TLS client certificates in the
   * {@link HttpClient} given), {@link #noAuthentication}. Not thread-safe.
   */
  public static final class Builder {
    private final URI endpoint;
    private Credentials credentials;
    private String version = DEFAULT_VERSION;
    private Duration timeout = DEFAULT_TIMEOUT;
    private RetryPolicy retry = RetryPolicy.standard();
    private HttpClient http;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;
    private boolean allowInsecureHttp;

    private Builder(URI endpoint) {
      this.endpoint = endpoint;
    }

    /**
     * Authenticates with HTTP Basic, the LRS key as user and its secret as password.
     *
     * @throws IllegalArgumentException when the key is empty or holds a {@code :}
     */
    public Builder basicAuth(String key, String secret) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(secret, "secret");
      if (key.isEmpty() || key.indexOf(':') >= 0) {
        throw new IllegalArgumentException("expected a non-empty key without [:]");
      }
      String pair = key + ":" + secret;
      this.credentials = new Credentials(
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), null);
      return this;
    }

    /**
     * Authenticates with a bearer token (e.g. OAuth 2.0), asked of {@code token} before every
     * request so that it can be refreshed. When it fails, the batch is reported failed.
     */
    public Builder bearerToken(Supplier<String> token) {
      this.credentials = new Credentials(null, Objects.requireNonNull(token, "token"));
      return this;
    }

    /** Sends no Authorization header. */
    public Builder noAuthentication() {
      this.credentials = new Credentials(null, null);
      return this;
    }

    /** Sets the {@code X-Experience-API-Version} header, e.g. {@code 2.0.0}; default {@code 1.0.3}. */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      if (!VERSION.matcher(version).matches()) {
        throw new IllegalArgumentException("expected an xAPI version such as [1.0.3] but was [" + version + "]");
      }
      this.version = version;
      return this;
    }

    /** Sets how long to wait for each answer; default 30 s. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("expected a positive timeout but was [" + timeout + "]");
      }
      this.timeout = timeout;
      return this;
    }

    /** Sets the retry policy; default {@link RetryPolicy#standard()}. */
    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /**
     * Sets the HTTP client, e.g. for a proxy or TLS client certificates; by default one that
     * follows no redirects. A client given here should not follow redirects either.
     */
    public Builder httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** Sets how to wait between attempts; default {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Sets the clock that {@code Retry-After} dates are read against; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the most statements per request; default 50. */
    public Builder maxBatchSize(int maxBatchSize) {
      if (maxBatchSize < 1) {
        throw new IllegalArgumentException("expected a batch size of at least 1 but was [" + maxBatchSize + "]");
      }
      this.maxBatchSize = maxBatchSize;
      return this;
    }

    /**
     * Allows a plain {@code http} endpoint on any host. Statements and credentials then travel
     * unencrypted: only for a store on a trusted network.
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalArgumentException when the endpoint is not https (or allowed http), has user
     *     info, a query or a fragment
     * @throws IllegalStateException when no credentials were chosen
     */
    public LrsClient build() {
      URI checked = checkEndpoint(endpoint, allowInsecureHttp);
      if (credentials == null) {
        throw new IllegalStateException(
            "expected credentials: call basicAuth, bearerToken or noAuthentication before build");
      }
      return new LrsClient(this, checked);
    }
  }
}
