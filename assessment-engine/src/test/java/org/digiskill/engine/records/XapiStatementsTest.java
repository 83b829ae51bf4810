package org.digiskill.engine.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.scoring.Fixtures.COMPILED;
import static org.digiskill.engine.scoring.Fixtures.MINI;
import static org.digiskill.engine.scoring.Fixtures.allCorrect;
import static org.digiskill.engine.scoring.Fixtures.allWrong;
import static org.digiskill.engine.scoring.Fixtures.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;

class XapiStatementsTest {
  private static final XapiContext XAPI =
      XapiContext.of("https://portal.example.vn", "https://portal.example.vn/xapi/activities/", "digiskill-portal")
          .withRegistration(UUID.fromString("6f1c2b1e-0000-4000-8000-000000000001"));

  private static List<XapiStatement> statements(Submission s) {
    ScoreReport report = COMPILED.score(s);
    return XapiStatements.of(report, MINI, s, XAPI);
  }

  private static Map<String, XapiStatement> answeredByItem(List<XapiStatement> all) {
    return all.subList(1, all.size()).stream()
        .collect(Collectors.toMap(st -> st.object().id().substring(st.object().id().lastIndexOf('/') + 1),
            Function.identity()));
  }

  @Test
  void resultStatementOfAPassedAttempt() {
    Submission s = submission(7, allCorrect());
    ScoreReport report = COMPILED.score(s);
    XapiStatement r = XapiStatements.of(report, MINI, s, XAPI).get(0);

    assertThat(report.passed()).isTrue();
    assertThat(r.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
    assertThat(r.object().id()).isEqualTo("https://portal.example.vn/xapi/activities/assessments/mini-safety/1.0");
    assertThat(r.result().score().scaled()).isBetween(0.0, 1.0).isEqualTo(Math.round(report.percent() * 100) / 10000.0);
    assertThat(r.result().score().raw()).isEqualTo(report.points());
    assertThat(r.result().score().min()).isZero();
    assertThat(r.result().score().max()).isEqualTo(report.maxPoints());
    assertThat(r.result().success()).isTrue();
    assertThat(r.result().completion()).isTrue();
    assertThat(r.result().duration()).isEqualTo("PT20M").matches("^P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?$");
    assertThat(r.timestamp()).isEqualTo(s.submittedAt());
    assertThat(r.version()).as("xAPI 1.0.3 §2.4.10: a provider may only set 1.0.0").isEqualTo("1.0.0");
    assertThat(r.context().registration()).isEqualTo(XAPI.registration());
    assertThat(r.context().platform()).isEqualTo("digiskill-portal");
    assertThat(r.context().language()).isEqualTo("vi");
    assertThat(r.context().contextActivities().parent()).isEmpty();
    assertThat(r.context().contextActivities().other()).extracting(XapiStatement.Activity::id)
        .contains("https://portal.example.vn/xapi/activities/competences/vn-residents-basic/1.0/8.1");
    assertThat(r.context().extensions())
        .containsEntry("https://portal.example.vn/xapi/activities/extensions/attempt-id", "att-7")
        .containsEntry("https://portal.example.vn/xapi/activities/extensions/assessment-fingerprint", report.fingerprint());
  }

  @Test
  void resultStatementOfAFailedAttempt() {
    XapiStatement r = statements(submission(7, allWrong())).get(0);

    assertThat(r.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
    assertThat(r.result().success()).isFalse();
    assertThat(r.result().score().scaled()).isBetween(0.0, 1.0);
  }

  @Test
  void durationIsLeftOutWithoutAStartTime() {
    Submission s = submission(7, allCorrect());
    Submission noStart = new Submission(s.attemptId(), s.assessment(), s.candidate(), s.seed(), null, s.submittedAt(),
        s.context(), s.responses());
    assertThat(statements(noStart).get(0).result().duration()).isNull();
  }

  @Test
  void oneAnsweredStatementPerAnsweredItemAndNoneForUnanswered() {
    List<Response> rs = allCorrect();
    rs.removeIf(r -> r.item().equals("city") || r.item().equals("bill"));
    List<XapiStatement> all = statements(submission(7, rs));
    Map<String, XapiStatement> byItem = answeredByItem(all);

    assertThat(all.subList(1, all.size())).allSatisfy(st -> {
      assertThat(st.verb().id()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
      assertThat(st.object().definition().type()).isEqualTo("http://adlnet.gov/expapi/activities/cmi.interaction");
      assertThat(st.context().contextActivities().parent()).extracting(XapiStatement.Activity::id)
          .containsExactly("https://portal.example.vn/xapi/activities/assessments/mini-safety/1.0");
    });
    assertThat(byItem.keySet()).containsExactlyInAnyOrder("otp-call", "otp-share", "scam-signs", "steps", "icons",
        "confirm", "self-qr", "activate");
  }

  @Test
  void everyItemKindHasItsInteractionTypeAndCorrectPattern() {
    Map<String, XapiStatement> byItem = answeredByItem(statements(submission(7, allCorrect())));

    assertThat(byItem).hasSize(10);
    assertInteraction(byItem, "otp-call", "choice", List.of("b"), "b");
    assertInteraction(byItem, "otp-share", "true-false", List.of("false"), "false");
    assertInteraction(byItem, "scam-signs", "choice", List.of("a[,]b"), "a[,]b");
    assertInteraction(byItem, "city", "fill-in", List.of("Hà Nội"), "Hà Nội");
    assertInteraction(byItem, "bill", "numeric", List.of("352[:]353"), "352.5");
    assertInteraction(byItem, "steps", "sequencing", List.of("login[,]fill[,]submit"), "login[,]fill[,]submit");
    assertInteraction(byItem, "icons", "matching", List.of("i1[.]vneid[,]i2[.]call"), "i1[.]vneid[,]i2[.]call");
    assertInteraction(byItem, "confirm", "other", List.of(), "100,580");
    assertInteraction(byItem, "self-qr", "likert", List.of(), "alone");
    assertInteraction(byItem, "activate", "performance", List.of("open-app[.][,]enter-code[.][,]set-passcode[.]"),
        "open-app[.][,]enter-code[.]123456[,]set-passcode[.]");

    assertThat(byItem.get("otp-call").object().definition().choices()).extracting(XapiStatement.Component::id)
        .containsExactly("a", "b", "c");
    assertThat(byItem.get("steps").object().definition().choices()).extracting(XapiStatement.Component::id)
        .containsExactly("login", "fill", "submit");
    assertThat(byItem.get("icons").object().definition().source()).extracting(XapiStatement.Component::id)
        .containsExactly("i1", "i2");
    assertThat(byItem.get("icons").object().definition().target()).extracting(XapiStatement.Component::id)
        .containsExactly("vneid", "call");
    assertThat(byItem.get("self-qr").object().definition().scale()).extracting(XapiStatement.Component::id)
        .containsExactly("not-yet", "help", "alone");
    assertThat(byItem.get("activate").object().definition().steps()).extracting(XapiStatement.Component::id)
        .containsExactly("open-app", "enter-code", "set-passcode");
  }

  @Test
  void theFixtureCoversEveryItemKind() {
    Set<Class<?>> kinds = MINI.items().stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(Item.class.getPermittedSubclasses()));
  }

  @Test
  void itemResultsCarryScoreSuccessAndCompetences() {
    Map<String, XapiStatement> right = answeredByItem(statements(submission(7, allCorrect())));
    Map<String, XapiStatement> wrong = answeredByItem(statements(submission(7, allWrong())));

    XapiStatement otp = right.get("otp-call");
    assertThat(otp.result().success()).isTrue();
    assertThat(otp.result().score()).isEqualTo(new XapiStatement.Score(1.0, 2.0, 0.0, 2.0));
    assertThat(otp.context().contextActivities().other()).extracting(XapiStatement.Activity::id)
        .containsExactly("https://portal.example.vn/xapi/activities/competences/vn-residents-basic/1.0/8.1");
    assertThat(wrong.get("otp-call").result().success()).isFalse();
    assertThat(wrong.get("otp-call").result().response()).isEqualTo("c");
    assertThat(wrong.get("otp-call").result().score().scaled()).isZero();
    assertThat(right.get("self-qr").result().success()).isNull();
    assertThat(wrong.get("bill").result().response()).isEqualTo("100");
  }

  @Test
  void actorIsThePseudonymousAccount() {
    List<XapiStatement> all = statements(submission(7, allCorrect()));
    assertThat(all).allSatisfy(st -> {
      assertThat(st.actor().mbox()).isNull();
      assertThat(st.actor().account()).isEqualTo(new XapiStatement.Account("https://portal.example.vn", "cand-1"));
    });
  }

  @Test
  void anExplicitMboxReplacesTheAccount() {
    Submission s = submission(7, allCorrect());
    XapiContext withMbox = new XapiContext(XAPI.homePage(), XAPI.activityBase(), XAPI.platform(), null, "en",
        "resident@example.vn");
    XapiStatement st = XapiStatements.of(COMPILED.score(s), MINI, s, withMbox).get(0);

    assertThat(st.actor().mbox()).isEqualTo("mailto:resident@example.vn");
    assertThat(st.actor().account()).isNull();
    assertThat(st.context().language()).isEqualTo("en");
    assertThat(st.context().registration()).isNull();
  }

  @Test
  void anAgentNeedsExactlyOneIdentifier() {
    assertThatThrownBy(() -> new XapiStatement.Agent("Agent", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected exactly one of mbox and account but was [null] and [null]");
  }

  @Test
  void idsAreStableAcrossRunsAndDistinctAcrossStatements() {
    List<UUID> first = statements(submission(7, allCorrect())).stream().map(XapiStatement::id).toList();
    List<UUID> second = statements(submission(7, allCorrect())).stream().map(XapiStatement::id).toList();
    List<UUID> other = statements(submission(8, allCorrect())).stream().map(XapiStatement::id).toList();

    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotHaveDuplicates().hasSize(11);
    assertThat(first).doesNotContainAnyElementsOf(other);
    assertThat(first.get(0)).isEqualTo(UUID.nameUUIDFromBytes("att-7 ".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theReportMustBeOfTheSubmission() {
    Submission s = submission(7, allCorrect());
    ScoreReport other = COMPILED.score(submission(8, allCorrect()));
    assertThatThrownBy(() -> XapiStatements.of(other, MINI, s, XAPI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected the report of attempt [att-7] but was [att-8]");
  }

  @Test
  void jsonUsesXapiNamesAndCarriesOnlyThePseudonym() {
    List<XapiStatement> all = statements(submission(7, allCorrect()));
    String result = Documents.standard().writeJsonLine(all.get(0));
    String matching = Documents.standard().writeJsonLine(answeredByItem(all).get("icons"));

    assertThat(result).startsWith("{\"id\":\"" + all.get(0).id() + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":"
        + "{\"homePage\":\"https://portal.example.vn\",\"name\":\"cand-1\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"");
    assertThat(result).contains("\"contextActivities\":", "\"timestamp\":\"2026-11-24T09:20:00Z\"", "\"version\":\"1.0.0\"",
        "\"duration\":\"PT20M\"", "\"completion\":true");
    assertThat(matching).contains("\"interactionType\":\"matching\"",
        "\"correctResponsesPattern\":[\"i1[.]vneid[,]i2[.]call\"]", "\"source\":[", "\"target\":[",
        "\"parent\":[{\"objectType\":\"Activity\",\"id\":\"https://portal.example.vn/xapi/activities/assessments/mini-safety/1.0\"");
    for (String json : List.of(result, matching)) {
      assertThat(json).doesNotContain("mbox", "givenName", "familyName", "fullName", "nationalId", "\"candidate\"", "null");
      // "name" appears only as the account's pseudonym and as activity names (language maps).
      assertThat(json.split("\"name\":", -1)).hasSizeLessThanOrEqualTo(3);
      assertThat(json).contains("\"name\":\"cand-1\"");
    }
  }

  @Test
  void iriSegmentsArePercentEncoded() {
    assertThat(XapiStatements.segment("8.1")).isEqualTo("8.1");
    assertThat(XapiStatements.segment("a b/ạ")).isEqualTo("a%20b%2F%E1%BA%A1");
  }

  private static void assertInteraction(Map<String, XapiStatement> byItem, String item, String type, List<String> correct,
      String response) {
    XapiStatement st = byItem.get(item);
    assertThat(st).as(item).isNotNull();
    assertThat(st.object().definition().interactionType()).as(item).isEqualTo(type);
    assertThat(st.object().definition().correctResponsesPattern()).as(item).isEqualTo(correct);
    assertThat(st.result().response()).as(item).isEqualTo(response);
  }
}
