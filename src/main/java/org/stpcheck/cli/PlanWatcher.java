package org.stpcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code check --watch}: runs one check, then runs it again each time a plan changes, until
 * Ctrl-C (or, embedded, until the thread is interrupted). The rule base stays warm between rounds
 * because the round itself keeps it; this class only decides when to run.
 *
 * <p>It uses the platform's file watching (inotify on Linux; the JDK polls where the platform has
 * none) on the folders that hold the inputs, since editors often save by writing a new file and
 * renaming it over the old one. Events are gathered until the folder has been quiet for a moment,
 * and a round runs only when a plan's bytes actually changed, so one save prints one report.
 */
final class PlanWatcher {
    /** How long the files must be quiet before a round: long enough for an editor's write-and-rename. */
    private static final long QUIET_MS = 150;

    private final List<Path> inputs;
    private final PrintWriter err;

    PlanWatcher(List<Path> inputs, PrintWriter err) {
        this.inputs = List.copyOf(inputs);
        this.err = err;
    }

    /** Runs {@code round} now and after every change; returns the last round's exit code when interrupted. */
    int run(Callable<Integer> round) throws IOException {
        int code = call(round);
        String seen = fingerprint();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Set<Path> folders = new LinkedHashSet<>();
            for (Path in : inputs) folders.add(Files.isDirectory(in) ? in : parent(in));
            for (Path f : folders) {
                f.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
            err.println("stpcheck: watching " + String.join(", ", inputs.stream().map(Path::toString).toList()) + " (Ctrl-C to stop)");
            err.flush();
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // gather the rest of this save before checking
                WatchKey more;
                while ((more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) drain(more);
                String now = fingerprint();
                if (now.equals(seen)) continue;
                seen = now;
                err.println("stpcheck: a plan changed; checking again");
                err.flush();
                try {
                    code = call(round);
                } catch (Main.UserError e) {
                    // a file removed or unreadable for a moment: say so and keep watching
                    err.println("stpcheck: " + e.getMessage());
                    err.flush();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
        return code;
    }

    private static void drain(WatchKey key) {
        for (WatchEvent<?> ignored : key.pollEvents()) { /* the fingerprint decides what changed */ }
        key.reset();
    }

    private static Path parent(Path file) {
        Path p = file.toAbsolutePath().getParent();
        return p == null ? Path.of(".") : p;
    }

    private static int call(Callable<Integer> round) {
        try {
            return round.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names and content hashes of every input plan: a round runs only when this changes. */
    private String fingerprint() {
        StringBuilder b = new StringBuilder();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try {
                files = PlanFiles.expand(inputs).files();
            } catch (Main.UserError e) {
                return "unreadable: " + e.getMessage();
            }
            for (Path f : files) {
                b.append(f).append('=');
                try {
                    b.append(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
                } catch (IOException e) {
                    b.append("unreadable");
                }
                b.append('\n');
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        return b.toString();
    }
}
