package org.digiskill.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.digiskill.model.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

class FrameworkTreeTest {
  private static String run(String lang) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrameworkTree.print(Catalogue.builtIn(), lang, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void print_showsEveryFrameworkAsATree() {
    String out = run("en");
    assertThat(out).contains("[digcomp@2.2]", "[vn-tt02-2025@2025]", "[vn-residents-basic@1.0]");
    assertThat(out).contains("├─ 5 areas, 21 competences, 8 levels");
    assertThat(out).contains("2.6 Managing digital identity");
    assertThat(out).contains("│  ├─ 1 Level 1  (Foundation)", "│  └─ 8 Level 8  (Highly specialised)");
  }

  @Test
  void print_summarisesEveryCrosswalk() {
    String out = run("en");
    assertThat(out).contains("vn-residents-basic@1.0 → digcomp@2.2:");
    assertThat(out).contains("vn-tt02-2025@2025 → digcomp@2.2: 21 links (21 exact)");
    assertThat(out).contains("reaches 21 of 21 digcomp competences (100%)");
    assertThat(out).contains("vn-residents-basic competences with no link: none");
  }

  @Test
  void print_inVietnameseShowsDiacriticsAndEnglishBeside() {
    String out = run("vi");
    assertThat(out).contains("Khung kỹ năng số cơ bản cho người dân — Basic Digital Skills Framework for Residents");
  }
}
