package org.stpcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/** The HTTP API over a real socket on 127.0.0.1: every endpoint and status, and the attacks it must refuse. */
class WorkbenchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YAML = "Content-Type: application/yaml";

    @TempDir static Path root;
    static Path dir;
    static Path outside;
    static Workbench server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createDirectory(root.resolve("plans"));
        Files.copy(TestSupport.MINIMAL, dir.resolve("minimal.yaml"));
        Files.copy(TestSupport.EXAMPLE, dir.resolve("wessex-vale.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "format_version: 1\nplan: [\n");
        Files.writeString(dir.resolve("notes.txt"), "not a plan");
        outside = root.resolve("secret.yaml");
        Files.writeString(outside, "format_version: 1\n# outside the served folder\n");
        Files.createSymbolicLink(dir.resolve("escape.yaml"), outside);
        // a link that stays inside the folder is a plan like any other
        Path inner = Files.createDirectory(dir.resolve("drafts")).resolve("inner.yaml");
        Files.writeString(inner, Files.readString(TestSupport.MINIMAL).replace("wessex_vale_skeleton", "inner_draft"));
        Files.createSymbolicLink(dir.resolve("alias.yaml"), inner);
        server = Workbench.start(new PlanChecks(TestSupport.catalogue(), TestSupport.rules()), new PlanDir(dir), "127.0.0.1", 0);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Response get(String target, String... headers) throws IOException {
        return RawHttp.send(port, "GET", target, null, headers);
    }

    private static RawHttp.Response post(String target, byte[] body, String... headers) throws IOException {
        return RawHttp.send(port, "POST", target, body, headers);
    }

    private static RawHttp.Response put(String target, byte[] body, String... headers) throws IOException {
        return RawHttp.send(port, "PUT", target, body, headers);
    }

    private static JsonNode json(RawHttp.Response r) throws IOException {
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    /** A copy of a plan under a new name and its own plan id (a batch refuses a repeated id). */
    private static Path plan(String name, Path from) throws IOException {
        Path p = dir.resolve(name);
        String id = name.replace(".yaml", "").replace('-', '_');
        Files.writeString(p, Files.readString(from).replaceFirst("(?m)^(plan:\\n  id: )\\S+", "$1" + id));
        return p;
    }

    // ---- health and check ------------------------------------------------------------------------

    @Test
    void healthSaysReady() throws IOException {
        RawHttp.Response r = get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = json(r);
        assertThat(j.path("status").asText()).isEqualTo("ok");
        assertThat(j.path("requirements").asInt()).isEqualTo(TestSupport.catalogue().size());
    }

    @Test
    void checkReturnsTheSameJsonReportAsTheCommandLine() throws IOException {
        String file = TestSupport.EXAMPLE.toString();
        RawHttp.Response r = post("/api/check?file=" + file, Files.readAllBytes(TestSupport.EXAMPLE), YAML);
        assertThat(r.status()).isEqualTo(200);
        TestSupport.CliRun cli = TestSupport.cli("check", file, "--format", "json");
        // one checker behind both doors: byte for byte the document check --format json writes
        assertThat(r.text()).isEqualTo(cli.out());
        assertThat(r.header("Stpcheck-Exit-Code")).isEqualTo(String.valueOf(cli.code()));
    }

    @Test
    void checkHonoursFamilyRequirementAndFailOn() throws IOException {
        byte[] minimal = Files.readAllBytes(TestSupport.MINIMAL);
        JsonNode fam = json(post("/api/check?family=pg,ENG", minimal, YAML));
        assertThat(fam.at("/plans/0/results")).allSatisfy(res -> assertThat(res.path("family").asText()).isIn("PG", "ENG"));
        assertThat(fam.at("/selection/families").toString()).isEqualTo("[\"PG\",\"ENG\"]");
        RawHttp.Response one = post("/api/check?requirement=PG-10&fail_on=never", minimal, YAML);
        assertThat(json(one).at("/plans/0/results")).hasSize(1);
        assertThat(one.header("Stpcheck-Exit-Code")).isEqualTo("0");
        // PG-10 is unmet at severity error: fail_on=error counts it
        assertThat(post("/api/check?requirement=PG-10&fail_on=error", minimal, YAML).header("Stpcheck-Exit-Code")).isEqualTo("4");
        assertThat(post("/api/check?family=XX", minimal, YAML).status()).isEqualTo(400);
        assertThat(post("/api/check?requirement=PG-99", minimal, YAML).status()).isEqualTo(400);
        RawHttp.Response sometimes = post("/api/check?fail_on=sometimes", minimal, YAML);
        assertThat(sometimes.status()).isEqualTo(400);
        assertThat(json(sometimes).path("error").asText()).isEqualTo("fail_on=sometimes: expected error, warning, info or never");
        // the values --fail-on takes, read as it reads them: any case, space around
        assertThat(post("/api/check?requirement=PG-10&fail_on=ERROR", minimal, YAML).header("Stpcheck-Exit-Code")).isEqualTo("4");
        assertThat(post("/api/check?requirement=PG-10&fail_on=+Never+", minimal, YAML).header("Stpcheck-Exit-Code")).isEqualTo("0");
        assertThat(post("/api/check?requirement=PG-10&fail_on=%20warning%20", minimal, YAML).header("Stpcheck-Exit-Code")).isEqualTo("4");
        RawHttp.Response typo = post("/api/check?familly=PG", minimal, YAML);
        assertThat(typo.status()).isEqualTo(400);
        assertThat(json(typo).path("error").asText()).contains("familly");
    }

    @Test
    void aPlanThatDoesNotLoadIsStatusInvalidWithItsErrors() throws IOException {
        RawHttp.Response r = post("/api/check", "format_version: 1\nplan:\n  id: x\n  colour: red\n".getBytes(StandardCharsets.UTF_8), YAML);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Stpcheck-Exit-Code")).isEqualTo("2");
        JsonNode p = json(r).at("/plans/0");
        assertThat(p.path("status").asText()).isEqualTo("invalid");
        assertThat(p.path("results")).isEmpty();
        assertThat(p.path("errors")).isNotEmpty();
        assertThat(p.path("errors")).anySatisfy(e -> {
            assertThat(e.path("line").asInt()).isEqualTo(4);
            assertThat(e.path("message").asText()).startsWith("plan.yaml:4:");
        });
    }

    @Test
    void aBodyNotInUtf8GetsTheCommandLinesErrorWithItsLineAndColumn() throws IOException {
        JsonNode marked = json(post("/api/check", new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}, YAML)).at("/plans/0");
        assertThat(marked.path("status").asText()).isEqualTo("invalid");
        assertThat(marked.at("/errors/0/message").asText())
                .isEqualTo("plan.yaml:1:1: the file is UTF-16 (little-endian, with a byte order mark), not UTF-8; save it as UTF-8");
        // without a mark, UTF-16 is told by its zero bytes
        RawHttp.Response utf16 = post("/api/check", "format_version: 1\n".getBytes(StandardCharsets.UTF_16LE), YAML);
        assertThat(json(utf16).at("/plans/0/errors/0/message").asText())
                .isEqualTo("plan.yaml:1:1: the file is UTF-16 (little-endian), not UTF-8; save it as UTF-8");
        // a Latin-1 byte mid-file: its own line and column, and the byte named
        JsonNode stray = json(post("/api/check", "format_version: 1\nplan:\n  id: \"x\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1), YAML)).at("/plans/0");
        assertThat(stray.at("/errors/0/line").asInt()).isEqualTo(3);
        assertThat(stray.at("/errors/0/column").asInt()).isEqualTo(9);
        assertThat(stray.at("/errors/0/message").asText()).isEqualTo("plan.yaml:3:9: the file is not UTF-8: byte 0xE9 here is not valid UTF-8 "
                + "(was the file saved as Windows-1252 or Latin-1?); save it as UTF-8");
        // a U+FFFD written in the file is text like any other, not a sign of bad bytes
        JsonNode replacement = json(post("/api/check", "format_version: 1\nplan:\n  id: \"x\uFFFD\"\n".getBytes(StandardCharsets.UTF_8), YAML)).at("/plans/0");
        assertThat(replacement.path("errors").toString()).doesNotContain("not UTF-8").contains("required key is missing");
    }

    @Test
    void aBodyNotInUtf8IsReportedByteForByteAsTheCommandLineReportsTheFile() throws IOException {
        Path latin1 = root.resolve("latin1.yaml");
        Files.write(latin1, (Files.readString(TestSupport.MINIMAL) + "# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        String file = latin1.toString();
        RawHttp.Response r = post("/api/check?file=" + file, Files.readAllBytes(latin1), YAML);
        TestSupport.CliRun cli = TestSupport.cli("check", file, "--format", "json");
        assertThat(cli.out()).contains("byte 0xE9");
        assertThat(r.text()).isEqualTo(cli.out());
        assertThat(r.header("Stpcheck-Exit-Code")).isEqualTo(String.valueOf(cli.code())).isEqualTo("2");
    }

    @Test
    void otherContentTypesAre415() throws IOException {
        byte[] minimal = Files.readAllBytes(TestSupport.MINIMAL);
        for (String type : List.of("Content-Type: text/plain", "Content-Type: application/x-www-form-urlencoded",
                "Content-Type: multipart/form-data; boundary=x", "Content-Type: application/json", "Content-Type: application/yaml; charset=latin1", "")) {
            RawHttp.Response r = post("/api/check", minimal, type);
            assertThat(r.status()).as(type).isEqualTo(415);
            assertThat(json(r).path("error").asText()).contains("application/yaml");
        }
        assertThat(post("/api/check", minimal, "Content-Type: application/x-yaml").status()).isEqualTo(200);
        assertThat(post("/api/check", minimal, "Content-Type: application/yaml; charset=utf-8").status()).isEqualTo(200);
    }

    @Test
    void aBodyOfTheLimitPlusOneByteIs413AndTheLimitItselfIsRead() throws IOException {
        long limit = PlanChecks.maxBytes();
        // the whole body, limit + 1 bytes, announced by Content-Length
        byte[] over = comment((int) limit + 1);
        RawHttp.Response announced = post("/api/check", over, YAML);
        assertThat(announced.status()).isEqualTo(413);
        assertThat(json(announced).path("error").asText()).contains(String.valueOf(limit));
        // announced but never sent: refused from the header alone, so the body is never waited for
        RawHttp.Response unsent = RawHttp.exchange(port, ("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + YAML
                + "\r\nContent-Length: " + (limit + 1) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(unsent.status()).isEqualTo(413);
        // chunked, with no length to trust: the server stops reading at limit + 1
        RawHttp.Response chunked = RawHttp.exchange(port, ("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + YAML
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), chunk(over));
        assertThat(chunked.status()).isEqualTo(413);
        // exactly the limit is read and checked (an all-comment file: empty, so invalid)
        RawHttp.Response atLimit = post("/api/check", comment((int) limit), YAML);
        assertThat(atLimit.status()).isEqualTo(200);
        assertThat(json(atLimit).at("/plans/0/status").asText()).isEqualTo("invalid");
    }

    private static byte[] comment(int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'x');
        for (int i = 0; i < size; i += 100) b[i] = '#';
        for (int i = 99; i < size; i += 100) b[i] = '\n';
        return b;
    }

    private static byte[] chunk(byte[] body) {
        byte[] head = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        System.arraycopy(tail, 0, out, head.length + body.length, tail.length);
        return out;
    }

    // ---- the folder ------------------------------------------------------------------------------

    @Test
    void plansListsTheFolderCheckedAsOneBatch() throws IOException {
        RawHttp.Response r = get("/api/plans");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = json(r);
        List<String> names = new ArrayList<>();
        j.path("plans").forEach(p -> names.add(p.path("name").asText()));
        // links leaving the folder and non-plans are not listed; a link inside it is
        assertThat(names).contains("alias.yaml", "broken.yaml", "minimal.yaml", "wessex-vale.yaml")
                .doesNotContain("escape.yaml", "notes.txt", "secret.yaml");
        assertThat(names).isSorted();
        JsonNode broken = find(j, "broken.yaml");
        assertThat(broken.path("status").asText()).isEqualTo("invalid");
        assertThat(broken.path("families").path("PG").asText()).isEqualTo("-");
        // the broken plan costs the others nothing
        JsonNode wessex = find(j, "wessex-vale.yaml");
        assertThat(wessex.path("status").asText()).isEqualTo("checked");
        assertThat(wessex.path("footprint").path("name").asText()).isEqualTo("Wessex Vale");
        int sum = 0;
        for (var it = wessex.path("outcomes").elements(); it.hasNext(); ) sum += it.next().asInt();
        assertThat(sum).isEqualTo(TestSupport.catalogue().size());
        assertThat(find(j, "minimal.yaml").path("families").path("PG").asText()).matches("(\\d+F )?\\d+U");
        assertThat(j.path("most_often")).isNotEmpty();
        JsonNode top = j.path("most_often").get(0);
        assertThat(top.path("plans").asInt()).isEqualTo(top.path("fail").asInt() + top.path("unmet").asInt());
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode p : list.path("plans")) if (p.path("name").asText().equals(name)) return p;
        throw new AssertionError("no plan " + name);
    }

    @Test
    void onePlanComesWithItsTextReportAndEtag() throws IOException {
        RawHttp.Response r = get("/api/plans/minimal.yaml");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = json(r);
        byte[] bytes = Files.readAllBytes(dir.resolve("minimal.yaml"));
        assertThat(j.path("text").asText()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(r.header("ETag")).isEqualTo(PlanDir.etag(bytes)).isEqualTo(j.path("etag").asText());
        assertThat(j.at("/report/plans/0/file").asText()).isEqualTo("minimal.yaml");
        assertThat(j.at("/report/plans/0/results")).hasSize(TestSupport.catalogue().size());
        assertThat(get("/api/plans/nothing-here.yaml").status()).isEqualTo(404);
        assertThat(get("/api/plans/notes.txt").status()).isEqualTo(404);
        assertThat(get("/api/plans/alias.yaml").status()).isEqualTo(200);
    }

    @Test
    void aFileNotInUtf8IsReportedWhereItBreaksAndNeverOfferedForEditing() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(latin1, "format_version: 1\nplan:\n  id: \"x\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        // valid UTF-8 bytes (ASCII and zeros), but the checker reads them as UTF-16: no text the editor would garble
        Files.write(utf16, "format_version: 1\n".getBytes(StandardCharsets.UTF_16LE));
        try {
            JsonNode j = json(get("/api/plans/latin1.yaml"));
            assertThat(j.path("text").isNull()).isTrue();
            assertThat(j.at("/report/plans/0/errors/0/message").asText()).isEqualTo("latin1.yaml:3:9: the file is not UTF-8: byte 0xE9 here "
                    + "is not valid UTF-8 (was the file saved as Windows-1252 or Latin-1?); save it as UTF-8");
            JsonNode k = json(get("/api/plans/utf16.yaml"));
            assertThat(k.path("text").isNull()).isTrue();
            assertThat(k.at("/report/plans/0/errors/0/message").asText())
                    .isEqualTo("utf16.yaml:1:1: the file is UTF-16 (little-endian), not UTF-8; save it as UTF-8");
        } finally {
            Files.delete(latin1);
            Files.delete(utf16);
        }
    }

    @Test
    void aFileOverTheLimitIsReportedButNeverOfferedForEditing() throws IOException {
        Path big = dir.resolve("huge.yaml");
        byte[] bytes = comment((int) PlanChecks.maxBytes() + 10);
        Files.write(big, bytes);
        try {
            RawHttp.Response r = get("/api/plans/huge.yaml");
            assertThat(r.status()).isEqualTo(200);
            JsonNode j = json(r);
            // no text: a save of the part the server holds would cut the file
            assertThat(j.path("text").isNull()).isTrue();
            assertThat(j.path("etag").asText()).isEqualTo(PlanDir.etag(bytes));
            assertThat(j.at("/report/plans/0/status").asText()).isEqualTo("invalid");
            assertThat(j.at("/report/plans/0/errors/0/message").asText())
                    .isEqualTo("huge.yaml:1:1: the file is larger than " + PlanChecks.maxBytes() + " bytes, the most a plan file may be");
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void pathTraversalAbsoluteNamesAndLinksOutAre404() throws IOException {
        String before = Files.readString(outside);
        List<String> attacks = List.of(
                "/api/plans/../secret.yaml", "/api/plans/..%2fsecret.yaml", "/api/plans/%2e%2e%2fsecret.yaml",
                "/api/plans/%2E%2E%2Fsecret.yaml", "/api/plans/%2e%2e", "/api/plans/..", "/api/plans/..%5csecret.yaml",
                "/api/plans/%252e%252e%252fsecret.yaml", "/api/plans/" + outside.toString().replace("/", "%2f"),
                "/api/plans/" + outside, "/api/plans//etc/passwd", "/api/plans/%2fetc%2fpasswd", "/api/plans/escape.yaml",
                "/api/plans/.hidden.yaml", "/api/plans/minimal.yaml%00.txt", "/api/plans/%c0%ae%c0%ae%2fsecret.yaml");
        for (String a : attacks) {
            assertThat(get(a).status()).as("GET " + a).isEqualTo(404);
            RawHttp.Response w = put(a, "format_version: 1\n".getBytes(StandardCharsets.UTF_8), YAML, "If-Match: " + PlanDir.etag(Files.readAllBytes(outside)));
            assertThat(w.status()).as("PUT " + a).isEqualTo(404);
        }
        for (String a : List.of("/../pom.xml", "/vendor/../app.js", "/%2e%2e/pom.xml", "/stpcheck/web/app.js", "/META-INF/MANIFEST.MF")) {
            assertThat(get(a).status()).as("GET " + a).isEqualTo(404);
        }
        assertThat(Files.readString(outside)).isEqualTo(before);
    }

    @Test
    void aForeignOriginOrHostIs403() throws IOException {
        byte[] minimal = Files.readAllBytes(TestSupport.MINIMAL);
        Path p = plan("origin-target.yaml", TestSupport.MINIMAL);
        byte[] before = Files.readAllBytes(p);
        String etag = PlanDir.etag(before);
        for (String bad : List.of("Origin: http://evil.example", "Origin: null", "Origin: http://127.0.0.1:" + (port + 1),
                "Origin: https://127.0.0.1:" + port, "Host: evil.example:" + port, "Host: 127.0.0.1.evil.example:" + port,
                "Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site")) {
            assertThat(post("/api/check", minimal, YAML, bad).status()).as(bad).isEqualTo(403);
            assertThat(put("/api/plans/origin-target.yaml", "x: 1\n".getBytes(StandardCharsets.UTF_8), YAML, "If-Match: " + etag, bad).status())
                    .as(bad).isEqualTo(403);
            assertThat(get("/api/plans", bad).status()).as(bad).isEqualTo(403);
        }
        assertThat(get("/", "Host: evil.example:" + port).status()).isEqualTo(403);
        assertThat(Files.readAllBytes(p)).isEqualTo(before);
        // the server's own page, under any of its loopback names
        for (String ok : List.of("Origin: http://127.0.0.1:" + port, "Origin: http://localhost:" + port, "Sec-Fetch-Site: same-origin")) {
            assertThat(post("/api/check", minimal, YAML, ok).status()).as(ok).isEqualTo(200);
        }
        assertThat(post("/api/check", minimal, YAML, "Host: localhost:" + port, "Origin: http://localhost:" + port).status()).isEqualTo(200);
    }

    @Test
    void methodsAndEndpointsThatDoNotExist() throws IOException {
        RawHttp.Response del = RawHttp.send(port, "DELETE", "/api/plans/minimal.yaml", null);
        assertThat(del.status()).isEqualTo(405);
        assertThat(del.header("Allow")).isEqualTo("GET, PUT");
        assertThat(post("/api/health", new byte[0], YAML).status()).isEqualTo(405);
        assertThat(get("/api/check").status()).isEqualTo(405);
        assertThat(get("/api/nothing").status()).isEqualTo(404);
        assertThat(RawHttp.send(port, "POST", "/", new byte[0]).status()).isEqualTo(405);
    }

    @Test
    void thePageAndItsAssetsComeFromTheJarWithAStrictPolicy() throws IOException {
        RawHttp.Response page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe");
        String html = page.text();
        // nothing from another host: every src and href is this server's own
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        for (String asset : List.of("/app.js", "/app.css", "/vendor/codemirror.js", "/vendor/codemirror.css", "/vendor/yaml.js", "/vendor/govuk-frontend.min.css")) {
            RawHttp.Response r = get(asset);
            assertThat(r.status()).as(asset).isEqualTo(200);
            assertThat(r.body().length).as(asset).isGreaterThan(100);
            assertThat(html).contains("\"" + asset + "\"");
        }
    }

    // ---- saving ----------------------------------------------------------------------------------

    @Test
    void saveWritesWithTheRightVersionAndRefusesAStaleOne() throws IOException {
        Path p = plan("save-me.yaml", TestSupport.MINIMAL);
        String v1 = json(get("/api/plans/save-me.yaml")).path("etag").asText();
        byte[] edited = (Files.readString(p) + "  nhs_region: south\n").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response ok = put("/api/plans/save-me.yaml", edited, YAML, "If-Match: " + v1);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(Files.readAllBytes(p)).isEqualTo(edited);
        String v2 = json(ok).path("etag").asText();
        assertThat(v2).isEqualTo(PlanDir.etag(edited)).isEqualTo(ok.header("ETag")).isNotEqualTo(v1);
        // the old version is stale now: nothing is written
        RawHttp.Response stale = put("/api/plans/save-me.yaml", "format_version: 1\n".getBytes(StandardCharsets.UTF_8), YAML, "If-Match: " + v1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(json(stale).path("current_etag").asText()).isEqualTo(v2);
        assertThat(Files.readAllBytes(p)).isEqualTo(edited);
        // someone else edits the file on disk: the author's version is stale
        Files.writeString(p, "format_version: 1\n# edited elsewhere\n");
        assertThat(put("/api/plans/save-me.yaml", edited, YAML, "If-Match: " + v2).status()).isEqualTo(409);
        assertThat(Files.readString(p)).contains("edited elsewhere");
        assertThat(put("/api/plans/save-me.yaml", edited, YAML).status()).isEqualTo(428);
        assertThat(put("/api/plans/absent.yaml", edited, YAML, "If-Match: " + v2).status()).isEqualTo(404);
        assertThat(Files.exists(dir.resolve("absent.yaml"))).isFalse();
        assertThat(put("/api/plans/save-me.yaml", edited, "Content-Type: text/plain", "If-Match: " + v2).status()).isEqualTo(415);
        assertThat(put("/api/plans/save-me.yaml", comment((int) PlanChecks.maxBytes() + 1), YAML,
                "If-Match: " + PlanDir.etag(Files.readAllBytes(p))).status()).isEqualTo(413);
        assertThat(Files.readString(p)).contains("edited elsewhere");
        assertNoTemporaries();
    }

    @Test
    void twoConcurrentSavesOfOneVersionOneWinsOneGets409() throws Exception {
        Path p = plan("race.yaml", TestSupport.MINIMAL);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String etag = PlanDir.etag(Files.readAllBytes(p));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<RawHttp.Response>> answers = new ArrayList<>();
                List<byte[]> bodies = List.of(("format_version: 1\n# writer A, round " + round + "\n").getBytes(StandardCharsets.UTF_8),
                        ("format_version: 1\n# writer B, round " + round + "\n").getBytes(StandardCharsets.UTF_8));
                for (byte[] body : bodies) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return put("/api/plans/race.yaml", body, YAML, "If-Match: " + etag);
                    }));
                }
                go.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<RawHttp.Response> a : answers) codes.add(a.get().status());
                assertThat(codes).as("round " + round).containsExactlyInAnyOrder(200, 409);
                byte[] winner = bodies.get(codes.indexOf(200));
                assertThat(Files.readAllBytes(p)).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        assertNoTemporaries();
    }

    @Test
    void aReaderNeverSeesAHalfWrittenPlan() throws Exception {
        // two large versions saved in turn while another thread reads the file as fast as it can:
        // every read must be one version whole (the rename is atomic; the temporary file is never the plan)
        Path p = plan("atomic.yaml", TestSupport.EXAMPLE);
        byte[] a = padded(Files.readAllBytes(p), 'a', 2_000_000);
        byte[] b = padded(Files.readAllBytes(p), 'b', 2_500_000);
        byte[] original = Files.readAllBytes(p);
        java.util.Set<String> versions = java.util.Set.of(PlanDir.etag(a), PlanDir.etag(b), PlanDir.etag(original));
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        List<String> torn = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String e = PlanDir.etag(Files.readAllBytes(p));
                    reads.incrementAndGet();
                    if (!versions.contains(e)) torn.add(e);
                } catch (IOException e) {
                    torn.add("read failed: " + e);
                }
            }
        });
        reader.start();
        try {
            String etag = PlanDir.etag(original);
            for (int i = 0; i < 20; i++) {
                byte[] next = i % 2 == 0 ? a : b;
                RawHttp.Response r = put("/api/plans/atomic.yaml", next, YAML, "If-Match: " + etag);
                assertThat(r.status()).isEqualTo(200);
                etag = r.header("ETag");
            }
        } finally {
            stop.set(true);
            reader.join();
        }
        assertThat(torn).isEmpty();
        assertThat(reads.get()).isGreaterThan(20);
        assertNoTemporaries();
    }

    private static byte[] padded(byte[] plan, char c, int size) {
        StringBuilder s = new StringBuilder(new String(plan, StandardCharsets.UTF_8));
        String line = "# " + String.valueOf(c).repeat(97) + "\n";
        while (s.length() + line.length() <= size) s.append(line);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoTemporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).noneMatch(n -> n.endsWith(PlanDir.TEMP_SUFFIX));
        }
    }
}
