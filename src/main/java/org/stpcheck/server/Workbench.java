package org.stpcheck.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code stpcheck serve}: one process, one warm rule base, serving the workbench page and the HTTP
 * API for the plans of one folder. Built on the JDK's own HTTP server: on loopback, for one author
 * and the page's few requests, it needs nothing more (see the README's dependency table).
 */
public final class Workbench implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;
    private final boolean loopback;

    private Workbench(HttpServer server, ExecutorService workers, boolean loopback) {
        this.server = server;
        this.workers = workers;
        this.loopback = loopback;
    }

    /**
     * Binds {@code host:port} (port 0: any free port) and starts serving. The caller has built the
     * rule base already, so the first request is answered warm.
     */
    public static Workbench start(PlanChecks checks, PlanDir dir, String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
        RequestGuard guard = RequestGuard.forBinding(address, host, server.getAddress().getPort());
        server.createContext("/api/", new PlanApi(checks, dir, guard));
        server.createContext("/", new Assets(guard));
        // checks are CPU-bound: a few threads per core keep the cores busy while others wait on sockets
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, named());
        server.setExecutor(workers);
        server.start();
        return new Workbench(server, workers, address.isLoopbackAddress());
    }

    private static ThreadFactory named() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "stpcheck-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() { return server.getAddress().getPort(); }

    public boolean loopback() { return loopback; }

    /** The address to open in a browser; a wildcard bind is shown as the loopback address. */
    public String url() {
        InetAddress a = server.getAddress().getAddress();
        String host = a.isAnyLocalAddress() ? "127.0.0.1" : a.getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops accepting, lets requests in flight finish (a save is never cut short), then stops. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
