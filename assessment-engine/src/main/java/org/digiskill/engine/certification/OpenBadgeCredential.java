package org.digiskill.engine.certification;

import java.util.List;

/** The fixed parts of an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0). */
public final class OpenBadgeCredential {
  /** The W3C Verifiable Credentials 2.0 context; always first. */
  public static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  /** The Open Badges 3.0 context pinned by this library; always second. */
  public static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  /**
   * The 1EdTech extensions context, needed only with {@code 1EdTechJsonSchemaValidator2019},
   * {@code 1EdTechRevocationList} or {@code 1EdTechCredentialRefresh}; unsigned credentials built
   * here use none of them.
   */
  public static final String EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
  /** The {@code @context} of the credentials built here, in order. */
  public static final List<String> CONTEXT = List.of(VC2_CONTEXT, OB3_CONTEXT);
  /** The credential's {@code type}. */
  public static final List<String> TYPE = List.of("VerifiableCredential", "OpenBadgeCredential");
  /** The {@code targetType} of competence alignments. */
  public static final String COMPETENCY_TARGET_TYPE = "ceasn:Competency";

  private OpenBadgeCredential() {}
}
