package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void findsEachIdAtItsPosition_andNothingElse() {
    IdIndex index = IdIndex.of(List.of("otp-call", "bat-wifi", "noi-ung-dung"));
    assertThat(index.get("otp-call")).isZero();
    assertThat(index.get("bat-wifi")).isEqualTo(1);
    assertThat(index.get("noi-ung-dung")).isEqualTo(2);
    assertThat(index.get("otp")).isEqualTo(IdIndex.ABSENT);
    assertThat(index.get("")).isEqualTo(IdIndex.ABSENT);
    assertThat(index.contains("bat-wifi")).isTrue();
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.sortedIds()).containsExactly("bat-wifi", "noi-ung-dung", "otp-call");
  }

  @Test
  void idsWithTheSameHashCode_areKeptApart() {
    // "Aa" and "BB" share String.hashCode (2112), as do their concatenations.
    IdIndex index = IdIndex.of(List.of("AaAa", "AaBB", "BBAa", "BBBB"));
    assertThat(List.of("AaAa", "AaBB", "BBAa", "BBBB")).extracting(String::hashCode).containsOnly("AaAa".hashCode());
    assertThat(index.get("AaAa")).isZero();
    assertThat(index.get("AaBB")).isEqualTo(1);
    assertThat(index.get("BBAa")).isEqualTo(2);
    assertThat(index.get("BBBB")).isEqualTo(3);
    assertThat(index.get("AaAaAa")).isEqualTo(IdIndex.ABSENT);
  }

  @Test
  void aRepeatedId_keepsItsFirstPosition() {
    IdIndex index = IdIndex.of(List.of("a", "b", "a"));
    assertThat(index.get("a")).isZero();
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aGuessedPosition_isOnlyAShortcut() {
    IdIndex index = IdIndex.of(List.of("a", "b", "a", "c"));
    assertThat(index.get("b", 1)).isEqualTo(1); // right guess
    assertThat(index.get("b", 3)).isEqualTo(1); // wrong guess
    assertThat(index.get("a", 2)).isZero(); // a repeated id keeps its first position
    assertThat(index.get("c", -1)).isEqualTo(3);
    assertThat(index.get("c", 99)).isEqualTo(3);
    assertThat(index.get("z", 0)).isEqualTo(IdIndex.ABSENT);
  }

  @Test
  void anEmptyIndex_findsNothing() {
    assertThat(IdIndex.of(List.of()).get("a")).isEqualTo(IdIndex.ABSENT);
  }

  @Test
  void agreesWithAHashMapOfFirstPositions() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 3)).ofSizeBetween(0, 60),
            strings().basicLatinAlphabet().ofLengthBetween(0, 3))
        .checkAssert((ids, probe) -> {
          Map<String, Integer> expected = new HashMap<>();
          for (int k = 0; k < ids.size(); k++) {
            expected.putIfAbsent(ids.get(k), k);
          }
          IdIndex index = IdIndex.of(ids);
          assertThat(index.size()).isEqualTo(expected.size());
          expected.forEach((id, k) -> assertThat(index.get(id)).isEqualTo(k));
          assertThat(index.get(probe)).isEqualTo(expected.getOrDefault(probe, IdIndex.ABSENT));
          for (int guess = -1; guess <= ids.size(); guess++) {
            assertThat(index.get(probe, guess)).isEqualTo(index.get(probe));
          }
        });
  }
}
