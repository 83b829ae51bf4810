package org.digiskill.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.digiskill.engine.io.LrsResult.Batch;
import org.digiskill.engine.io.LrsResult.Outcome;
import org.junit.jupiter.api.Test;

class LrsResultTest {
  private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

  @Test
  void ids_listsTheStatementsOfBatchesWithAnOutcomeInOrder() {
    LrsResult r = new LrsResult(List.of(new Batch(List.of(A, B), Outcome.STORED, 200, 1, null),
        new Batch(List.of(C), Outcome.CONFLICT, 409, 1, "HTTP 409")));

    assertThat(r.ids(Outcome.STORED)).containsExactly(A, B);
    assertThat(r.ids(Outcome.CONFLICT)).containsExactly(C);
    assertThat(r.ids(Outcome.FAILED)).isEmpty();
    assertThat(r.allStored()).isFalse();
  }

  @Test
  void allStored_isTrueOnlyWhenEveryBatchWasStored() {
    assertThat(new LrsResult(List.of()).allStored()).isTrue();
    assertThat(new LrsResult(List.of(new Batch(List.of(A), Outcome.STORED, 204, 2, null))).allStored()).isTrue();
  }
}
