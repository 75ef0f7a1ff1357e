package org.stpcheck.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.sun.net.httpserver.Headers;

/**
 * Decides whether a request may reach the server at all. A web page on another site can make a
 * browser send requests to a local server: with a foreign {@code Origin} (cross-site fetches and
 * form posts) or, after DNS rebinding, with its own name in {@code Host}. Both are refused, so only
 * the page this server serves, and tools without a browser (curl, scripts), can drive it.
 */
final class RequestGuard {
    private final Set<String> hosts;

    private RequestGuard(Set<String> hosts) { this.hosts = Set.copyOf(hosts); }

    /**
     * The names this server answers to on {@code port}: the loopback names always, the address it is
     * bound to, and for a wildcard bind every address of this machine and its host name.
     */
    static RequestGuard forBinding(InetAddress bound, String hostOption, int port) {
        Set<String> names = new TreeSet<>();
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        names.add(literal(bound));
        if (hostOption != null && !hostOption.isBlank()) names.add(hostOption.toLowerCase(Locale.ROOT));
        if (bound.isAnyLocalAddress()) {
            try {
                for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(nif.getInetAddresses())) names.add(literal(a));
                }
                names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
            } catch (SocketException | java.net.UnknownHostException e) {
                // the loopback names and the bound address still work
            }
        }
        Set<String> withPort = new TreeSet<>();
        for (String n : names) withPort.add(n + ":" + port);
        return new RequestGuard(withPort);
    }

    private static String literal(InetAddress a) {
        String s = a.getHostAddress();
        int zone = s.indexOf('%');
        if (zone >= 0) s = s.substring(0, zone);
        return (s.contains(":") ? "[" + s + "]" : s).toLowerCase(Locale.ROOT);
    }

    /** Null when the request may proceed; otherwise why it is refused (answered with 403). */
    String refusal(Headers headers, boolean api) {
        String host = headers.getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return "the Host header (" + (host == null ? "absent" : host) + ") is not this server's address";
        }
        String origin = headers.getFirst("Origin");
        if (origin != null) {
            String o = origin.toLowerCase(Locale.ROOT);
            if (!o.startsWith("http://") || !hosts.contains(o.substring("http://".length()))) {
                return "requests from another origin (" + origin + ") are refused";
            }
        }
        // a browser says when a request comes from another site even where it sends no Origin (GET)
        String site = headers.getFirst("Sec-Fetch-Site");
        if (api && site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "cross-site requests (Sec-Fetch-Site: " + site + ") are refused";
        }
        return null;
    }
}
