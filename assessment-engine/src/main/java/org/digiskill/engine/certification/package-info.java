/**
 * Certificates anyone can verify offline: Open Badges 3.0 credentials on the W3C Verifiable
 * Credentials 2.0 data model.
 *
 * <ul>
 *   <li>{@link org.digiskill.engine.certification.CredentialIssuer} builds the unsigned credential
 *       from a passing report, naming the resident only by an opaque subject id and, optionally, a
 *       salted e-mail hash;
 *   <li>{@link org.digiskill.engine.certification.DataIntegrityProof} signs it with an embedded
 *       {@code eddsa-rdfc-2022} proof, {@link org.digiskill.engine.certification.VcJwt} as an
 *       ES256 or RS256 VC-JWT, with an {@link org.digiskill.engine.certification.IssuerKey};
 *   <li>{@link org.digiskill.engine.certification.BitstringStatusList} and {@link
 *       org.digiskill.engine.certification.StatusListCredential} revoke and suspend;
 *   <li>{@link org.digiskill.engine.certification.CredentialVerifier} checks all of it and reports
 *       each check in a {@link org.digiskill.engine.certification.VerificationResult};
 *   <li>{@link org.digiskill.engine.certification.PrintableCertificate} renders a page to print,
 *       with a QR code.
 * </ul>
 *
 * <p>See {@code docs/certificates.md}.
 */
package org.digiskill.engine.certification;
