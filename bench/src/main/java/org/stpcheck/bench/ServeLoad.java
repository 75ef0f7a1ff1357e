package org.stpcheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for {@code stpcheck serve}, on 127.0.0.1 only, bounded in requests and in time.
 * Starts the server from the jar (JVM flags from STPCHECK_SERVE_JVM), then measures:
 * start to first answer; warm latency of POST /api/check over sequential requests; throughput and
 * errors with concurrent clients over a fixed number of requests; the server's RSS before and after.
 *
 * <pre>java bench/src/main/java/org/stpcheck/bench/ServeLoad.java [plan.yaml] [sequential] [concurrent total] [clients]</pre>
 * Needs only a JDK (run as a single source file) and target/stpcheck.jar.
 */
public final class ServeLoad {
    private static final Duration DEADLINE = Duration.ofMinutes(20);

    public static void main(String[] args) throws Exception {
        Path plan = Path.of(args.length > 0 ? args[0] : "src/test/resources/examples/wessex-vale.yaml");
        int sequential = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int total = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        byte[] body = Files.readAllBytes(plan);
        Path dir = Files.createTempDirectory("stpcheck-serve-bench");
        Files.copy(plan, dir.resolve(plan.getFileName()));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String jvm = System.getenv().getOrDefault("STPCHECK_SERVE_JVM", "-XX:+UseSerialGC");
        if (!jvm.isBlank()) cmd.addAll(Arrays.asList(jvm.trim().split("\\s+")));
        cmd.addAll(List.of("-jar", "target/stpcheck.jar", "serve", dir.toString(), "--port", "0"));
        long t0 = System.nanoTime();
        Process server = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.contains("http://127.0.0.1:")) line = out.readLine();   // JVM notices (JFR) come first
            if (line == null) throw new IllegalStateException("server did not start");
            String base = line.substring(line.indexOf("http://127.0.0.1:")).trim();
            URI check = URI.create(base + "api/check");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest req = HttpRequest.newBuilder(check).header("Content-Type", "application/yaml")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<byte[]> first = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long startMs = (System.nanoTime() - t0) / 1_000_000;
            if (first.statusCode() != 200) throw new IllegalStateException("first answer " + first.statusCode());
            System.out.printf("jvm flags: %s%n", jvm);
            System.out.printf("start to first POST /api/check answer: %d ms (report %d bytes)%n", startMs, first.body().length);

            // warm-up, then sequential latency
            for (int i = 0; i < 2_000; i++) http.send(req, HttpResponse.BodyHandlers.discarding());
            long[] ns = new long[sequential];
            for (int i = 0; i < sequential; i++) {
                long s = System.nanoTime();
                HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                ns[i] = System.nanoTime() - s;
                if (r.statusCode() != 200) throw new IllegalStateException("status " + r.statusCode());
            }
            Arrays.sort(ns);
            System.out.printf("sequential, %d requests: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", sequential,
                    ns[sequential / 2] / 1e6, ns[(int) (sequential * 0.90)] / 1e6, ns[(int) (sequential * 0.99)] / 1e6, ns[sequential - 1] / 1e6);

            long rssBefore = rssKb(server.pid());
            double cpuBefore = cpuSeconds(server.pid());
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            AtomicLong done = new AtomicLong();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long s = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    while (next.getAndIncrement() < total && System.nanoTime() < deadline) {
                        try {
                            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) errors.incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            double secs = (System.nanoTime() - s) / 1e9;
            long rssAfter = rssKb(server.pid());
            double cpu = cpuSeconds(server.pid()) - cpuBefore;
            System.out.printf("concurrent, %d clients, %d requests in %.1f s: %.0f checks/s, %d error responses%n",
                    clients, done.get(), secs, done.get() / secs, errors.get());
            System.out.printf("server CPU %.1f s in that phase: %.2f ms of CPU per check (the machine's other load shares the cores)%n",
                    cpu, cpu * 1000 / Math.max(1, done.get()));
            System.out.printf("server RSS before %d MB, after %d MB%n", rssBefore / 1024, rssAfter / 1024);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    /** User plus system CPU time of a process, from /proc (clock ticks of 1/100 s on Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static long rssKb(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
