package org.stpcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/** Reading requests and writing responses: bounded bodies, JSON, and the headers every answer carries. */
final class Exchanges {
    private Exchanges() {}

    /** The media types a plan body may have; a form or {@code text/plain} (what other sites can post) may not. */
    static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    static final ObjectMapper JSON = new ObjectMapper();

    /** A request the server answers with an error status and a JSON {@code {"error": ...}} body. */
    static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The body of a plan request: YAML, at most {@code limit} bytes, read no further than one byte past it. */
    static byte[] yamlBody(HttpExchange ex, long limit) throws IOException, Refusal {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!YAML_TYPES.contains(media)) {
            throw new Refusal(415, "the body must be a plan's YAML with Content-Type: application/yaml (got " + (type == null ? "none" : type) + ")");
        }
        if (type.contains(";")) {
            String params = type.split(";", 2)[1].toLowerCase(Locale.ROOT).replace(" ", "");
            if (params.contains("charset=") && !params.contains("charset=utf-8")) {
                throw new Refusal(415, "plans are UTF-8: send Content-Type: application/yaml or application/yaml; charset=utf-8 (got " + type + ")");
            }
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
                if (declared > limit) throw tooLarge(limit);
            } catch (NumberFormatException e) {
                throw new Refusal(400, "Content-Length is not a number");
            }
        }
        InputStream in = ex.getRequestBody();
        // sized for the declared body (never past the limit), so a plan is not copied while it grows
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, limit) : 16_384);
        byte[] buf = new byte[16_384];
        long total = 0;
        while (total <= limit) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, limit + 1 - total));
            if (n < 0) break;
            out.write(buf, 0, n);
            total += n;
        }
        if (total > limit) throw tooLarge(limit);
        return out.toByteArray();
    }

    private static Refusal tooLarge(long limit) {
        return new Refusal(413, "the plan is larger than the loader's limit of " + limit + " bytes");
    }

    static void json(HttpExchange ex, int status, ObjectNode body) throws IOException {
        json(ex, status, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n");
    }

    static void json(HttpExchange ex, int status, String body) throws IOException {
        json(ex, status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON document already encoded as UTF-8. */
    static void json(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, "application/json; charset=utf-8", body);
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        json(ex, status, body);
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
        ex.close();
    }
}
