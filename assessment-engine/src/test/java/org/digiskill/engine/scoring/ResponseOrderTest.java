package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.digiskill.engine.samples.Samples;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;

/**
 * Scoring matches responses to delivered items first by their place on the form (portals send
 * them in form order) and by id otherwise; both ways must give the same report and the same
 * refusals. The sample draws from a bank, so some of its items are not on a given form.
 */
class ResponseOrderTest {
  private static final Assessment SAMPLE = Samples.ASSESSMENT;
  private static final CompiledAssessment COMPILED = Samples.COMPILED;
  private static final Submission FULL = Samples.submissions().get(0); // every delivered item answered, in form order

  private static Submission with(List<Response> responses) {
    return new Submission(FULL.attemptId(), FULL.assessment(), FULL.candidate(), FULL.seed(), FULL.startedAt(), FULL.submittedAt(),
        FULL.context(), responses);
  }

  @Test
  void theSampleLine_isInFormOrder() {
    List<String> form = COMPILED.deliver(FULL.seed()).items().stream().map(i -> i.item()).toList();
    assertThat(FULL.responses()).extracting(Response::item).containsExactlyElementsOf(form);
  }

  @Test
  void formOrder_reversed_andWithGaps_scoreAlike() {
    ScoreReport inOrder = COMPILED.score(FULL);
    List<Response> reversed = new ArrayList<>(FULL.responses());
    Collections.reverse(reversed);
    assertThat(COMPILED.score(with(reversed))).isEqualTo(inOrder);

    List<Response> gaps = new ArrayList<>();
    for (int k = 0; k < FULL.responses().size(); k += 2) {
      gaps.add(FULL.responses().get(k));
    }
    List<Response> gapsReversed = new ArrayList<>(gaps);
    Collections.reverse(gapsReversed);
    ScoreReport withGaps = COMPILED.score(with(gaps));
    assertThat(COMPILED.score(with(gapsReversed))).isEqualTo(withGaps);
    assertThat(withGaps.items()).filteredOn(i -> i.status() == ItemStatus.UNANSWERED).hasSize(FULL.responses().size() / 2);
  }

  @Test
  void aResponseRepeatedRightAfterItself_isADuplicate() {
    List<Response> rs = new ArrayList<>(FULL.responses());
    rs.add(4, rs.get(3));
    assertThatThrownBy(() -> COMPILED.score(with(rs))).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.duplicate-response")
        .hasFieldOrPropertyWithValue("path", "/responses/4/item");
  }

  @Test
  void aBankItemNotOnTheForm_amongResponsesInFormOrder_isRefused() {
    Set<String> delivered = FULL.responses().stream().map(Response::item).collect(Collectors.toSet());
    Item notDelivered = SAMPLE.items().stream().filter(i -> !delivered.contains(i.id())).findFirst().orElseThrow();
    List<Response> rs = new ArrayList<>(FULL.responses());
    rs.add(5, new Response.TrueFalse(notDelivered.id(), true));
    assertThatThrownBy(() -> COMPILED.score(with(rs))).isInstanceOf(InvalidSubmissionException.class)
        .hasFieldOrPropertyWithValue("code", "submission.not-delivered")
        .hasFieldOrPropertyWithValue("path", "/responses/5/item");
  }
}
