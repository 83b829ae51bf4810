package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.samples.Samples;
import org.junit.jupiter.api.Test;

class FrozenListTest {
  @Test
  void wrap_readsTheArray_andEqualsTheSameElementsInAnyList() {
    List<String> frozen = FrozenList.wrap(new String[] {"a", "b", "c"});
    assertThat(frozen).containsExactly("a", "b", "c");
    assertThat(frozen).isEqualTo(List.of("a", "b", "c")).hasSameHashCodeAs(List.of("a", "b", "c"));
    assertThat(List.of("a", "b", "c")).isEqualTo(frozen);
    assertThat(FrozenList.wrap(new String[0])).isSameAs(List.of());
  }

  @Test
  void present_keepsTheNonNullElementsInIndexOrder_withoutHoldingTheArray() {
    String[] byIndex = {null, "b", null, "d", "e", null};
    List<String> present = FrozenList.present(byIndex, 3);
    byIndex[1] = "changed";
    assertThat(present).containsExactly("b", "d", "e");
    assertThat(FrozenList.present(new String[] {null, null}, 0)).isEmpty();
  }

  @Test
  void wrap_cannotBeModified() {
    List<String> frozen = FrozenList.wrap(new String[] {"a", "b"});
    assertThatThrownBy(() -> frozen.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.subList(0, 1).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(frozen).containsExactly("a", "b");
  }

  @Test
  void copyOf_keepsAFrozenList_andCopiesAnyOther() {
    List<String> frozen = FrozenList.wrap(new String[] {"a"});
    assertThat(FrozenList.<String>copyOf(frozen)).isSameAs(frozen);
    List<String> mutable = new ArrayList<>(List.of("a"));
    List<String> copy = FrozenList.copyOf(mutable);
    mutable.add("b");
    assertThat(copy).containsExactly("a");
    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReportsLists_cannotBeModified() {
    ScoreReport report = Samples.COMPILED.score(Samples.submissions().get(0));
    assertThatThrownBy(() -> report.items().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.competences().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.competences().get(0).levels().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.areas().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
