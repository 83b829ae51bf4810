/**
 * The {@code digiskill} command-line tool for framework authors and operators; the entry type is
 * {@link org.digiskill.cli.Main}.
 *
 * <p>It uses only the exported API of {@code org.digiskill.model}. Commands write their results to
 * standard output and a one-line summary or diagnostics to standard error; exit codes are listed
 * on {@link org.digiskill.cli.Main}.
 */
package org.digiskill.cli;
