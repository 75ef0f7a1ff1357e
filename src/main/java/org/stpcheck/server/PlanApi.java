package org.stpcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.Requirement;
import org.stpcheck.catalogue.Severity;
import org.stpcheck.findings.PlanReport;
import org.stpcheck.findings.RunReport;
import org.stpcheck.findings.Selection;
import org.stpcheck.load.PlanFile;
import org.stpcheck.report.JsonRenderer;
import org.stpcheck.server.Exchanges.Refusal;

/** The HTTP API under {@code /api/} (docs/http-api.md): checks, the folder's plans, saves, health. */
final class PlanApi implements HttpHandler {
    private static final String PLANS = "/api/plans/";

    private final PlanChecks checks;
    private final PlanDir dir;
    private final RequestGuard guard;
    private final Object summaryLock = new Object();
    private String summaryKey;
    private String summaryJson;

    PlanApi(PlanChecks checks, PlanDir dir, RequestGuard guard) {
        this.checks = checks;
        this.dir = dir;
        this.guard = guard;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String refused = guard.refusal(ex.getRequestHeaders(), true);
            if (refused != null) throw new Refusal(403, refused);
            route(ex);
        } catch (Refusal r) {
            Exchanges.error(ex, r.status, r.getMessage());
        } catch (IOException e) {
            // a folder that cannot be read or written (full disk, permissions): say so, unless the client has gone
            System.err.println("stpcheck serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + ": " + e);
            try {
                Exchanges.error(ex, 500, "input/output error: " + e.getMessage());
            } catch (IOException | RuntimeException gone) {
                // the answer had begun, or the client is gone: nothing more to say
            }
        } catch (RuntimeException e) {
            // a defect: the client gets a 500 that says so, the log the cause; the server keeps serving
            System.err.println("stpcheck serve: internal error on " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + ": " + e);
            if (System.getenv("STPCHECK_DEBUG") != null) e.printStackTrace();
            Exchanges.error(ex, 500, "internal error (a defect of stpcheck; the server log has the cause)");
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws IOException, Refusal {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        switch (path) {
            case "/api/health" -> { allow(ex, "GET"); health(ex); }
            case "/api/check" -> { allow(ex, "POST"); check(ex); }
            case "/api/plans" -> { allow(ex, "GET"); plans(ex); }
            default -> {
                if (!path.startsWith(PLANS)) throw new Refusal(404, "no such endpoint: " + path);
                String name = planName(path.substring(PLANS.length()));
                switch (method) {
                    case "GET" -> plan(ex, name);
                    case "PUT" -> save(ex, name);
                    default -> {
                        ex.getResponseHeaders().set("Allow", "GET, PUT");
                        throw new Refusal(405, method + " is not allowed here; use GET or PUT");
                    }
                }
            }
        }
    }

    private static void allow(HttpExchange ex, String allowed) throws Refusal {
        String method = ex.getRequestMethod();
        if (method.equals(allowed)) return;
        ex.getResponseHeaders().set("Allow", allowed);
        throw new Refusal(405, method + " is not allowed here; use " + allowed);
    }

    private void health(HttpExchange ex) throws IOException {
        ObjectNode o = Exchanges.JSON.createObjectNode();
        o.put("status", "ok");
        ObjectNode tool = o.putObject("tool");
        tool.put("name", "stpcheck");
        tool.put("version", JsonRenderer.TOOL_VERSION);
        o.put("requirements", checks.catalogue().size());
        o.put("dir", dir.path().toString());
        Exchanges.json(ex, 200, o);
    }

    private void check(HttpExchange ex) throws IOException, Refusal {
        Map<String, List<String>> query = query(ex.getRequestURI());
        for (String k : query.keySet()) {
            if (!List.of("family", "requirement", "fail_on", "file").contains(k)) {
                throw new Refusal(400, "unknown query parameter " + k + " (expected family, requirement, fail_on or file)");
            }
        }
        Selection selection = selection(query);
        String failOn = single(query, "fail_on", "error");
        Severity level;
        try {
            level = Severity.failOn(failOn);
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "fail_on=" + failOn + ": " + e.getMessage());
        }
        String file = single(query, "file", "plan.yaml");
        byte[] body = Exchanges.yamlBody(ex, PlanChecks.maxBytes());
        PlanReport report = checks.check(file, body, selection);
        // the exit code stpcheck check would give, so a CI job can gate on one request
        int exit = !report.valid() ? 2 : level != null && report.results().stream().anyMatch(r -> r.failsAt(level)) ? 4 : 0;
        ex.getResponseHeaders().set("Stpcheck-Exit-Code", String.valueOf(exit));
        Exchanges.json(ex, 200, checks.jsonBytes(report, selection));
    }

    private Selection selection(Map<String, List<String>> query) throws Refusal {
        List<String> families = list(query, "family");
        if (families != null) {
            families = families.stream().map(f -> f.toUpperCase(java.util.Locale.ROOT)).toList();
            for (String f : families) {
                if (!Catalogue.FAMILIES.contains(f)) throw new Refusal(400, "family=" + f + ": expected one of " + Catalogue.FAMILIES);
            }
        }
        List<String> ids = list(query, "requirement");
        if (ids != null) {
            List<String> known = new ArrayList<>();
            for (String id : ids) {
                Requirement r = checks.catalogue().find(id).orElseThrow(() -> new Refusal(400, "requirement=" + id + ": no such requirement"));
                known.add(r.id());
            }
            ids = known;
        }
        return new Selection(families, ids);
    }

    private void plans(HttpExchange ex) throws IOException {
        List<Path> files = dir.files();
        // the folder is re-checked only when a plan was added, removed or changed since last time
        StringBuilder key = new StringBuilder();
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                key.append(f).append('\0').append(a.size()).append('\0').append(a.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                key.append(f).append("\0gone\n");
            }
        }
        String json;
        synchronized (summaryLock) {
            if (!key.toString().equals(summaryKey)) {
                RunReport run = files.isEmpty() ? new RunReport(checks.catalogue(), Selection.all(), List.of()) : checks.checkFiles(files);
                summaryJson = Exchanges.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(DirSummary.of(dir.path().toString(), run)) + "\n";
                summaryKey = key.toString();
            }
            json = summaryJson;
        }
        Exchanges.json(ex, 200, json);
    }

