package org.digiskill.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;

class AssessmentReadTest {
  private static final Path MINI = Path.of("src/test/resources/fixtures/valid/mini-assessment.yaml");
  private final Documents docs = Documents.standard();

  @Test
  void read_everyItemKind_andRoundTrip() {
    Assessment a = docs.readAssessment(MINI);
    assertThat(a.items()).hasSize(10);
    assertThat(a.items().stream().map(Item::getClass).distinct()).hasSize(Item.class.getPermittedSubclasses().length);
    for (DocumentFormat f : DocumentFormat.values()) {
      String text = docs.write(a, f);
      assertThat(docs.readAssessment(text, "again", f)).as(text).isEqualTo(a);
    }
  }

  @Test
  void readSubmission_everyResponseKind_andRoundTrip() throws Exception {
    String line = java.nio.file.Files.readString(Path.of("src/test/resources/fixtures/valid/mini-submission.json")).strip();
    Submission s = docs.readSubmission(line, "s.jsonl", 1);
    assertThat(s.responses().stream().map(Response::getClass).distinct()).hasSize(Response.class.getPermittedSubclasses().length);
    assertThat(docs.readSubmission(docs.writeJsonLine(s), "again", 1)).isEqualTo(s);
  }
}
