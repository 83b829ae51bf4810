package org.digiskill.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.digiskill.engine.attempt.Attempt;
import org.digiskill.engine.attempt.AttemptLifecycle;
import org.digiskill.engine.attempt.AttemptStateException;
import org.digiskill.engine.attempt.Standing;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.DigiskillException;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.AdministrationContext;
import org.digiskill.model.response.Response;

/**
 * Recipe: how a portal wires an attempt's lifecycle. One resident (a pseudonym) with an extra-time
 * accommodation (×1.5) takes the sample assessment on a phone with a weak connection: the attempt
 * is stored as JSON in the portal's own database after every step and read back before the next;
 * answers are saved as they come (a partial one first); the time left is shown from the server's
 * clock; the submission is retried (the same report comes back) and then resent with other
 * answers (refused); a retake is refused during the cooldown, then taken offline, checked on
 * return, and expires with one answer that came too late; a third attempt is refused; the standing
 * across attempts says whether a certificate is due. See {@code docs/integration.md}.
 *
 * <p>The recipe moves a {@link ManualClock} by hand. A portal passes {@link Clock#systemUTC()}
 * instead ({@link #productionLifecycle}); nothing else changes.
 *
 * <p>Run it with {@code mvn -q -pl examples/quickstart -am -DskipTests package exec:exec
 * -Dexec.executable=java "-Dexec.args=-cp %classpath
 * org.digiskill.examples.quickstart.PortalLifecycle"} (the module's {@code exec:java} runs {@link
 * Quickstart}).
 */
public final class PortalLifecycle {
  /** How late after the deadline a response still counts: a slow upload on a weak connection. */
  static final Duration GRACE = Duration.ofMinutes(1);

  /** The accommodation the recipe's resident has (e.g. an elderly resident): time × 1.5. */
  static final double EXTRA_TIME = 1.5;

  /**
   * The retake policy added to the sample, as an author would write it in the assessment document:
   * {@code attempts: {maxAttempts: 2, cooldown: PT1H, grading: highest}}.
   */
  static final AttemptPolicy RETAKES = new AttemptPolicy(2, Duration.ofHours(1), AttemptPolicy.Grading.HIGHEST);

  /** When the recipe starts: 08:00 in Vietnam (UTC+7). */
  static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

  /** Writes attempts: compact JSON, Instants as ISO-8601 text, equal attempts give equal text. */
  private static final Documents DOCS = Documents.standard();


  private PortalLifecycle() {}

