package org.digiskill.engine.certification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The fixed texts of a printed certificate in one language, and how that language writes dates.
 *
 * @param lang the page's {@code lang} attribute
 * @param title the document's heading
 * @param awardedTo what precedes the resident's name
 * @param framework what precedes the framework's name
 * @param version what precedes the framework's version
 * @param resultsByArea the heading of the levels table
 * @param areaColumn the first column's heading
 * @param levelColumn the second column's heading
 * @param levelName the format of a level: its code then its title
 * @param areaRule how an area's level is derived, as a note under the table
 * @param scale what precedes the list of levels
 * @param issuedBy the issuer's label
 * @param assessedBy the assessing body's label
 * @param validFrom the label of the first day of validity
 * @param validUntil the label of the last day of validity
 * @param noExpiry what stands for a missing end of validity
 * @param credentialId the label of the credential's id
 * @param scanToVerify the QR caption when the code holds a link
 * @param scanCredential the QR caption when the code holds the credential itself
 * @param qrLabel the QR code's accessible name
 * @param footer the closing note
 * @param dates how dates are written
 */
public record HtmlLabels(
    String lang,
    String title,
    String awardedTo,
    String framework,
    String version,
    String resultsByArea,
    String areaColumn,
    String levelColumn,
    String levelName,
    String areaRule,
    String scale,
    String issuedBy,
    String assessedBy,
    String validFrom,
    String validUntil,
    String noExpiry,
    String credentialId,
    String scanToVerify,
    String scanCredential,
    String qrLabel,
    String footer,
    DateTimeFormatter dates) {

  /** Vietnamese. Dates as {@code 24/11/2026}. */
  public static final HtmlLabels VI = new HtmlLabels("vi",
      "Giấy chứng nhận",
      "Cấp cho",
      "Khung năng lực",
      "phiên bản",
      "Kết quả theo lĩnh vực năng lực",
      "Lĩnh vực / năng lực",
      "Mức đạt được",
      "Mức %s: %s",
      "Mức của mỗi lĩnh vực là mức thấp nhất đạt được trong các năng lực đã được đánh giá thuộc lĩnh vực đó.",
      "Thang mức",
      "Cấp bởi",
      "Đơn vị đánh giá",
      "Có hiệu lực từ",
      "Có giá trị đến",
      "Không thời hạn",
      "Mã chứng nhận",
      "Quét mã QR để kiểm tra giấy chứng nhận này.",
      "Mã QR chứa chứng nhận số có chữ ký; dùng ứng dụng kiểm tra chứng nhận số để xác minh.",
      "Mã QR kiểm tra giấy chứng nhận",
      "Đây là bản in của chứng nhận số theo chuẩn Open Badges 3.0. Bản in chỉ có giá trị khi nội dung khớp với"
          + " kết quả kiểm tra qua mã QR.",
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));

  /** English. Dates as {@code 24 November 2026}. */
  public static final HtmlLabels EN = new HtmlLabels("en",
      "Certificate",
      "Awarded to",
      "Framework",
      "version",
      "Results by competence area",
      "Area / competence",
      "Level attained",
      "Level %s: %s",
      "An area's level is the lowest level attained among its assessed competences.",
      "Levels",
      "Issued by",
      "Assessed by",
      "Valid from",
      "Valid until",
      "No expiry date",
      "Credential ID",
      "Scan the QR code to verify this certificate.",
      "The QR code holds the signed digital credential; check it with a digital credential verifier.",
      "QR code to verify the certificate",
      "This is a printed copy of an Open Badges 3.0 digital credential. It is valid only if it matches the result"
          + " of checking the QR code.",
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

  /** The languages, by tag. */
  public static final List<HtmlLabels> ALL = List.of(VI, EN);

  /** Returns the date in this language's style. */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** Returns a level as its code and title, such as {@code Mức 2: Tự làm được}. */
  public String level(String code, String title) {
    return String.format(Locale.ROOT, levelName, code, title);
  }
}
