package org.digiskill.engine.io;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link LrsClient} retries a batch the learning record store could
 * not take right now: after a connection error or timeout, {@code 429 Too Many Requests} or a
 * {@code 5xx} answer. Any other answer is final and never retried.
 *
 * <p>The delay after failed attempt {@code n} is {@code baseDelay × 2^(n-1)}, at most {@code
 * maxDelay}. When the store answers with a {@code Retry-After} header, that delay is used instead,
 * at most {@code maxRetryAfter}. There is no random jitter, so that delays are predictable.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts the most attempts per batch, the first one included; at least 1
 * @param baseDelay the delay after the first failed attempt
 * @param maxDelay the longest delay between attempts
 * @param maxRetryAfter the longest delay a {@code Retry-After} header can ask for
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
  private static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(1);
  private static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);

  /** Checks that there is at least one attempt and that the delays are not negative. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("expected at least 1 attempt but was [" + maxAttempts + "]");
    }
    requireNotNegative(baseDelay, "baseDelay");
    requireNotNegative(maxDelay, "maxDelay");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("expected maxDelay of at least baseDelay [" + baseDelay + "] but was ["
          + maxDelay + "]");
    }
  }

  /** Returns a policy of one attempt: nothing is retried. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * Returns exponential backoff from {@code baseDelay}, delays at most one minute (or {@code
   * baseDelay} when longer) and {@code Retry-After} honoured up to two minutes.
   */
  public static RetryPolicy exponential(int maxAttempts, Duration baseDelay) {
    requireNotNegative(baseDelay, "baseDelay");
    Duration max = baseDelay.compareTo(DEFAULT_MAX_DELAY) > 0 ? baseDelay : DEFAULT_MAX_DELAY;
    return new RetryPolicy(maxAttempts, baseDelay, max, DEFAULT_MAX_RETRY_AFTER);
  }

  /** Returns the default policy: 3 attempts, 1 s then 2 s apart. */
  public static RetryPolicy standard() {
    return exponential(3, Duration.ofSeconds(1));
  }

  /** Returns a copy with this longest delay between attempts. */
  public RetryPolicy withMaxDelay(Duration maxDelay) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter);
  }

  /** Returns a copy that honours {@code Retry-After} up to this delay. */
  public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter);
  }

  /**
   * Returns the delay after failed attempt {@code attempt} (1 for the first) when the store gave no
   * {@code Retry-After}.
   */
  public Duration backoff(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("expected an attempt of at least 1 but was [" + attempt + "]");
    }
    if (baseDelay.isZero()) {
      return Duration.ZERO;
    }
    // Doubling past 2^62 overflows any duration; the cap has long been reached by then.
    if (attempt > 62) {
      return maxDelay;
    }
    try {
      Duration d = baseDelay.multipliedBy(1L << (attempt - 1));
      return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    } catch (ArithmeticException e) {
      return maxDelay;
    }
  }

  /** Returns a {@code Retry-After} delay, at most {@code maxRetryAfter}. */
  Duration capRetryAfter(Duration requested) {
    if (requested.isNegative()) {
      return Duration.ZERO;
    }
    return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException("expected " + name + " of zero or more but was [" + d + "]");
    }
  }
}
