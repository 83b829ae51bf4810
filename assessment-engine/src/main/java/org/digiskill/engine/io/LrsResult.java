package org.digiskill.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a learning record store did with the batches of one {@link LrsClient} call, in the order
 * they were sent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param batches one entry per batch, in order
 */
public record LrsResult(List<Batch> batches) {

  /** Null-checks and copies. */
  public LrsResult {
    batches = List.copyOf(batches);
  }

  /** Returns whether every batch was stored (true when there were none). */
  public boolean allStored() {
    return batches.stream().allMatch(b -> b.outcome() == Outcome.STORED);
  }

  /** Returns the ids of the statements in batches with this outcome, in order. */
  public List<UUID> ids(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    List<UUID> out = new ArrayList<>();
    for (Batch b : batches) {
      if (b.outcome() == outcome) {
        out.addAll(b.statementIds());
      }
    }
    return List.copyOf(out);
  }

  /** What happened to one batch. */
  public enum Outcome {
    /** The store answered {@code 2xx}: it has every statement of the batch. */
    STORED,
    /**
     * The store answered {@code 409 Conflict}: it already holds a different statement under one of
     * these ids, and stored none of the batch. Not retried, since the answer would not change.
     */
    CONFLICT,
    /**
     * The store refused the batch for good ({@code 400}, {@code 401}, {@code 403}, {@code 413} and
     * any other answer that is not a success, a conflict, {@code 429} or {@code 5xx}); not retried.
     */
    REJECTED,
    /**
     * Every attempt ended in a connection error, a timeout, {@code 429} or {@code 5xx}, or the
     * caller's thread was interrupted; the statements can be sent again later.
     */
    FAILED,
    /** Not sent, because an earlier batch failed: the store is unreachable or overloaded. */
    NOT_SENT
  }

  /**
   * One batch: its statements and what the store made of them.
   *
   * @param statementIds the ids of the statements sent in this batch, in order; for {@link
   *     LrsClient#voidStatements} the ids of the statements to void
   * @param outcome what the store did
   * @param status the HTTP status of the last answer, or 0 when there was none (connection error,
   *     timeout, not sent)
   * @param attempts the requests made, 0 when not sent
   * @param detail why the batch was not stored: the start of the store's error message (at most a
   *     few hundred characters, control characters removed) or the connection error; null when
   *     stored. An error message may quote a statement, so treat it as personal data.
   */
  public record Batch(List<UUID> statementIds, Outcome outcome, int status, int attempts, String detail) {
    /** Null-checks and copies. */
    public Batch {
      statementIds = List.copyOf(statementIds);
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
