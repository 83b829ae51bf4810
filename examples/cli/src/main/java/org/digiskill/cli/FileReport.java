package org.digiskill.cli;

import java.util.Objects;
import org.digiskill.model.validation.ValidationReport;

/**
 * The outcome of validating one file.
 *
 * @param file the file name as given on the command line; the source of its violations
 * @param kind the document's {@code kind}, or null when the file could not be loaded
 * @param report every problem of the file, located by line and column where known
 */
record FileReport(String file, String kind, ValidationReport report) {

  /** Null-checks the file and report. */
  FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
  }

  /** Returns true when the file has no error; warnings are allowed. */
  boolean isValid() {
    return report.isValid();
  }
}