  /** Runs the recipe and prints each step. */
  public static void main(String[] args) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(new ManualClock(T0), out);
  }

  /**
   * What a run produced, for the test to check.
   *
   * @param db the portal's database at the end: attempt id → attempt JSON
   */
  record Outcome(
      Duration leftAtStart,
      Duration phoneWouldShow,
      Duration leftAfterTenMinutes,
      boolean reloadedEqual,
      Attempt submitted,
      Attempt resubmitted,
      String conflictCode,
      String finishedCode,
      String cooldownCode,
      Instant nextStartAt,
      String formMismatchCode,
      Duration leftInGrace,
      String notExpiredCode,
      Attempt expired,
      String limitCode,
      Standing standing,
      Map<String, String> db) {}

  /** Runs every step of the scenario against the clock given, printing what a portal would show. */
  static Outcome run(ManualClock clock, PrintStream out) {
    // Once per assessment version, at start-up: compile, and build one lifecycle. Both are
    // immutable and thread-safe; every request of every resident shares them.
    CompiledAssessment compiled = compileSample(RETAKES);
    AttemptLifecycle lifecycle = AttemptLifecycle.of(compiled, clock).withGrace(GRACE);
    Map<String, String> db = new LinkedHashMap<>(); // stands in for the portal's own table
    String candidate = "r-5c1f0a9e"; // the portal's pseudonym for the resident: never a name, phone or ID number
    out.println("assessment " + compiled.assessment().id() + "@" + compiled.assessment().version() + ", time limit "
        + compiled.assessment().timeLimit().map(PortalLifecycle::countdown).orElse("none") + ", grace " + countdown(GRACE));

    // 1. Start. The portal chooses the seed (e.g. new SecureRandom().nextLong()) and keeps it
    //    inside the attempt; the earlier attempts let the library apply the retake policy.
    Attempt attempt = lifecycle.start("att-0001", candidate, 7_301L, EXTRA_TIME,
        new AdministrationContext(AdministrationContext.Mode.SELF_SERVICE, null, null, null, null), attemptsOf(db, candidate));
    store(db, attempt);
    Duration leftAtStart = lifecycle.timeLeft(attempt).orElseThrow();
    // The phone is told the seconds left, never the deadline: its own clock may be minutes off.
    Duration phoneWouldShow = Duration.between(Clock.offset(clock, Duration.ofMinutes(3)).instant(), attempt.deadline());
    out.println("1. started " + attempt.attemptId() + ": " + attempt.form().items().size() + " items, deadline "
        + attempt.deadline() + " (× " + EXTRA_TIME + "), time left " + countdown(leftAtStart)
        + " (a phone 3 minutes fast would show " + countdown(phoneWouldShow) + ")");

    // 2. The resident taps an answer on a weak connection; the portal saves it as partial at once.
    List<Response> answers = firstOptionAnswers(compiled, attempt.form());
    clock.advance(Duration.ofMinutes(2));
    attempt = lifecycle.savePartial(load(db, "att-0001"), answers.get(0));
    store(db, attempt);
    out.println("2. saved a partial answer to " + answers.get(0).item());

    // 3. Later, maybe on another server: reload from JSON, save the answers, show the time left.
    clock.advance(Duration.ofMinutes(8));
    Attempt reloaded = load(db, "att-0001");
    boolean reloadedEqual = reloaded.equals(attempt);
    attempt = reloaded;
    for (Response r : answers) {
      attempt = lifecycle.save(attempt, r);
    }
    store(db, attempt);
    Duration leftAfterTenMinutes = lifecycle.timeLeft(attempt).orElseThrow();
    out.println("3. reloaded from " + db.get("att-0001").length() + " characters of JSON (equal: " + reloadedEqual + "), saved "
        + answers.size() + " answers, time left " + countdown(leftAfterTenMinutes));

    // 4. Submit, with the final answers the phone sends along. Store before replying.
    clock.advance(Duration.ofMinutes(10));
    Attempt submitted = lifecycle.submit(load(db, "att-0001"), answers);
    store(db, submitted);
    out.printf(Locale.ROOT, "4. %s: %s, %.1f%%%n", submitted.status().jsonName(), submitted.report().decision().jsonName(),
        submitted.report().percent());

    // 5. The reply never reached the phone; it sends the same request again. Safe: same report.
    clock.advance(Duration.ofMinutes(1));
    Attempt resubmitted = lifecycle.submit(load(db, "att-0001"), answers);
    out.println("5. submitted again with the same answers: the same attempt back (" + resubmitted.equals(submitted) + ")");

    // 6. Another submission with other answers is a conflict: keep what was accepted.
    List<Response> changed = new ArrayList<>(answers);
    changed.set(0, otherOption(submitted.form(), answers.get(0)));
    String conflictCode;
    try {
      lifecycle.submit(load(db, "att-0001"), changed);
      throw new IllegalStateException("expected a conflict");
    } catch (AttemptStateException e) {
      conflictCode = e.code(); // attempt.conflict: answer 409 and show the stored report
    }
    String finishedCode = refused(() -> lifecycle.save(load(db, "att-0001"), changed.get(0)));
    out.println("6. other answers for a submitted attempt: " + conflictCode + "; a late save: " + finishedCode);

    // 7. A retake during the cooldown is refused; the standing says when it may start.
    clock.advance(Duration.ofMinutes(9));
    String cooldownCode = refused(() -> lifecycle.start("att-0002", candidate, 9_114L, EXTRA_TIME, null, attemptsOf(db, candidate)));
    Instant nextStartAt = standing(compiled, attemptsOf(db, candidate)).nextStartAt();
    out.println("7. retake at " + clock.instant() + ": " + cooldownCode + ", next start at " + nextStartAt);

    // 8. After the cooldown, the retake starts; the phone takes the form offline.
    clock.set(nextStartAt.plus(Duration.ofMinutes(10)));
    Attempt retake = lifecycle.start("att-0002", candidate, 9_114L, EXTRA_TIME, null, attemptsOf(db, candidate));
    store(db, retake);
    String formOnPhone = DOCS.writeJsonLine(retake.form());
    List<Response> retakeAnswers = firstOptionAnswers(compiled, retake.form());
    out.println("8. started " + retake.attemptId() + " at " + retake.startedAt() + ", deadline " + retake.deadline());

    // 9. One answer saved in time, one within the grace period after the deadline: both count.
    //    Expiring during the grace period is refused.
    clock.advance(Duration.ofMinutes(10));
    store(db, lifecycle.save(load(db, "att-0002"), retakeAnswers.get(0)));
    clock.set(retake.deadline().plus(Duration.ofSeconds(30)));
    store(db, lifecycle.save(load(db, "att-0002"), retakeAnswers.get(1)));
    Duration leftInGrace = lifecycle.timeLeft(load(db, "att-0002")).orElseThrow();
    String notExpiredCode = refused(() -> lifecycle.expire(load(db, "att-0002")));
    out.println("9. saved 2 answers, the second 30 s after the deadline; time left " + countdown(leftInGrace) + "; expire: "
        + notExpiredCode);

    // 10. The phone comes back after the grace period with the form it showed and one more answer.
    //     Check the form first: it must be the one the seed delivers.
    clock.set(retake.deadline().plus(GRACE).plus(Duration.ofMinutes(1)));
    Attempt stored = load(db, "att-0002");
    lifecycle.verifyOfflineForm(stored.seed(), readForm(formOnPhone));
    Form tampered = new Form(stored.form().assessmentId(), stored.form().assessmentVersion(), stored.seed(),
        reversed(stored.form().items()));
    String formMismatchCode = refused(() -> lifecycle.verifyOfflineForm(stored.seed(), tampered));
    Attempt late = lifecycle.save(stored, retakeAnswers.get(2)); // kept, not counted
    Attempt expired = lifecycle.expire(late);
    store(db, expired);
    out.println("10. offline form checked (a reordered one: " + formMismatchCode + "); " + expired.status().jsonName()
        + ", not counted: " + expired.report().notCounted());

    // 11. The policy allows two attempts: a third is refused. The standing decides the certificate.
    clock.advance(Duration.ofDays(1));
    String limitCode = refused(() -> lifecycle.start("att-0003", candidate, 4_242L, EXTRA_TIME, null, attemptsOf(db, candidate)));
    Standing standing = standing(compiled, attemptsOf(db, candidate));
    out.printf(Locale.ROOT, "11. third attempt: %s; standing (%s): %d used, %d left, grade %.1f%% from %s, certificate due: %s%n",
        limitCode, standing.grading().jsonName(), standing.attemptsUsed(), standing.attemptsLeft(), standing.grade(),
        standing.countedAttempt(), standing.certificateDue());

    return new Outcome(leftAtStart, phoneWouldShow, leftAfterTenMinutes, reloadedEqual, submitted, resubmitted, conflictCode,
        finishedCode, cooldownCode, nextStartAt, formMismatchCode, leftInGrace, notExpiredCode, expired, limitCode, standing,
        Map.copyOf(db));
  }

  /** How a portal builds its lifecycle in production: the system clock, in UTC. */
  static AttemptLifecycle productionLifecycle(CompiledAssessment compiled) {
    return AttemptLifecycle.of(compiled, Clock.systemUTC()).withGrace(GRACE);
  }

  /** Compiles the bundled sample assessment with a retake policy on the residents' framework. */
  static CompiledAssessment compileSample(AttemptPolicy retakes) {
    Assessment sample;
    try (InputStream in = PortalLifecycle.class.getResourceAsStream(Quickstart.SAMPLES + "sample-assessment.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing the sample assessment");
      }
      sample = DOCS.readAssessment(in, "sample-assessment.yaml", DocumentFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Another policy is another assessment version: a portal tells versions apart.
    Assessment withRetakes = new Assessment(sample.id(), sample.version() + "-retakes", sample.title(),
        sample.description().orElse(null), sample.framework(), sample.languages(), sample.defaultLanguage(),
        sample.timeLimit().orElse(null), sample.items(), sample.sections(), sample.levelRule(), sample.certification(), retakes,
        null);
    return CompiledAssessment.compile(withRetakes, Catalogue.builtIn().framework(sample.framework()).orElseThrow());
  }

  /** Returns the candidate's standing by the assessment's retake policy and grading method. */
  static Standing standing(CompiledAssessment compiled, List<Attempt> attempts) {
    return Standing.of(compiled.assessment().attempts(), attempts, compiled.assessment().certification());
  }

  // ---------------------------------------------------------------- the portal's storage

  /** Stores an attempt's JSON under its id: the whole value, every time. */
  static void store(Map<String, String> db, Attempt attempt) {
    db.put(attempt.attemptId(), DOCS.writeJsonLine(attempt));
  }

  /** Reads an attempt back from its stored JSON. */
  static Attempt load(Map<String, String> db, String attemptId) {
    String json = db.get(attemptId);
    if (json == null) {
      throw new IllegalArgumentException("no attempt [" + attemptId + "]");
    }
    return readAttempt(json);
  }

  /** Reads an attempt from JSON (as {@code Documents} wrote it), strictly. */
  static Attempt readAttempt(String json) {
    return DOCS.readValue(json, Attempt.class, "stored attempt");
  }

  /** Reads a form from JSON, as a phone sends back the form it showed offline, strictly. */
  static Form readForm(String json) {
    return DOCS.readValue(json, Form.class, "offline form");
  }

  /** Returns every stored attempt of the candidate (a real portal queries by an indexed column). */
  static List<Attempt> attemptsOf(Map<String, String> db, String candidate) {
    List<Attempt> out = new ArrayList<>();
    for (String json : db.values()) {
      Attempt a = readAttempt(json);
      if (a.candidate().equals(candidate)) {
        out.add(a);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- the phone's answers

  /**
   * Answers every single-choice item of the form with the option shown first, as a hurried
   * resident might. The item's kind comes from the assessment; the option order from the form.
   */
  static List<Response> firstOptionAnswers(CompiledAssessment compiled, Form form) {
    List<Response> answers = new ArrayList<>();
    for (FormItem fi : form.items()) {
      Item item = compiled.assessment().item(fi.item()).orElseThrow();
      if (item instanceof Item.SingleChoice) {
        answers.add(new Response.SingleChoice(fi.item(), fi.optionOrder().get(0)));
      }
    }
    return answers;
  }

  /** Returns the same item answered with the option shown second. */
  static Response otherOption(Form form, Response answer) {
    return new Response.SingleChoice(answer.item(), form.item(answer.item()).orElseThrow().optionOrder().get(1));
  }

  private static List<FormItem> reversed(List<FormItem> items) {
    List<FormItem> r = new ArrayList<>(items);
    java.util.Collections.reverse(r);
    return r;
  }

  /** Runs a step that must be refused and returns the refusal's stable code. */
  private static String refused(Runnable step) {
    try {
      step.run();
    } catch (DigiskillException e) {
      return e.code();
    }
    throw new IllegalStateException("expected the step to be refused");
  }

  /** Formats a duration as a countdown, {@code 45:00}. */
  static String countdown(Duration d) {
    return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
  }

  /**
   * A clock that moves only when told to, standing in for {@link Clock#systemUTC()}: the library
   * reads the time only from the clock it is given. Thread-safe.
   */
  static final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    ManualClock(Instant start) {
      this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    /** Moves the clock forward. */
    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }

    /** Sets the clock to an instant. */
    void set(Instant t) {
      now.set(t);
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new ManualClock(now, other);
    }
  }
}
