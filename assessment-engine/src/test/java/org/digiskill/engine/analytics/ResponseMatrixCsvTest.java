package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseMatrixCsvTest {
  static ResponseMatrix fixture(String name) throws Exception {
    try (Reader r = new InputStreamReader(ResponseMatrixCsvTest.class.getResourceAsStream("/fixtures/calibrate/" + name), StandardCharsets.UTF_8)) {
      return ResponseMatrixCsv.read(r, name);
    }
  }

  private static ResponseMatrix read(String csv) {
    return ResponseMatrixCsv.read(new StringReader(csv), "r.csv");
  }

  @Test
  void read_headerRowsAndMissingCells() {
    ResponseMatrix m = read("\uFEFFa, b ,c\r\n1,0,\r\n\r\n0, 2 ,1\n");

    assertThat(m.itemIds()).containsExactly("a", "b", "c");
    assertThat(m.persons()).isEqualTo(2);
    assertThat(m.row(0)).containsExactly(1, 0, ResponseMatrix.MISSING);
    assertThat(m.row(1)).containsExactly(0, 2, 1);
  }

  @Test
  void read_lsatFixture_equalsExpandedPatterns() throws Exception {
    ResponseMatrix m = fixture("lsat6.csv");
    ResponseMatrix expected = Lsat.matrix(Lsat.SECTION6);

    assertThat(m.itemIds()).isEqualTo(Lsat.ITEMS);
    assertThat(m.persons()).isEqualTo(1000);
    for (int v = 0; v < 1000; v++) {
      assertThat(m.row(v)).isEqualTo(expected.row(v));
    }
  }

  @Test
  void read_nonIntegerCell_isLocated() {
    assertThatThrownBy(() -> fixture("malformed.csv"))
        .isInstanceOfSatisfying(CalibrationException.class, e -> assertThat(e.code()).isEqualTo("csv.malformed"))
        .hasMessage("malformed.csv:4:3: expected 0, 1, another category number or empty but was [x]");
  }

  @Test
  void read_raggedRow_isLocated() {
    assertThatThrownBy(() -> fixture("ragged.csv")).hasMessage("ragged.csv:3:4: expected 3 cells but was 2");
    assertThatThrownBy(() -> read("a,b\n1,0,1\n")).hasMessage("r.csv:2:5: expected 2 cells but was 3");
  }

  @Test
  void read_duplicateOrEmptyItemId_isLocated() {
    assertThatThrownBy(() -> read("a,b,a\n1,0,1\n")).hasMessage("r.csv:1:5: expected a unique item id but was [a], already in column 1");
    assertThatThrownBy(() -> read("a,,b\n")).hasMessage("r.csv:1:3: expected an item id but was []");
  }

  @Test
  void read_negativeOrDecimalCell_isLocated() {
    assertThatThrownBy(() -> read("a,b\n1,-1\n")).hasMessage("r.csv:2:3: expected 0, 1, another category number or empty but was [-1]");
    assertThatThrownBy(() -> read("a,b\n1.0,1\n")).hasMessage("r.csv:2:1: expected 0, 1, another category number or empty but was [1.0]");
  }

  @Test
  void read_emptyFile_needsAHeader() {
    assertThatThrownBy(() -> read("")).hasMessage("r.csv:1:1: expected a header of item ids but the file is empty");
  }

  @Test
  void of_rejectsDuplicateIdsAndRaggedRows() {
    assertThatThrownBy(() -> ResponseMatrix.of(List.of("a", "a"), new int[0][])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseMatrix.of(List.of("a"), new int[][] {{1, 0}})).isInstanceOf(IllegalArgumentException.class);
  }
}
