/**
 * Certificates: {@link org.digiskill.engine.certification.CredentialIssuer} builds an unsigned Open
 * Badges 3.0 credential from a passing report, naming the resident only by an opaque subject id
 * and, optionally, a salted e-mail hash; {@link
 * org.digiskill.engine.certification.BitstringStatusList} is the W3C status list used to revoke
 * or suspend them; {@link
 * org.digiskill.engine.certification.DataIntegrityProof} signs and verifies them with an embedded
 * {@code eddsa-rdfc-2022} Data Integrity proof.
 */
package org.digiskill.engine.certification;
