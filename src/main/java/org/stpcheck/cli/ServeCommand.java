package org.stpcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import org.stpcheck.server.PlanChecks;
import org.stpcheck.server.PlanDir;
import org.stpcheck.server.Workbench;

/** {@code serve}: the workbench and the HTTP API. */
final class ServeCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "serve",
            "Serve the authors' workbench: a web page that re-checks a plan as it is written, and the HTTP API (docs/http-api.md).",
            "Runs until Ctrl-C. Writes nothing but the plans an author saves, in DIR.");

    final Value<Path> dir = Value.of(spec, Path.class, PositionalParamSpec.builder().arity("0..1").paramLabel("DIR").defaultValue("plans")
            .description("The folder of plans to serve (default: ${DEFAULT-VALUE})."));

    final Value<Integer> port = Value.of(spec, int.class, OptionSpec.builder("--port").defaultValue("8080").paramLabel("PORT")
            .description("TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})."));

    final Value<String> host = Value.of(spec, String.class, OptionSpec.builder("--host").defaultValue("127.0.0.1").paramLabel("HOST")
            .description("Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else lets others read and save the plans."));

    final RuleOptions rules = new RuleOptions(spec);

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = this.dir.get();
        int port = this.port.get();
        String host = this.host.get();
        if (!Files.isDirectory(dir)) throw new Main.UserError(dir + ": not a directory (serve needs a folder of plans)");
        if (port < 0 || port > 65535) throw new Main.UserError("--port " + port + ": expected 0 to 65535");
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new Main.UserError("--host " + host + ": unknown host");
        }
        PlanChecks checks = new PlanChecks(rules.catalogue(), rules.ruleBase());
        PlanDir plans = new PlanDir(dir);
        int leftovers = plans.removeLeftoverTemporaries();
        if (leftovers > 0) err.println("stpcheck: removed " + leftovers + " temporary file(s) of an interrupted save in " + dir);
        Workbench bench;
        try {
            bench = Workbench.start(checks, plans, host, port);
        } catch (BindException e) {
            throw new Main.UserError("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); is another server using it? Try --port");
        }
        if (!address.isLoopbackAddress()) {
            err.println("stpcheck: WARNING ===========================================================");
            err.println("stpcheck: WARNING: listening on " + host + ", not on loopback (127.0.0.1).");
            err.println("stpcheck: WARNING: anyone who can reach this machine can read the plans in " + dir);
            err.println("stpcheck: WARNING: and save over them: there is no login. Use --host 127.0.0.1 unless you mean it.");
            err.println("stpcheck: WARNING ===========================================================");
            err.flush();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            bench.close();
            err.println("stpcheck: stopped");
            err.flush();
            stopped.countDown();
        }, "stpcheck-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("stpcheck workbench for " + plans.names().size() + " plan(s) in " + dir + ": " + bench.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // an embedding caller (a test) stops the server by interrupting this thread
            Runtime.getRuntime().removeShutdownHook(hook);
            bench.close();
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
