package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Writing a matrix as CSV and reading it back gives the same matrix. */
class ResponseMatrixCsvProperties {
  @Test
  void read_ofWrittenMatrix_isTheMatrix() {
    qt().withExamples(200).forAll(longs().all()).check(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      int items = 1 + random.nextInt(8);
      int persons = random.nextInt(30);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        ids.add("item-" + i);
      }
      StringBuilder csv = new StringBuilder(String.join(",", ids)).append('\n');
      int[][] rows = new int[persons][items];
      for (int v = 0; v < persons; v++) {
        for (int i = 0; i < items; i++) {
          rows[v][i] = random.nextInt(5) - 1;
          csv.append(i == 0 ? "" : ",").append(rows[v][i] == ResponseMatrix.MISSING ? "" : Integer.toString(rows[v][i]));
        }
        csv.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      ResponseMatrix m = ResponseMatrixCsv.read(new StringReader(csv.toString()), "p.csv");
      assertThat(m.itemIds()).isEqualTo(ids);
      int kept = 0;
      for (int v = 0; v < persons; v++) {
        boolean blank = items == 1 && rows[v][0] == ResponseMatrix.MISSING;
        if (!blank) {
          assertThat(m.row(kept++)).isEqualTo(rows[v]);
        }
      }
      return m.persons() == kept;
    });
  }
}
