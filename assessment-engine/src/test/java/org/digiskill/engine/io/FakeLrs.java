package org.digiskill.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A learning record store double on 127.0.0.1: records every request and answers from a script,
 * then with {@code 200} and the ids of the statements posted, as xAPI's POST Statements does.
 *
 * <p>It speaks just enough HTTP/1.1 for {@link java.net.http.HttpClient} (one request per
 * connection, bodies with Content-Length). The JDK's {@code com.sun.net.httpserver} would do, but
 * the tests compile inside the engine's module, which does not read {@code jdk.httpserver}.
 */
final class FakeLrs implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received; header names in lower case. */
  record Request(String method, String path, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One scripted answer. */
  record Reply(int status, Map<String, String> headers, String body) {}

  private final ServerSocket server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-lrs");
    t.setDaemon(true);
    return t;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile boolean silent;

  private FakeLrs() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    executor.execute(this::accept);
  }

  static FakeLrs start() throws IOException {
    return new FakeLrs();
  }

  /** Answers the next request with this status and body. */
  FakeLrs then(int status, String body) {
    script.add(new Reply(status, Map.of(), body));
    return this;
  }

  /** Answers the next request with this status, one header and an empty body. */
  FakeLrs then(int status, String header, String value) {
    script.add(new Reply(status, Map.of(header, value), ""));
    return this;
  }

  /** Never answers, until closed. */
  FakeLrs neverAnswer() {
    silent = true;
    return this;
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/xapi/");
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        executor.execute(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String[] head = readHead(in).split("\r\n");
      String[] requestLine = head[0].split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int k = 1; k < head.length; k++) {
        int colon = head[k].indexOf(':');
        headers.put(head[k].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[k].substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      Request r = new Request(requestLine[0], URI.create(requestLine[1]).getPath(), headers, in.readNBytes(length));
      requests.add(r);
      if (silent) {
        closed.await(10, TimeUnit.SECONDS);
        return;
      }
      Reply reply = script.poll();
      if (reply == null) {
        ArrayNode ids = JSON.createArrayNode();
        r.json().forEach(st -> ids.add(st.get("id").asText()));
        reply = new Reply(200, Map.of("Content-Type", "application/json"), ids.toString());
      }
      write(socket.getOutputStream(), reply);
    } catch (IOException e) {
      // The client went away (a timeout); nothing to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the request head");
      }
      head.append((char) b);
    }
    return head.substring(0, head.length() - 4);
  }

  private static void write(OutputStream out, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" Scripted\r\n");
    reply.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("X-Experience-API-Version: 1.0.3\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n")
        .append("Connection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor.shutdownNow();
  }
}
