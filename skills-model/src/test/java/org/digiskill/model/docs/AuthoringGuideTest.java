package org.digiskill.model.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;

/** The example in the authors' guide must stay a valid framework. */
class AuthoringGuideTest {
  @Test
  void guideExample_isAValidFramework() throws Exception {
    String guide = Files.readString(Path.of("../docs/authoring-frameworks.md"));
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    assertThat(m.find()).as("a yaml block in the guide").isTrue();
    CompetencyFramework f = Documents.standard().readFramework(m.group(1), "authoring-frameworks.md", DocumentFormat.YAML);
    assertThat(Catalogue.builtIn().validator().validate(f).violations()).isEmpty();
    assertThat(f.competence("1.1")).isPresent();
  }
}
