package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;

class ItemScorerTest {
  @Test
  void everyPermittedItemKind_hasAScorer_andAResponseKind() {
    Set<Class<?>> compiled = Fixtures.MINI.items().stream().map(i -> ItemScorer.of(i).item.getClass()).collect(Collectors.toSet());
    assertThat(compiled).containsExactlyInAnyOrder(Item.class.getPermittedSubclasses());
    Set<String> itemTypes = Fixtures.MINI.items().stream().map(Item::type).collect(Collectors.toSet());
    Set<String> responseTypes = Fixtures.allCorrect().stream().map(Response::type).collect(Collectors.toSet());
    assertThat(responseTypes).isEqualTo(itemTypes);
    assertThat(Response.class.getPermittedSubclasses()).hasSize(Item.class.getPermittedSubclasses().length + 0)
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Item.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
  }
}
