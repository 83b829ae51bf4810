package org.digiskill.engine.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a response matrix from CSV: a header of item ids, then one row per person with a category
 * number ({@code 0}, {@code 1}, ...) or an empty cell (not presented) per item. Cells are trimmed;
 * blank lines are skipped; no quoting. Stateless and thread-safe.
 */
public final class ResponseMatrixCsv {
  private ResponseMatrixCsv() {}

  /**
   * Reads the whole CSV.
   *
   * @param source the name used in messages, such as the file name
   * @throws CalibrationException with code {@code csv.malformed} and a message {@code
   *     source:line:column: expected ... but was [...]}
   * @throws UncheckedIOException if the reader fails
   */
  public static ResponseMatrix read(Reader reader, String source) {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    try {
      List<String> ids = null;
      List<int[]> rows = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        List<int[]> spans = split(line);
        if (ids == null) {
          ids = header(line, spans, source, lineNo);
        } else {
          rows.add(row(line, spans, ids.size(), source, lineNo));
        }
      }
      if (ids == null) {
        throw malformed(source, Math.max(lineNo, 1), 1, "expected a header of item ids but the file is empty");
      }
      return ResponseMatrix.of(ids, rows.toArray(new int[0][]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> header(String line, List<int[]> spans, String source, int lineNo) {
    List<String> ids = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int[] s : spans) {
      String id = line.substring(s[0], s[1]).trim();
      int col = s[0] + 1;
      if (id.isEmpty()) {
        throw malformed(source, lineNo, col, "expected an item id but was []");
      }
      Integer first = seen.putIfAbsent(id, col);
      if (first != null) {
        throw malformed(source, lineNo, col, "expected a unique item id but was [" + id + "], already in column " + first);
      }
      ids.add(id);
    }
    return ids;
  }

  private static int[] row(String line, List<int[]> spans, int items, String source, int lineNo) {
    if (spans.size() != items) {
      int col = spans.size() > items ? spans.get(items)[0] + 1 : line.length() + 1;
      throw malformed(source, lineNo, col, "expected " + items + " cells but was " + spans.size());
    }
    int[] r = new int[items];
    for (int i = 0; i < items; i++) {
      int[] s = spans.get(i);
      String cell = line.substring(s[0], s[1]).trim();
      if (cell.isEmpty()) {
        r[i] = ResponseMatrix.MISSING;
        continue;
      }
      int value = -1;
      if (cell.length() <= 4 && cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
        value = Integer.parseInt(cell);
      }
      if (value < 0) {
        throw malformed(source, lineNo, s[0] + 1, "expected 0, 1, another category number or empty but was [" + cell + "]");
      }
      r[i] = value;
    }
    return r;
  }

  /** Returns [start, end) of each comma-separated cell. */
  private static List<int[]> split(String line) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == ',') {
        spans.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return spans;
  }

  private static CalibrationException malformed(String source, int line, int col, String message) {
    return new CalibrationException("csv.malformed", source + ":" + line + ":" + col + ": " + message);
  }
}
