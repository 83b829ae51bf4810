package org.digiskill.engine.certification.internal;

import static org.digiskill.engine.certification.internal.HtmlText.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a printed certificate as one self-contained HTML5 page: inline CSS for an A4 sheet, the
 * QR code as inline SVG, no scripts and nothing fetched. Every text is escaped here.
 *
 * @param labels the language
 * @param achievement the achievement's name
 * @param displayName the resident's name, or null to say nothing about it
 * @param framework the framework's localized title
 * @param frameworkVersion the framework's version
 * @param areas the areas with a level, in framework order
 * @param showCompetences whether to list each competence under its area
 * @param scale the levels of the scale, lowest first
 * @param issuer the issuer's name
 * @param source the assessing body's name, or null
 * @param validFrom the first day of validity
 * @param validUntil the last day of validity, or null
 * @param credentialId the credential's id
 * @param qr the QR code
 * @param qrContent what the QR code holds
 */
public record HtmlCertificatePage(
    HtmlLabels labels,
    String achievement,
    String displayName,
    String framework,
    String frameworkVersion,
    List<Area> areas,
    boolean showCompetences,
    List<Level> scale,
    String issuer,
    String source,
    LocalDate validFrom,
    LocalDate validUntil,
    String credentialId,
    QrCode qr,
    String qrContent) {

  /** A level of the scale. */
  public record Level(String code, String title) {}

  /** An area with its derived level and its assessed competences, in framework order. */
  public record Area(String code, String title, Level level, List<Competence> competences) {}

  /** An assessed competence and the level attained. */
  public record Competence(String code, String title, Level level) {}

  /** The QR code's printed side: at least 40 mm, half a millimetre a module, at most 90 mm. */
  public double qrMillimetres() {
    int modules = qr.matrix().getWidth();
    return Math.min(90, Math.max(40, modules * 0.5));
  }

  /** Returns the page. */
  public String render() {
    HtmlLabels l = labels;
    String qrSize = String.format(Locale.ROOT, "%.1fmm", qrMillimetres());
    StringBuilder h = new StringBuilder(16_384 + qr.matrix().getWidth() * qr.matrix().getWidth());
    h.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(l.title() + " – " + achievement)).append("</title>\n")
        .append("<style>\n").append(css(qrSize)).append("</style>\n</head>\n<body>\n")
        .append("<main class=\"sheet\">\n<div class=\"frame\">\n")
        .append("<header>\n<h1>").append(escape(l.title())).append("</h1>\n")
        .append("<p class=\"achievement\">").append(escape(achievement)).append("</p>\n");
    if (displayName != null) {
      h.append("<p class=\"recipient\"><span class=\"label\">").append(escape(l.awardedTo()))
          .append("</span><br><span class=\"name\">").append(escape(displayName)).append("</span></p>\n");
    }
    h.append("<p class=\"framework\">").append(escape(l.framework())).append(": ").append(escape(framework))
        .append(", ").append(escape(l.version())).append(' ').append(escape(frameworkVersion)).append("</p>\n")
        .append("</header>\n");

    if (!areas.isEmpty()) {
      h.append("<section class=\"results\">\n<h2>").append(escape(l.resultsByArea())).append("</h2>\n")
          .append("<table class=\"levels\">\n<thead><tr><th scope=\"col\">").append(escape(l.areaColumn()))
          .append("</th><th scope=\"col\">").append(escape(l.levelColumn())).append("</th></tr></thead>\n");
      for (Area a : areas) {
        h.append("<tbody>\n<tr class=\"area\" data-area=\"").append(escape(a.code())).append("\" data-level=\"")
            .append(escape(a.level().code())).append("\"><th scope=\"rowgroup\">").append(escape(a.code()))
            .append(". ").append(escape(a.title())).append("</th><td>").append(level(a.level())).append("</td></tr>\n");
        if (showCompetences) {
          for (Competence c : a.competences()) {
            h.append("<tr class=\"competence\" data-competence=\"").append(escape(c.code())).append("\" data-level=\"")
                .append(escape(c.level().code())).append("\"><td>").append(escape(c.code())).append(' ')
                .append(escape(c.title())).append("</td><td>").append(level(c.level())).append("</td></tr>\n");
          }
        }
        h.append("</tbody>\n");
      }
      h.append("</table>\n<p class=\"note\">").append(escape(l.areaRule())).append("<br>")
          .append(escape(l.scale())).append(": ");
      for (int i = 0; i < scale.size(); i++) {
        h.append(i == 0 ? "" : "; ").append(escape(scale.get(i).code())).append(" – ")
            .append(escape(scale.get(i).title()));
      }
      h.append(".</p>\n</section>\n");
    }

    h.append("<footer>\n<div class=\"facts\">\n<dl>\n");
    fact(h, l.issuedBy(), escape(issuer));
    if (source != null) {
      fact(h, l.assessedBy(), escape(source));
    }
    fact(h, l.validFrom(), "<time datetime=\"" + validFrom + "\">" + escape(l.date(validFrom)) + "</time>");
    fact(h, l.validUntil(), validUntil == null ? escape(l.noExpiry())
        : "<time datetime=\"" + validUntil + "\">" + escape(l.date(validUntil)) + "</time>");
    fact(h, l.credentialId(), "<span class=\"mono\">" + escape(credentialId) + "</span>");
    h.append("</dl>\n<p class=\"note\">").append(escape(l.footer())).append("</p>\n</div>\n")
        .append("<figure class=\"qr\">\n<figcaption>");
    if (isLink(qrContent)) {
      h.append(escape(l.scanToVerify())).append("<br><span class=\"mono\">").append(escape(qrContent))
          .append("</span>");
    } else {
      h.append(escape(l.scanCredential()));
    }
    h.append("</figcaption>\n").append(qr.svg("qr-code", escape(l.qrLabel()))).append('\n')
        .append("</figure>\n</footer>\n</div>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private String level(Level level) {
    return escape(labels.level(level.code(), level.title()));
  }

  private static void fact(StringBuilder h, String label, String valueHtml) {
    h.append("<div><dt>").append(escape(label)).append("</dt><dd>").append(valueHtml).append("</dd></div>\n");
  }

  private static boolean isLink(String content) {
    return (content.startsWith("https://") || content.startsWith("http://")) && content.length() <= 200;
  }

  private static String css(String qrSize) {
    return """
        @page { size: A4; margin: 10mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #fff; color: #1b1b1b;
          font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif;
          font-size: 9pt; line-height: 1.3; }
        .sheet { display: block; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 10mm; }
        .frame { display: flex; flex-direction: column; min-height: 277mm; padding: 7mm 10mm;
          border: 1.6mm double #1f3a68; }
        header { text-align: center; }
        h1 { margin: 0 0 1mm; font-size: 21pt; letter-spacing: .06em; text-transform: uppercase; color: #1f3a68; }
        .achievement { margin: 0 0 2.5mm; font-size: 13.5pt; font-weight: bold; }
        .recipient { margin: 0 0 2.5mm; }
        .recipient .label { font-size: 9pt; color: #444; }
        .recipient .name { font-size: 16pt; font-weight: bold; }
        .framework { margin: 0 0 3mm; font-size: 8.5pt; color: #444; }
        h2 { margin: 0 0 1mm; font-size: 11pt; color: #1f3a68; }
        table.levels { width: 100%; border-collapse: collapse; }
        table.levels th, table.levels td { padding: .7mm 2mm; text-align: left; vertical-align: top;
          border-bottom: .25mm solid #c9d1e0; }
        table.levels thead th { font-size: 8.5pt; font-weight: normal; color: #444; border-bottom: .5mm solid #1f3a68; }
        table.levels td:last-child { white-space: nowrap; }
        tr.area th, tr.area td { background: #eef2f8; font-weight: bold; }
        tr.competence td { padding-top: .2mm; padding-bottom: .2mm; font-size: 8pt; line-height: 1.2; }
        tr.competence td:first-child { padding-left: 6mm; }
        tbody { break-inside: avoid; }
        .note { margin: 1.5mm 0 0; font-size: 7.5pt; color: #444; }
        footer { display: flex; gap: 6mm; align-items: flex-end; margin-top: auto; padding-top: 4mm;
          break-inside: avoid; }
        .facts { flex: 1; }
        dl { margin: 0; }
        dl div { display: flex; gap: 2mm; padding: .4mm 0; }
        dt { flex: none; width: 27mm; color: #444; }
        dd { margin: 0; font-weight: bold; }
        .mono { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 7.5pt; font-weight: normal;
          word-break: break-all; }
        figure.qr { flex: none; display: flex; gap: 3mm; align-items: flex-end; margin: 0; }
        figcaption { width: 34mm; font-size: 8pt; text-align: right; }
        """
        + "figure.qr svg { display: block; width: " + qrSize + "; height: " + qrSize + "; }\n"
        + """
        @media print {
          .sheet { width: auto; min-height: 0; padding: 0; }
          .frame { min-height: 276mm; }
        }
        """;
  }
}
