package org.stpcheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately plain HTTP/1.1 client over a socket: it sends the request line and headers exactly
 * as given (no path normalising, any Host or Origin), which is what attacks on a local server do.
 */
final class RawHttp {
    private RawHttp() {}

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }

        String header(String name) { return headers.get(name.toLowerCase(Locale.ROOT)); }
    }

    /** Sends {@code method target} with the default Host of the port, plus {@code extra} header lines. */
    static Response send(int port, String method, String target, byte[] body, String... extra) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean host = false;
        for (String h : extra) {
            if (h.toLowerCase(Locale.ROOT).startsWith("host:")) host = true;
        }
        if (!host) head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        for (String h : extra) if (!h.isEmpty()) head.append(h).append("\r\n");
        if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return exchange(port, head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** Writes the request bytes (the body from another thread, since the server may answer first) and reads the answer. */
    static Response exchange(int port, byte[] head, byte[] body) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            out.flush();
            Thread writer = null;
            if (body != null && body.length > 0) {
                writer = new Thread(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException e) {
                        // the server answered and closed before taking the whole body: expected for 413
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            Response r = read(s.getInputStream());
            if (writer != null) {
                try {
                    writer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return r;
        }
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        while (status.startsWith("HTTP/1.1 100")) { // 100 Continue, then the real answer
            while (!line(in).isEmpty()) { /* skip */ }
            status = line(in);
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            long n = Long.parseLong(length);
            byte[] buf = new byte[8192];
            while (n > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (r < 0) break;
                body.write(buf, 0, r);
                n -= r;
            }
        } else {
            in.transferTo(body);
        }
        return new Response(code, headers, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') if (c != '\r') b.write(c);
        if (c < 0 && b.size() == 0) throw new IOException("the server closed the connection without an answer");
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