    private void plan(HttpExchange ex, String name) throws IOException, Refusal {
        PlanDir.Version v = dir.read(name).orElseThrow(() -> new Refusal(404, "no plan named " + name + " in " + dir.path()));
        // decoded once, for the report and the editor alike: a file the checker cannot read as text
        // (not UTF-8, or cut at the limit, where saving the part would cut the plan) has no text to edit
        PlanFile.Read read = PlanFile.decode(v.bytes());
        PlanReport report = checks.check(name, read, Selection.all());
        ObjectNode o = Exchanges.JSON.createObjectNode();
        o.put("name", name);
        o.put("etag", v.etag());
        if (read.text() == null) o.putNull("text"); else o.put("text", read.text());
        o.putRawValue("report", new RawValue(checks.json(report, Selection.all()).strip()));
        ex.getResponseHeaders().set("ETag", v.etag());
        Exchanges.json(ex, 200, o);
    }

    private void save(HttpExchange ex, String name) throws IOException, Refusal {
        String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
        if (dir.resolve(name).isEmpty()) throw new Refusal(404, "no plan named " + name + " in " + dir.path());
        if (ifMatch == null) throw new Refusal(428, "a save must name the version it replaces in If-Match (the ETag of GET /api/plans/" + name + ")");
        byte[] body = Exchanges.yamlBody(ex, PlanChecks.maxBytes());
        PlanDir.SaveResult result = dir.save(name, ifMatch.trim(), body);
        ObjectNode o = Exchanges.JSON.createObjectNode();
        o.put("name", name);
        if (result instanceof PlanDir.SaveResult.Saved s) {
            o.put("saved", true);
            o.put("etag", s.etag());
            ex.getResponseHeaders().set("ETag", s.etag());
            Exchanges.json(ex, 200, o);
        } else if (result instanceof PlanDir.SaveResult.Stale s) {
            o.put("status", 409);
            o.put("error", "the plan changed on disk since the version you read; nothing was written");
            o.put("current_etag", s.currentEtag());
            ex.getResponseHeaders().set("ETag", s.currentEtag());
            Exchanges.json(ex, 409, o);
        } else {
            throw new Refusal(404, "no plan named " + name + " in " + dir.path());
        }
    }

    /** The plan name of a path segment, percent-decoded once; anything that is not a plain file name is no plan. */
    private String planName(String raw) throws Refusal {
        String name = percentDecode(raw);
        if (name == null || dir.resolve(name).isEmpty()) throw new Refusal(404, "no plan named " + raw + " in " + dir.path());
        return name;
    }

    /** Strict percent-decoding (no '+' for space): null for malformed escapes or bytes that are not UTF-8. */
    static String percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return null;
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                out.write(c);
            }
        }
        return utf8(out.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Query parameters; a repeated parameter and comma-separated values both add values. */
    private static Map<String, List<String>> query(URI uri) throws Refusal {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = percentDecode((eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' '));
            String v = percentDecode((eq < 0 ? "" : pair.substring(eq + 1)).replace('+', ' '));
            if (k == null || v == null) throw new Refusal(400, "the query string is not well formed");
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static List<String> list(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        if (values == null) return null;
        List<String> out = new ArrayList<>();
        for (String v : values) for (String s : v.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    private static String single(Map<String, List<String>> query, String key, String fallback) throws Refusal {
        List<String> values = query.get(key);
        if (values == null) return fallback;
        if (values.size() != 1) throw new Refusal(400, key + " may be given once");
        return values.get(0).trim();
    }
}
