package org.digiskill.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rules that keep the engine's architecture true as it grows, and its pinned exports. */
class ArchitectureTest {
  private static final JavaClasses ENGINE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.digiskill.engine");

  @Test
  void packages_haveNoCycles() {
    slices().matching("org.digiskill.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
  }

  @Test
  void engine_neverUsesModelInternals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.digiskill.model.internal..").check(ENGINE);
  }

  @Test
  void irt_standsAlone() {
    // IRT models and estimators are the base of adaptive testing and calibration, never the reverse.
    noClasses().that().resideInAPackage("org.digiskill.engine.irt..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.digiskill.engine.scoring..", "org.digiskill.engine.attempt..", "org.digiskill.engine.adaptive..",
            "org.digiskill.engine.analytics..")
        .check(ENGINE);
  }

  @Test
  void engine_neverWritesToStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(ENGINE);
  }

  @Test
  void engine_doesNoFileOrNetworkIo() {
    // Parsing a URI is data; opening files and connections is not. The one exception is the io
    // package: helpers (the LRS client) that a caller chooses to use (ARCHITECTURE.md).
    noClasses().that().resideOutsideOfPackage("org.digiskill.engine.io..").should().dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("java.nio.file..", "java.net..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(java.net.URI.class, java.net.URISyntaxException.class))))
        .because("the engine takes data and returns data (ARCHITECTURE.md)").check(ENGINE);
  }

  @Test
  void module_exportsExactlyTheApiPackages() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("org.digiskill.engine");
    Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exports).containsExactlyInAnyOrder(
        "org.digiskill.engine.adaptive", "org.digiskill.engine.analytics", "org.digiskill.engine.attempt", "org.digiskill.engine.certification", "org.digiskill.engine.crosswalk", "org.digiskill.engine.delivery",
        "org.digiskill.engine.io", "org.digiskill.engine.irt", "org.digiskill.engine.records", "org.digiskill.engine.scoring");
  }
}
