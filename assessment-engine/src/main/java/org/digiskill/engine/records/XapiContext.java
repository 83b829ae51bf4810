package org.digiskill.engine.records;

import java.util.Objects;
import java.util.UUID;

/**
 * What the portal contributes to the xAPI statements of an attempt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param homePage the portal's home page, used as the actor's {@code account.homePage}, e.g.
 *     {@code https://portal.example.vn}
 * @param activityBase the IRI every activity id starts with, ending in {@code /}, e.g. {@code
 *     https://portal.example.vn/xapi/activities/}
 * @param platform the platform name written to {@code context.platform}
 * @param registration the registration UUID, or null for none
 * @param language the RFC 5646 language of the attempt, or null for the assessment's default
 * @param mbox the resident's e-mail address ({@code mailto:} added when missing), or null; when
 *     given it replaces the account, since an xAPI Agent carries exactly one identifier. Only set
 *     it when the resident consented to be identified in the learning record store.
 */
public record XapiContext(String homePage, String activityBase, String platform, UUID registration, String language,
    String mbox) {

  /** Null-checks and adds the trailing {@code /} to the activity base. */
  public XapiContext {
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(activityBase, "activityBase");
    Objects.requireNonNull(platform, "platform");
    activityBase = activityBase.endsWith("/") ? activityBase : activityBase + "/";
    if (mbox != null && !mbox.startsWith("mailto:")) {
      mbox = "mailto:" + mbox;
    }
  }

  /** Returns a context with a pseudonymous actor, no registration and the assessment's language. */
  public static XapiContext of(String homePage, String activityBase, String platform) {
    return new XapiContext(homePage, activityBase, platform, null, null, null);
  }

  /** Returns a copy with this registration. */
  public XapiContext withRegistration(UUID registration) {
    return new XapiContext(homePage, activityBase, platform, registration, language, mbox);
  }
}
