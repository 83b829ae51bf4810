package org.digiskill.model.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's exported API: a new export is a decision, not an accident. */
class ModuleDescriptorTest {
  @Test
  void module_exportsExactlyTheApiPackages() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("org.digiskill.model");
    Set<String> exports = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exports).containsExactlyInAnyOrder(
        "org.digiskill.model",
        "org.digiskill.model.framework",
        "org.digiskill.model.item",
        "org.digiskill.model.assessment",
        "org.digiskill.model.response",
        "org.digiskill.model.io",
        "org.digiskill.model.validation",
        "org.digiskill.model.catalogue");
    assertThat(exports).noneMatch(p -> p.contains("internal"));
  }
}
