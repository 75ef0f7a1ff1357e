package org.stpcheck.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The workbench page and the scripts and styles it uses, all from the jar: the page's own files and
 * the WebJars of CodeMirror and GOV.UK Frontend. Only the files named here are served (read once at
 * start), so no request path can reach anything else on the class path.
 */
final class Assets implements HttpHandler {
    private static final String WEB = "stpcheck/web/";
    private static final String CODEMIRROR = "META-INF/resources/webjars/codemirror/5.65.16/";
    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    /**
     * The page may load scripts, styles and data only from this server; no inline script, no
     * framing. CodeMirror sets styles through the DOM, which this policy allows.
     */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private record Asset(String type, byte[] bytes) {}

    private final Map<String, Asset> byPath = new LinkedHashMap<>();
    private final RequestGuard guard;

    Assets(RequestGuard guard) {
        this.guard = guard;
        add("/", WEB + "index.html", "text/html; charset=utf-8");
        add("/app.js", WEB + "app.js", "text/javascript; charset=utf-8");
        add("/app.css", WEB + "app.css", "text/css; charset=utf-8");
        add("/vendor/codemirror.js", CODEMIRROR + "lib/codemirror.js", "text/javascript; charset=utf-8");
        add("/vendor/codemirror.css", CODEMIRROR + "lib/codemirror.css", "text/css; charset=utf-8");
        add("/vendor/yaml.js", CODEMIRROR + "mode/yaml/yaml.js", "text/javascript; charset=utf-8");
        add("/vendor/govuk-frontend.min.css", GOVUK + "govuk-frontend.min.css", "text/css; charset=utf-8");
    }

    private void add(String path, String resource, String type) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource + " (a build defect)");
            byPath.put(path, new Asset(type, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String refused = guard.refusal(ex.getRequestHeaders(), false);
            if (refused != null) {
                Exchanges.error(ex, 403, refused);
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.error(ex, 405, method + " is not allowed here");
                return;
            }
            Asset a = byPath.get(ex.getRequestURI().getRawPath());
            if (a == null) {
                Exchanges.error(ex, 404, "not found: " + ex.getRequestURI().getRawPath());
                return;
            }
            var h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", POLICY);
            h.set("Cache-Control", "no-cache");
            Exchanges.send(ex, 200, a.type(), a.bytes());
        } finally {
            ex.close();
        }
    }
}
