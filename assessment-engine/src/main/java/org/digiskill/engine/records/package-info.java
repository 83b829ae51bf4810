/**
 * Learning records: xAPI 1.0.3 statements built from a score report, as plain Jackson records.
 *
 * <p>Statements identify the resident only by the report's opaque pseudonym, as an xAPI {@code
 * account}; no name or national ID ever enters a statement.
 */
package org.digiskill.engine.records;
