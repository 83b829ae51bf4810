package org.digiskill.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.Documents;
import org.digiskill.model.io.Loaded;
import org.digiskill.model.validation.AssessmentValidator;
import org.digiskill.model.validation.FrameworkValidator;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.ValidationReport;

/**
 * Validates several document files together, so that references between them resolve.
 *
 * <p>Phase 1 loads every file; a file that cannot be loaded (missing, malformed, wrong shape)
 * contributes the located violation the reader reports. Phase 2 checks each loaded document by
 * its {@code kind}, knowing every loaded framework and the built-in catalogue: a crosswalk may
 * point into another given file or into a built-in framework, and an assessment is checked against
 * the framework it names, found the same way. When a given file has the same id and version as a
 * built-in framework, the given file wins, so that an edited copy of a bundled framework is checked
 * against its own contents. An assessment whose framework is found nowhere is reported at its
 * {@code framework} property, and checked for everything else.
 *
 * <p>Immutable and thread-safe.
 */
final class BatchValidator {
  private final Documents documents;
  private final Supplier<? extends Collection<CompetencyFramework>> builtIn;

  /**
   * Creates a validator.
   *
   * @param documents the reader of the files
   * @param builtIn the frameworks that crosswalks may target and assessments may be built on,
   *     besides the given files; called only when some framework or assessment is validated
   */
  BatchValidator(Documents documents, Supplier<? extends Collection<CompetencyFramework>> builtIn) {
    this.documents = Objects.requireNonNull(documents, "documents");
    this.builtIn = Objects.requireNonNull(builtIn, "builtIn");
  }

  /** Returns a validator with the standard reader and the built-in catalogue. */
  static BatchValidator standard() {
    return new BatchValidator(Documents.standard(), () -> Catalogue.builtIn().frameworks());
  }

  /** Returns one report per file, in the order given. */
  List<FileReport> validate(List<Path> files) {
    List<FileReport> reports = new ArrayList<>(files.size());
    List<Loaded<?>> loaded = new ArrayList<>(files.size());
    for (Path file : files) {
      try {
        loaded.add(documents.load(file));
        reports.add(null);
      } catch (InvalidDefinitionException e) {
        loaded.add(null);
        reports.add(new FileReport(String.valueOf(file), null, e.report()));
      }
    }
    Checks checks = new Checks(loaded);
    for (int i = 0; i < files.size(); i++) {
      Loaded<?> document = loaded.get(i);
      if (document != null) {
        reports.set(i, new FileReport(document.source(), document.kind(), document.locate(checks.check(document))));
      }
    }
    return List.copyOf(reports);
  }

  /** The phase-2 checks of one run, one per kind, each built once and only when needed. */
  private final class Checks {
    private final List<CompetencyFramework> frameworks = new ArrayList<>();
    private FrameworkValidator frameworkValidator;
    private AssessmentValidator assessmentValidator;

    Checks(List<Loaded<?>> loaded) {
      for (Loaded<?> document : loaded) {
        if (document != null && document.value() instanceof CompetencyFramework f) {
          frameworks.add(f);
        }
      }
    }

    /** Returns the problems of a loaded document, not yet located. */
    ValidationReport check(Loaded<?> document) {
      // One case per kind that Documents reads.
      switch (document.kind()) {
        case Documents.KIND_FRAMEWORK:
          return frameworkValidator().validate((CompetencyFramework) document.value());
        case Documents.KIND_ASSESSMENT:
          return assessmentValidator().validate((Assessment) document.value());
        default:
          // Documents refuses kinds it cannot read, so this is a kind added to the model but not here.
          throw new IllegalStateException("the CLI cannot validate documents of kind [" + document.kind() + "] yet");
      }
    }

    private FrameworkValidator frameworkValidator() {
      if (frameworkValidator == null) {
        // Given files first: withKnown keeps the first framework of each id and version.
        frameworkValidator = FrameworkValidator.create().withKnown(frameworks).withKnown(builtIn.get());
      }
      return frameworkValidator;
    }

    private AssessmentValidator assessmentValidator() {
      if (assessmentValidator == null) {
        // Given files first: forFrameworks keeps the first framework of each id and version.
        List<CompetencyFramework> all = new ArrayList<>(frameworks);
        all.addAll(builtIn.get());
        assessmentValidator = AssessmentValidator.forFrameworks(all);
      }
      return assessmentValidator;
    }
  }
}
