package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.digiskill.engine.certification.internal.QrImages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders printed certificates in headless Chromium and reads them back as a person (or phone)
 * would: the QR code from a screenshot, the text from the rendered DOM, the page count from the
 * printed PDF. Skipped when {@code /usr/bin/chromium} is missing, unless {@code
 * DIGISKILL_REQUIRE_CHROMIUM=1} (as in CI), when it fails instead. Screenshots are kept under
 * {@code target/printable-certificate/} for a look.
 */
class PrintableCertificateChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 60;
  private static final Path KEEP = Path.of("target/printable-certificate");
  private static final String NAME = "Nguyễn Thị Hồng Nhung";

  @TempDir Path dir;

  /** A Vietnamese issuer and assessing body, so that the Vietnamese page is Vietnamese throughout. */
  private static final CredentialIssuer VI_CREDENTIALS = new CredentialIssuer(
      CredentialIssuerProfile.of("https://certs.example.gov.vn/issuers/dl-center", "Trung tâm Kỹ năng số Ví Dụ"),
      CredentialIssuerProfile.of("did:web:commune.example.gov.vn:cdt-team", "Tổ công nghệ số cộng đồng xã Hòa Bình"),
      "https://certs.example.gov.vn/achievements", "https://certs.example.gov.vn/competences/", "vi");

  /** A credential with a level in each of the framework's 21 competences: the longest page. */
  private final Map<String, Object> full = VI_CREDENTIALS.build(PrintableCertificateTest.everyCompetence(
      CredentialIssuerFixtures.passing(), false), MINI, FRAMEWORK, Recipient.of(PrintableCertificateTest.SUBJECT),
      PrintableCertificateTest.CRED_ID, ISSUED);

  @BeforeAll
  static void needsChromium() {
    requireTool(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed");
  }

  private static void requireTool(boolean present, String why) {
    if (!present) {
      if ("1".equals(System.getenv("DIGISKILL_REQUIRE_CHROMIUM"))) {
        fail(why + ", and DIGISKILL_REQUIRE_CHROMIUM=1 asks for the browser tests");
      }
      Assumptions.abort(why + "; set DIGISKILL_REQUIRE_CHROMIUM=1 to make this a failure");
    }
  }

  @Test
  void theQrCodeInAScreenshotOfTheVietnamesePageDecodesToTheLink() throws Exception {
    String html = PrintableCertificate.html(full, FRAMEWORK, "vi", NAME, PrintableCertificateTest.VERIFY);
    BufferedImage shot = screenshot(html, "vi");
    assertThat(shot.getWidth()).isEqualTo(1240);
    assertThat(QrImages.decode(shot)).isEqualTo(PrintableCertificateTest.VERIFY);
  }

  @Test
  void theQrCodeInAScreenshotOfTheEnglishPageDecodesToTheLink() throws Exception {
    Map<String, Object> vc = CREDENTIALS.build(CredentialIssuerFixtures.passing(), MINI, FRAMEWORK,
        Recipient.of(PrintableCertificateTest.SUBJECT), PrintableCertificateTest.CRED_ID, ISSUED);
    String html = PrintableCertificate.html(vc, FRAMEWORK, "en", null, PrintableCertificateTest.VERIFY);
    assertThat(QrImages.decode(screenshot(html, "en"))).isEqualTo(PrintableCertificateTest.VERIFY);
  }

  @Test
  void vietnameseTextSurvivesRenderingInNfc() throws Exception {
    String html = PrintableCertificate.html(full, FRAMEWORK, "vi", NAME, PrintableCertificateTest.VERIFY);
    Path file = write(html, "dom.html");
    String dom = new String(run("dump-dom", "--dump-dom", file.toUri().toString()), StandardCharsets.UTF_8);
    assertThat(Normalizer.isNormalized(dom, Normalizer.Form.NFC)).isTrue();
    assertThat(dom).contains("Giấy chứng nhận", "Cấp bởi", "Có giá trị đến", "Kết quả theo lĩnh vực năng lực", NAME,
        "Trung tâm Kỹ năng số Ví Dụ", "Tổ công nghệ số cộng đồng xã Hòa Bình", (String) full.get("name"),
        FRAMEWORK.area("1").orElseThrow().title().exact("vi").orElseThrow(), "24/11/2026");
  }

  @Test
  void theFontStackResolvesToAnInstalledFontWithVietnameseGlyphs() throws Exception {
    String html = PrintableCertificate.html(full, FRAMEWORK, "vi", null, PrintableCertificateTest.VERIFY);
    Matcher m = Pattern.compile("font-family: ([^;]+);").matcher(html);
    assertThat(m.find()).isTrue();
    List<String> stack = Arrays.stream(m.group(1).split(",")).map(f -> f.strip().replace("\"", "")).toList();
    Path fcList = Path.of("/usr/bin/fc-list");
    requireTool(Files.isExecutable(fcList), fcList + " (fontconfig) is not installed");
    List<String> installed = families(command(fcList.toString(), ":", "family"));
    List<String> vietnamese = families(command(fcList.toString(), ":lang=vi", "family"));
    assertThat(vietnamese).as("fonts with Vietnamese glyphs").isNotEmpty();
    String first = stack.stream().filter(installed::contains).findFirst()
        .orElseThrow(() -> new AssertionError("no font of " + stack + " is installed; installed: " + installed));
    assertThat(vietnamese).as("the first installed font of " + stack).contains(first);
  }

  @Test
  void aPageWithEveryCompetencePrintsOnOneA4Sheet() throws Exception {
    String html = PrintableCertificate.html(full, FRAMEWORK, "vi", NAME, PrintableCertificateTest.VERIFY);
    Path file = write(html, "print.html");
    Path pdf = dir.resolve("print.pdf");
    run("pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, file.toUri().toString());
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher page = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
    int pages = 0;
    while (page.find()) {
      pages++;
    }
    assertThat(pages).as("pages").isEqualTo(1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(text);
    assertThat(box.find()).isTrue();
    // A4 is 595 × 842 points.
    assertThat(Double.parseDouble(box.group(1))).isBetween(594.0, 596.0);
    assertThat(Double.parseDouble(box.group(2))).isBetween(841.0, 843.0);
    Files.createDirectories(KEEP);
    Files.copy(pdf, KEEP.resolve("certificate-vi.pdf"), StandardCopyOption.REPLACE_EXISTING);
  }

  private BufferedImage screenshot(String html, String name) throws Exception {
    Path file = write(html, name + ".html");
    Path png = dir.resolve(name + ".png");
    run(name, "--hide-scrollbars", "--window-size=1240,1754", "--screenshot=" + png, file.toUri().toString());
    assertThat(png).isNotEmptyFile();
    Files.createDirectories(KEEP);
    Files.copy(png, KEEP.resolve("certificate-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(KEEP.resolve("certificate-" + name + ".html"), html, StandardCharsets.UTF_8);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).isNotNull();
    return img;
  }

  private Path write(String html, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs headless Chromium with a fresh profile and returns what it wrote to standard output. */
  private byte[] run(String label, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile-")));
    command.addAll(List.of(args));
    return exec(command, label);
  }

  private byte[] command(String... command) throws Exception {
    return exec(List.of(command), Path.of(command[0]).getFileName().toString());
  }

  private byte[] exec(List<String> command, String label) throws Exception {
    Path out = dir.resolve(label + ".out");
    Path err = dir.resolve(label + ".err");
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s and was killed: " + command);
    }
    if (p.exitValue() != 0) {
      fail(command + " exited with " + p.exitValue() + ":\n" + tail(err));
    }
    return Files.readAllBytes(out);
  }

  private static String tail(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  private static List<String> families(byte[] fcListOutput) {
    List<String> families = new ArrayList<>();
    for (String line : new String(fcListOutput, StandardCharsets.UTF_8).split("\n")) {
      for (String family : line.split(",")) {
        if (!family.isBlank()) {
          families.add(family.strip());
        }
      }
    }
    return families;
  }
}
