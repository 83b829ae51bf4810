/**
 * Optional I/O helpers a caller chooses to use; the rest of the engine does no I/O. {@link
 * org.digiskill.engine.io.LrsClient} sends the xAPI statements built by {@link
 * org.digiskill.engine.records.XapiStatements} to a learning record store over HTTPS, in batches,
 * with bounded retries, and reports per batch what the store did with them. Nothing here logs a
 * statement: statements are personal data.
 */
package org.digiskill.engine.io;
