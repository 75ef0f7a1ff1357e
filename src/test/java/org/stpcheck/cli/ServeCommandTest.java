package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.TestSupport;

/** {@code stpcheck serve} from the command line: its address, the warning off loopback, and bad usage. */
class ServeCommandTest {
    @TempDir Path dir;

    private record Running(Thread thread, StringWriter out, StringWriter err, int[] code) {}

    private static Running serve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
        t.start();
        return new Running(t, out, err, code);
    }

    private static int port(Running r) throws InterruptedException {
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = url.matcher(r.out().toString());
            if (m.find()) return Integer.parseInt(m.group(1));
            if (!r.thread().isAlive()) throw new AssertionError("serve ended: " + r.err());
            Thread.sleep(20);
        }
        throw new AssertionError("no address printed: " + r.out() + r.err());
    }

    private static void stop(Running r) throws InterruptedException {
        r.thread().interrupt();
        r.thread().join(20_000);
        assertThat(r.thread().isAlive()).isFalse();
    }

    private static int health(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void printsItsLoopbackAddressAndServesUntilStopped() throws Exception {
        Files.copy(TestSupport.MINIMAL, dir.resolve("minimal.yaml"));
        Running r = serve("serve", dir.toString(), "--port", "0");
        int port = port(r);
        assertThat(r.out().toString()).contains("1 plan(s) in " + dir).contains("Ctrl-C");
        assertThat(health(port)).isEqualTo(200);
        assertThat(r.err().toString()).doesNotContain("WARNING");
        stop(r);
        assertThat(r.code()[0]).isEqualTo(Main.OK);
    }

    @Test
    void warnsLoudlyWhenNotOnLoopback() throws Exception {
        Running r = serve("serve", dir.toString(), "--port", "0", "--host", "0.0.0.0");
        int port = port(r);
        assertThat(r.err().toString()).contains("WARNING: listening on 0.0.0.0, not on loopback").contains("no login");
        assertThat(health(port)).isEqualTo(200);
        stop(r);
    }

    @Test
    void badUsageIsExitTwoWithAReason() throws IOException {
        TestSupport.CliRun missing = TestSupport.cli("serve", dir.resolve("absent").toString(), "--port", "0");
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("not a directory");
        assertThat(TestSupport.cli("serve", dir.toString(), "--port", "70000").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(TestSupport.cli("serve", dir.toString(), "--host", "no-such-host.invalid").err()).contains("unknown host");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            TestSupport.CliRun busy = TestSupport.cli("serve", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(busy.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
