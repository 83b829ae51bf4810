package org.digiskill.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Rules that keep the model's architecture true as it grows. */
class ArchitectureTest {
  private static final JavaClasses MODEL =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.digiskill.model");

  @Test
  void packages_haveNoCycles() {
    slices().matching("org.digiskill.model.(*)..").should().beFreeOfCycles().check(MODEL);
  }

  @Test
  void model_neverDependsOnTheEngine() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.digiskill.engine..").check(MODEL);
  }

  @Test
  void library_neverWritesToStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MODEL);
  }
}
