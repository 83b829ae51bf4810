package org.digiskill.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.scoring.Fixtures.COMPILED;
import static org.digiskill.engine.scoring.Fixtures.MINI;
import static org.digiskill.engine.scoring.Fixtures.allCorrect;
import static org.digiskill.engine.scoring.Fixtures.submission;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.digiskill.engine.io.LrsResult.Batch;
import org.digiskill.engine.io.LrsResult.Outcome;
import org.digiskill.engine.records.XapiContext;
import org.digiskill.engine.records.XapiStatement;
import org.digiskill.engine.records.XapiStatements;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LrsClientTest {
  private static final XapiContext XAPI =
      XapiContext.of("https://portal.example.vn", "https://portal.example.vn/xapi/activities/", "digiskill-portal")
          .withRegistration(UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001"));
  private static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString("lrs-key:lrs-secret".getBytes(StandardCharsets.UTF_8));
  private static final XapiStatement.Agent PORTAL =
      new XapiStatement.Agent("Agent", null, new XapiStatement.Account("https://portal.example.vn", "portal"));

  private FakeLrs lrs;
  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startLrs() throws IOException {
    lrs = FakeLrs.start();
  }

  @AfterEach
  void stopLrs() {
    lrs.close();
  }

  /** The statements of {@code attempts} scored attempts of the mini assessment, 11 each. */
  private static List<XapiStatement> statements(int attempts) {
    List<XapiStatement> all = new ArrayList<>();
    for (int seed = 1; seed <= attempts; seed++) {
      Submission s = submission(seed, allCorrect());
      all.addAll(XapiStatements.of(COMPILED.score(s), MINI, s, XAPI));
    }
    return all;
  }

  private LrsClient.Builder client() {
    return LrsClient.builder(lrs.endpoint()).basicAuth("lrs-key", "lrs-secret").sleeper(slept::add)
        .retryPolicy(RetryPolicy.exponential(3, Duration.ofMillis(100)));
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(st -> st.get("id").asText()).toList();
  }

  private static List<String> ids(List<XapiStatement> statements) {
    return statements.stream().map(st -> st.id().toString()).toList();
  }

  // ---------------------------------------------------------------- the request

  @Test
  void send_postsTheStatementsAsAJsonArrayWithXapiHeaders() throws IOException {
    List<XapiStatement> statements = statements(1);
    LrsResult result = client().build().send(statements);

    assertThat(lrs.requests()).hasSize(1);
    FakeLrs.Request r = lrs.requests().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/xapi/statements");
    assertThat(r.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.header("Accept")).isEqualTo("application/json");
    assertThat(r.header("Authorization")).isEqualTo(BASIC);

    JsonNode body = r.json();
    assertThat(body.isArray()).isTrue();
    assertThat(ids(body)).isEqualTo(ids(statements));
    assertThat(StreamSupport.stream(body.spliterator(), false).map(st -> st.at("/verb/id").asText()))
        .containsExactlyElementsOf(statements.stream().map(st -> st.verb().id()).toList())
        .startsWith("http://adlnet.gov/expapi/verbs/passed")
        .contains("http://adlnet.gov/expapi/verbs/answered");
    // Every statement exactly as the model writes it, not a re-rendering.
    assertThat(body).isEqualTo(FakeLrs.JSON.readTree(Documents.standard().writeJsonLine(statements)));

    assertThat(result.allStored()).isTrue();
    assertThat(result.batches()).containsExactly(
        new Batch(statements.stream().map(XapiStatement::id).toList(), Outcome.STORED, 200, 1, null));
    assertThat(slept).isEmpty();
  }

  @Test
  void send_splitsIntoBatchesOfTheMaximumSizeInOrder() {
    List<XapiStatement> statements = statements(11).subList(0, 120);
    LrsResult result = client().build().send(statements);

    assertThat(lrs.requests()).extracting(r -> r.json().size()).containsExactly(50, 50, 20);
    assertThat(lrs.requests().stream().flatMap(r -> ids(r.json()).stream()).toList()).isEqualTo(ids(statements));
    assertThat(result.batches()).extracting(b -> b.statementIds().size()).containsExactly(50, 50, 20);
    assertThat(result.batches()).allSatisfy(b -> assertThat(b.outcome()).isEqualTo(Outcome.STORED));
    assertThat(result.ids(Outcome.STORED)).isEqualTo(statements.stream().map(XapiStatement::id).toList());
  }

  @Test
  void send_usesTheConfiguredBatchSizeAndVersion() {
    LrsClient client = client().maxBatchSize(4).version("2.0.0").build();
    client.send(statements(1));

    assertThat(lrs.requests()).extracting(r -> r.json().size()).containsExactly(4, 4, 3);
    assertThat(lrs.requests()).extracting(r -> r.header("X-Experience-API-Version")).containsOnly("2.0.0");
  }

  @Test
  void send_withoutStatementsSendsNothing() {
    LrsResult result = client().build().send(List.of());

    assertThat(result.batches()).isEmpty();
    assertThat(result.allStored()).isTrue();
    assertThat(lrs.requests()).isEmpty();
  }

  @Test
  void send_refusesTwoStatementsWithOneId() {
    XapiStatement st = statements(1).get(0);
    assertThatThrownBy(() -> client().build().send(List.of(st, st)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected distinct statement ids but [" + st.id() + "] occurs twice");
    assertThat(lrs.requests()).isEmpty();
  }

  @Test
  void send_asksTheBearerTokenSupplierBeforeEveryRequest() {
    AtomicInteger n = new AtomicInteger();
    lrs.then(503, "busy");
    LrsClient client = LrsClient.builder(lrs.endpoint()).bearerToken(() -> "tok-" + n.incrementAndGet())
        .sleeper(slept::add).build();

    assertThat(client.send(statements(1)).allStored()).isTrue();
    assertThat(lrs.requests()).extracting(r -> r.header("Authorization")).containsExactly("Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void send_reportsAFailingTokenSupplierWithoutSending() {
    LrsClient client = LrsClient.builder(lrs.endpoint()).maxBatchSize(5).sleeper(slept::add)
        .bearerToken(() -> {
          throw new IllegalStateException("token service down");
        }).build();
    LrsResult result = client.send(statements(1));

    assertThat(lrs.requests()).isEmpty();
    assertThat(result.batches()).extracting(Batch::outcome)
        .containsExactly(Outcome.FAILED, Outcome.NOT_SENT, Outcome.NOT_SENT);
    assertThat(result.batches().get(0).attempts()).isZero();
    assertThat(result.batches().get(0).detail()).isEqualTo("no bearer token: IllegalStateException");
  }

  @Test
  void send_sendsNoAuthorizationWhenToldSo() {
    LrsClient.builder(lrs.endpoint()).noAuthentication().build().send(statements(1));
    assertThat(lrs.requests().get(0).header("Authorization")).isNull();
  }

  // ---------------------------------------------------------------- retries

  @Test
  void send_retriesA503WithExponentialBackoffThenStores() {
    lrs.then(503, "down for maintenance").then(503, "still down");
    LrsClient client = client().retryPolicy(RetryPolicy.exponential(4, Duration.ofMillis(100))).build();
    LrsResult result = client.send(statements(1));

    assertThat(lrs.requests()).hasSize(3);
    assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    Batch b = result.batches().get(0);
    assertThat(b.outcome()).isEqualTo(Outcome.STORED);
    assertThat(b.status()).isEqualTo(200);
    assertThat(b.attempts()).isEqualTo(3);
    // The same body every time: the stable ids make the retry harmless.
    assertThat(lrs.requests()).extracting(FakeLrs.Request::json).containsOnly(lrs.requests().get(0).json());
  }

  @Test
  void send_reportsFailedWhenEveryAttemptGets5xxAndSendsNoLaterBatch() {
    lrs.then(500, "a").then(502, "b").then(504, "gateway timeout");
    LrsResult result = client().maxBatchSize(6).build().send(statements(1));

    assertThat(lrs.requests()).hasSize(3);
    assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(result.batches()).hasSize(2);
    Batch first = result.batches().get(0);
    assertThat(first).extracting(Batch::outcome, Batch::status, Batch::attempts, Batch::detail)
        .containsExactly(Outcome.FAILED, 504, 3, "HTTP 504: gateway timeout");
    assertThat(result.batches().get(1)).extracting(Batch::outcome, Batch::status, Batch::attempts)
        .containsExactly(Outcome.NOT_SENT, 0, 0);
    assertThat(result.ids(Outcome.NOT_SENT)).hasSize(5);
  }

  @Test
  void send_honoursRetryAfterSecondsOn429UpToTheCap() {
    lrs.then(429, "Retry-After", "7").then(429, "Retry-After", "3600");
    RetryPolicy policy = RetryPolicy.exponential(3, Duration.ofMillis(100)).withMaxRetryAfter(Duration.ofSeconds(60));
    LrsResult result = client().retryPolicy(policy).build().send(statements(1));

    assertThat(slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(60));
    assertThat(result.batches().get(0)).extracting(Batch::outcome, Batch::attempts)
        .containsExactly(Outcome.STORED, 3);
  }

  @Test
  void send_readsRetryAfterAsAnHttpDate() {
    Instant now = Instant.parse("2026-11-24T09:00:00Z");
    String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atZone(ZoneOffset.UTC));
    lrs.then(503, "Retry-After", in30s).then(503, "Retry-After", "soon");
    client().clock(Clock.fixed(now, ZoneOffset.UTC)).build().send(statements(1));

    // An unreadable Retry-After falls back to the backoff of the second attempt.
    assertThat(slept).containsExactly(Duration.ofSeconds(30), Duration.ofMillis(200));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 413})
  void send_neverRetriesAClientError(int status) {
    lrs.then(status, "{\"error\":\"no\"}");
    LrsResult result = client().maxBatchSize(6).build().send(statements(1));

    assertThat(slept).isEmpty();
    assertThat(result.batches().get(0)).extracting(Batch::outcome, Batch::status, Batch::attempts, Batch::detail)
        .containsExactly(Outcome.REJECTED, status, 1, "HTTP " + status + ": {\"error\":\"no\"}");
    // A refused batch says nothing about the next one, which is sent and stored.
    assertThat(lrs.requests()).hasSize(2);
    assertThat(result.batches().get(1).outcome()).isEqualTo(Outcome.STORED);
  }

  @Test
  void send_reportsA409AsConflictWithoutRetrying() {
    lrs.then(409, "Conflict: statement id exists with different content");
    LrsResult result = client().build().send(statements(1));

    assertThat(lrs.requests()).hasSize(1);
    assertThat(slept).isEmpty();
    assertThat(result.batches()).singleElement()
        .extracting(Batch::outcome, Batch::status, Batch::attempts, Batch::detail)
        .containsExactly(Outcome.CONFLICT, 409, 1, "HTTP 409: Conflict: statement id exists with different content");
    assertThat(result.allStored()).isFalse();
  }

  @Test
  void send_keepsOnlyABoundedOneLineExcerptOfAnErrorBody() {
    lrs.then(400, "bad\r\nInjected: header\u202e" + "x".repeat(5000));
    Batch b = client().build().send(statements(1)).batches().get(0);

    assertThat(b.detail()).startsWith("HTTP 400: bad Injected: header xxx").endsWith("…")
        .hasSize(LrsClient.DETAIL_CHARS + 1).doesNotContain("\n", "\r", "\u202e");
  }

  @Test
  void send_reportsConnectionRefusedAsFailedAfterTheRetries() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    LrsClient client = LrsClient.builder(URI.create("http://127.0.0.1:" + port + "/xapi")).noAuthentication()
        .sleeper(slept::add).retryPolicy(RetryPolicy.exponential(3, Duration.ofMillis(100))).maxBatchSize(6).build();
    LrsResult result = client.send(statements(1));

    assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    Batch first = result.batches().get(0);
    assertThat(first).extracting(Batch::outcome, Batch::status, Batch::attempts)
        .containsExactly(Outcome.FAILED, 0, 3);
    assertThat(first.detail()).startsWith("ConnectException");
    assertThat(result.batches().get(1).outcome()).isEqualTo(Outcome.NOT_SENT);
  }

  @Test
  void send_reportsALrsThatNeverAnswersAsFailedWithinTheTimeout() {
    lrs.neverAnswer();
    LrsClient client = client().timeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.exponential(2, Duration.ZERO))
        .build();
    long start = System.nanoTime();
    LrsResult result = client.send(statements(1));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(result.batches()).singleElement()
        .extracting(Batch::outcome, Batch::status, Batch::attempts, Batch::detail)
        .containsExactly(Outcome.FAILED, 0, 2, "no answer within PT0.3S");
    assertThat(lrs.requests()).hasSize(2);
  }

  @Test
  void send_stopsWhenInterruptedWhileWaitingToRetry() {
    lrs.then(503, "busy");
    LrsClient client = client().maxBatchSize(6).sleeper(d -> {
      throw new InterruptedException();
    }).build();
    LrsResult result;
    boolean interrupted;
    try {
      result = client.send(statements(1));
    } finally {
      interrupted = Thread.interrupted();
    }

    assertThat(interrupted).isTrue();
    assertThat(lrs.requests()).hasSize(1);
    assertThat(result.batches()).extracting(Batch::outcome).containsExactly(Outcome.FAILED, Outcome.NOT_SENT);
    assertThat(result.batches().get(0).detail()).isEqualTo("interrupted before retrying; HTTP 503: busy");
  }

  // ---------------------------------------------------------------- voiding

  @Test
  void voidStatements_postsVoidingStatementsReferringToEachId() {
    List<UUID> targets = statements(1).stream().limit(3).map(XapiStatement::id).toList();
    LrsClient client = client().build();
    LrsResult result = client.voidStatements(PORTAL, targets);

    JsonNode body = lrs.requests().get(0).json();
    assertThat(body.size()).isEqualTo(3);
    for (int k = 0; k < 3; k++) {
      JsonNode st = body.get(k);
      assertThat(st.get("id").asText()).isEqualTo(LrsClient.voidingStatementId(targets.get(k)).toString());
      assertThat(st.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/voided");
      assertThat(st.at("/object/objectType").asText()).isEqualTo("StatementRef");
      assertThat(st.at("/object/id").asText()).isEqualTo(targets.get(k).toString());
      assertThat(st.at("/actor/account/name").asText()).isEqualTo("portal");
      assertThat(st.has("timestamp")).isFalse();
    }
    assertThat(result.batches()).singleElement().satisfies(b -> {
      assertThat(b.outcome()).isEqualTo(Outcome.STORED);
      assertThat(b.statementIds()).isEqualTo(targets);
    });

    // Voiding again sends the very same statements, so the store keeps one of each.
    client.voidStatements(PORTAL, targets);
    assertThat(lrs.requests().get(1).json()).isEqualTo(body);
  }

  @Test
  void voidStatements_reportsAStoreThatForbidsVoiding() {
    lrs.then(403, "not allowed to void");
    LrsResult result = client().build().voidStatements(PORTAL, List.of(statements(1).get(0).id()));

    assertThat(result.batches()).singleElement().extracting(Batch::outcome, Batch::status)
        .containsExactly(Outcome.REJECTED, 403);
  }

  @Test
  void voidStatements_writesAnMboxVoiderAsItsOnlyIdentifier() {
    XapiStatement.Agent dpo = new XapiStatement.Agent("Agent", "mailto:dpo@portal.example.vn", null);
    client().build().voidStatements(dpo, List.of(statements(1).get(0).id()));

    JsonNode actor = lrs.requests().get(0).json().get(0).get("actor");
    assertThat(actor).isEqualTo(FakeLrs.JSON.createObjectNode().put("objectType", "Agent")
        .put("mbox", "mailto:dpo@portal.example.vn"));
  }

  @Test
  void voidingStatementId_isStableAndDiffersFromTheTarget() {
    UUID target = UUID.fromString("7d0c8f2e-3b1a-4c9e-9f57-1e2d3c4b5a69");
    assertThat(LrsClient.voidingStatementId(target)).isEqualTo(LrsClient.voidingStatementId(target))
        .isNotEqualTo(target)
        .isEqualTo(UUID.nameUUIDFromBytes(("voided " + target).getBytes(StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------- building

  @Test
  void builder_refusesPlainHttpToANonLoopbackHost() {
    assertThatThrownBy(() -> LrsClient.builder(URI.create("http://lrs.example.vn/xapi/")).noAuthentication().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an https endpoint, or http to a loopback address, but was [http://lrs.example.vn/xapi/];"
            + " call allowInsecureHttp() to send statements unencrypted");
    for (String host : List.of("10.0.0.1", "127.0.0.1.nip.io", "[::2]", "localhost.example.vn", "127.0.0.256")) {
      assertThatThrownBy(() -> LrsClient.builder(URI.create("http://" + host + "/xapi/")).noAuthentication().build())
          .as(host).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void builder_allowsHttpsLoopbackHttpAndExplicitlyInsecureHttp() {
    assertThat(LrsClient.builder(URI.create("https://lrs.example.vn/xapi")).noAuthentication().build().endpoint())
        .isEqualTo(URI.create("https://lrs.example.vn/xapi/"));
    assertThat(LrsClient.builder(URI.create("https://lrs.example.vn")).noAuthentication().build().endpoint())
        .isEqualTo(URI.create("https://lrs.example.vn/"));
    for (String host : List.of("localhost:8080", "127.0.0.1", "127.1.2.3", "[::1]:9000", "LOCALHOST")) {
      URI uri = URI.create("http://" + host + "/xapi/");
      assertThat(LrsClient.builder(uri).noAuthentication().build().endpoint()).as(host).isEqualTo(uri);
    }
    assertThat(LrsClient.builder(URI.create("http://lrs.internal/xapi/")).noAuthentication().allowInsecureHttp().build()
        .endpoint()).isEqualTo(URI.create("http://lrs.internal/xapi/"));
  }

  @Test
  void builder_refusesOtherSchemesUserInfoQueriesAndRelativeEndpoints() {
    assertThatThrownBy(() -> LrsClient.builder(URI.create("ftp://lrs.example.vn/xapi/")).noAuthentication().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an https endpoint but was [ftp://lrs.example.vn/xapi/]");
    assertThatThrownBy(() -> LrsClient.builder(URI.create("https://key:s3cret@lrs.example.vn/xapi/")).noAuthentication()
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an endpoint without user info; give credentials to basicAuth or bearerToken");
    // Without a parsable host the URI has no user info either, yet the password must not be echoed.
    assertThatThrownBy(() -> LrsClient.builder(URI.create("https://key:s3cret@/xapi/")).noAuthentication().build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    assertThatThrownBy(() -> LrsClient.builder(URI.create("https://lrs.example.vn/xapi/?tenant=1")).noAuthentication()
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an endpoint without query or fragment but was [https://lrs.example.vn/xapi/?tenant=1]");
    assertThatThrownBy(() -> LrsClient.builder(URI.create("lrs.example.vn/xapi")).noAuthentication().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an absolute https endpoint with a host but was [lrs.example.vn/xapi]");
  }

  @Test
  void builder_needsCredentialsAndValidSettings() {
    LrsClient.Builder b = LrsClient.builder(URI.create("https://lrs.example.vn/xapi/"));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("expected credentials: call basicAuth, bearerToken or noAuthentication before build");
    assertThatThrownBy(() -> b.basicAuth("a:b", "s")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a non-empty key without [:]");
    assertThatThrownBy(() -> b.version("v2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an xAPI version such as [1.0.3] but was [v2]");
    assertThatThrownBy(() -> b.maxBatchSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a batch size of at least 1 but was [0]");
    assertThatThrownBy(() -> b.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a positive timeout but was [PT0S]");
  }

  @Test
  void toString_neverShowsTheCredentials() {
    LrsClient client = LrsClient.builder(URI.create("https://lrs.example.vn/xapi/")).basicAuth("lrs-key", "lrs-secret")
        .build();
    assertThat(client.toString())
        .isEqualTo("LrsClient[endpoint=https://lrs.example.vn/xapi/, version=1.0.3, maxBatchSize=50]")
        .doesNotContain("lrs-secret", BASIC.substring(6));
  }
}
