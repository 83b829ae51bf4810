package org.digiskill.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy}, the backoff of {@link LrsClient}. */
class LrsRetryPolicyTest {

  @Test
  void backoff_doublesFromTheBaseDelayUpToTheCap() {
    RetryPolicy p = RetryPolicy.exponential(6, Duration.ofSeconds(1)).withMaxDelay(Duration.ofSeconds(5));

    assertThat(IntStream.rangeClosed(1, 5).mapToObj(p::backoff)).containsExactly(Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void backoff_neverOverflows() {
    RetryPolicy p = RetryPolicy.exponential(1000, Duration.ofDays(365));

    assertThat(p.backoff(40)).isEqualTo(Duration.ofDays(365));
    assertThat(p.backoff(70)).isEqualTo(Duration.ofDays(365));
    assertThat(p.withMaxDelay(Duration.ofSeconds(Long.MAX_VALUE)).backoff(62))
        .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
  }

  @Test
  void standard_isThreeAttemptsOneSecondApartThenTwo() {
    RetryPolicy p = RetryPolicy.standard();

    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.maxDelay()).isEqualTo(Duration.ofMinutes(1));
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void none_makesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.none().backoff(1)).isZero();
  }

  @Test
  void capRetryAfter_keepsTheRequestedDelayWithinZeroAndTheCap() {
    RetryPolicy p = RetryPolicy.standard().withMaxRetryAfter(Duration.ofSeconds(30));

    assertThat(p.capRetryAfter(Duration.ofSeconds(12))).isEqualTo(Duration.ofSeconds(12));
    assertThat(p.capRetryAfter(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.capRetryAfter(Duration.ofSeconds(-5))).isZero();
  }

  @Test
  void constructor_refusesImpossiblePolicies() {
    assertThatThrownBy(() -> RetryPolicy.exponential(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected at least 1 attempt but was [0]");
    assertThatThrownBy(() -> RetryPolicy.exponential(3, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected baseDelay of zero or more but was [PT-1S]");
    assertThatThrownBy(() -> RetryPolicy.exponential(3, Duration.ofSeconds(10)).withMaxDelay(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxDelay of at least baseDelay [PT10S] but was [PT5S]");
    assertThatThrownBy(() -> RetryPolicy.standard().backoff(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected an attempt of at least 1 but was [0]");
  }

  @Test
  void exponential_raisesTheCapToALongBaseDelay() {
    assertThat(RetryPolicy.exponential(3, Duration.ofMinutes(5)).maxDelay()).isEqualTo(Duration.ofMinutes(5));
  }
}
