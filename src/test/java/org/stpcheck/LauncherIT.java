package org.stpcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher {@code ./stpcheck} and its start-up archive, run by {@code mvn verify} after the jar
 * is packaged (failsafe). Each test works on a copy of the launcher and the jar in a temporary
 * folder, so {@code target/}'s own archive is never touched. Whatever happens to the archive (first
 * run, stale jar, other JDK, corrupt or rejected archive, two runs at once), every run prints what
 * a run without any archive prints, byte for byte, with the same exit code.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("stpcheck");
    static final Path JAR = Path.of("target/stpcheck.jar");
    static final String[] CHECK = {"check", TestSupport.EXAMPLE.toString()};
    static final String LAUNCHER_LINE = "stpcheck timing: launcher";
    static final long LIMIT_S = 300;   // a hang guard, not a performance assertion

    /** A JDK the launcher can be pointed at, and its feature version. */
    record Jdk(Path home, int feature) {
        @Override public String toString() { return "Java " + feature; }

        /** The name the launcher gives this JDK's archive: its resolved java binary, '/' as '_'. */
        String key() throws IOException { return home.resolve("bin/java").toRealPath().toString().replace('/', '_'); }
    }

    /** What one launcher run printed: the launcher's own timing line kept apart from the rest. */
    record Run(int code, String out, String err, String launcherLine) {
        Run sameOutputAs(Run ref) {
            assertThat(out).as("stdout").isEqualTo(ref.out);
            assertThat(err).as("stderr").isEqualTo(ref.err);
            assertThat(code).as("exit code").isEqualTo(ref.code);
            return this;
        }

        Run archive(String state) {
            assertThat(launcherLine).as("the launcher's line").contains("archive=" + state);
            return this;
        }
    }

    @TempDir Path dir;
    Path jar;

    @BeforeEach
    void copyLauncherAndJar() throws IOException {
        assertThat(JAR).as("mvn package builds the jar before the integration tests").exists();
        Files.createDirectories(dir.resolve("target"));
        Files.copy(LAUNCHER, dir.resolve("stpcheck"), StandardCopyOption.COPY_ATTRIBUTES);
        jar = Files.copy(JAR, dir.resolve("target/stpcheck.jar"));
    }

    static Stream<Jdk> jdks() {
        List<Jdk> found = new ArrayList<>();
        java17().ifPresent(found::add);
        java25().ifPresent(found::add);
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void trainsOnTheFirstCheckUsesItAfterAndRetrainsWhenTheJarOrTheArchiveChanges(Jdk jdk) throws Exception {
        Run ref = run(jdk, Map.of("STPCHECK_CDS", "0"), CHECK).archive("off");
        assertThat(startup()).doesNotExist();

        run(jdk, CHECK).sameOutputAs(ref).archive("training");
        Object trained = archiveId(jdk);
        run(jdk, CHECK).sameOutputAs(ref).archive("used");
        assertThat(archiveId(jdk)).as("used, not retrained").isEqualTo(trained);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        run(jdk, CHECK).sameOutputAs(ref).archive("training");
        Object afterTouch = archiveId(jdk);
        assertThat(afterTouch).as("retrained for the touched jar").isNotEqualTo(trained);
        run(jdk, CHECK).sameOutputAs(ref).archive("used");

        long size = Files.size(archive(jdk));
        archive(jdk).toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive(jdk).toFile(), "rw")) { f.setLength(size / 2); }
        run(jdk, CHECK).sameOutputAs(ref).archive("training");
        assertThat(Files.size(archive(jdk))).as("retrained after truncation").isGreaterThan(size / 2);

        // garbage inside the archive would crash the JVM: the stamp sees the write first
        Object beforeGarbage = archiveId(jdk);
        archive(jdk).toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive(jdk).toFile(), "rw")) {
            f.seek(Files.size(archive(jdk)) / 3);
            f.write(new byte[1 << 16]);
        }
        run(jdk, CHECK).sameOutputAs(ref).archive("training");
        assertThat(archiveId(jdk)).isNotEqualTo(beforeGarbage);
        run(jdk, CHECK).sameOutputAs(ref).archive("used");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdks")
    void aRejectionTheStampCannotForeseeIsSaidOnStderrAndRetrained(Jdk jdk) throws Exception {
        Run ref = run(jdk, Map.of("STPCHECK_CDS", "0"), CHECK);
        run(jdk, CHECK).sameOutputAs(ref).archive("training");

        // a bad magic number, written behind the stamp's back (size and modification time kept)
        Path archive = archive(jdk);
        FileTime time = Files.getLastModifiedTime(archive);
        archive.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) { f.write(new byte[8]); }
        Files.setLastModifiedTime(archive, time);

        Run rejected = run(jdk, CHECK).archive("used");
        assertThat(rejected.out).isEqualTo(ref.out);
        assertThat(rejected.code).isEqualTo(ref.code);
        assertThat(rejected.err).startsWith(ref.err)
                .containsPattern("stpcheck: note: Java did not use the start-up (CDS archive|AOT cache) \\(.+\\); "
                        + "this run started slowly, and the next check retrains it\n$");
        assertThat(archive).as("removed, so the next check retrains").doesNotExist();

        run(jdk, CHECK).sameOutputAs(ref).archive("training");
        run(jdk, CHECK).sameOutputAs(ref).archive("used");
    }

    @Test
    void eachJdkKeepsItsOwnArchiveWhenTheRuntimeChanges() throws Exception {
        Jdk j17 = java17().orElseThrow();
        Jdk j25 = java25().orElse(null);
        assumeTrue(j25 != null, "no Java 25 or later under /usr/lib/jvm: the switch between runtimes is not tested here");
        Run ref = run(j17, Map.of("STPCHECK_CDS", "0"), CHECK);

        assertThat(run(j17, CHECK).sameOutputAs(ref).archive("training").launcherLine()).contains("java 17");
        Object a17 = archiveId(j17);
        run(j25, CHECK).sameOutputAs(ref).archive("training");
        Object a25 = archiveId(j25);
        run(j17, CHECK).sameOutputAs(ref).archive("used");
        assertThat(archiveId(j17)).isEqualTo(a17);

        // JAVA_HOME picks the runtime when the usual places are not searched
        Map<String, String> noSearch = new HashMap<>(Map.of("STPCHECK_JDKS", ""));
        noSearch.put("JAVA_HOME", j25.home().toString());
        Run via25 = run(null, noSearch, CHECK).sameOutputAs(ref).archive("used");
        assertThat(via25.launcherLine).contains("java " + j25.feature());
        noSearch.put("JAVA_HOME", j17.home().toString());
        Run via17 = run(null, noSearch, CHECK).sameOutputAs(ref).archive("used");
        assertThat(via17.launcherLine).contains("java 17");
        assertThat(archiveId(j17)).isEqualTo(a17);
        assertThat(archiveId(j25)).isEqualTo(a25);
    }

    @Test
    void twoFirstRunsAtOnceBothPrintTheRightReportAndLeaveOneWorkingArchive() throws Exception {
        Jdk jdk = best();
        Run ref = run(jdk, Map.of("STPCHECK_CDS", "0"), CHECK);
        Started a = start(jdk, Map.of(), CHECK);
        Started b = start(jdk, Map.of(), CHECK);
        Run ra = finish(a);
        Run rb = finish(b);
        ra.sameOutputAs(ref);
        rb.sameOutputAs(ref);
        assertThat(List.of(ra.launcherLine, rb.launcherLine)).anyMatch(l -> l.contains("archive=training"));
        Object trained = archiveId(jdk);
        run(jdk, CHECK).sameOutputAs(ref).archive("used");
        assertThat(archiveId(jdk)).isEqualTo(trained);
        try (Stream<Path> left = Files.list(startup())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing half-written left behind")
                    .noneMatch(n -> n.startsWith(".train.") || n.startsWith(".run."));
        }
    }

    @Test
    void onlyACheckThatCheckedPlansTrains() throws Exception {
        Jdk jdk = best();
        String[] missing = {"check", "no-such-plan.yaml"};
        Run ref = run(jdk, Map.of("STPCHECK_CDS", "0"), missing);
        run(jdk, missing).sameOutputAs(ref).archive("training");
        assertThat(ref.code).isEqualTo(2);
        assertThat(archives()).as("a run that checked nothing makes no archive").isEmpty();

        Run rules = run(jdk, "rules");
        assertThat(rules.code).isZero();
        assertThat(rules.launcherLine).contains("archive=none");
        assertThat(archives()).isEmpty();
    }

    @Test
    void onJava25ABatchAndASmallRunEachTrainAndKeepTheirOwnCache() throws Exception {
        Jdk jdk = java25().orElse(null);
        assumeTrue(jdk != null, "no Java 25 or later under /usr/lib/jvm: its caches by kind of run are not tested here");
        List<Path> plans;
        try (Stream<Path> s = Files.list(Path.of("plans"))) { plans = s.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(8).toList(); }
        Path eight = Files.createDirectories(dir.resolve("eight"));
        for (Path p : plans) Files.copy(p, eight.resolve(p.getFileName()));
        Path seven = Files.createDirectories(dir.resolve("seven"));
        for (Path p : plans.subList(0, 7)) Files.copy(p, seven.resolve(p.getFileName()));
        Files.writeString(seven.resolve("waivers.yaml"), "waivers: []\n");   // a folder's waivers are not a plan
        String[] batch = {"check", "--fail-on", "never", eight.toString()};
        Run ref = run(jdk, Map.of("STPCHECK_CDS", "0"), CHECK);
        Run refBatch = run(jdk, Map.of("STPCHECK_CDS", "0"), batch);

        assertThat(run(jdk, CHECK).sameOutputAs(ref).archive("training").launcherLine()).contains("for small runs");
        Object small = archiveId(jdk, "small");
        assertThat(archive(jdk, "batch")).as("no batch has run yet").doesNotExist();
        assertThat(run(jdk, batch).sameOutputAs(refBatch).archive("training").launcherLine()).contains("for batches");
        Object trainedOnBatch = archiveId(jdk, "batch");
        assertThat(archiveId(jdk, "small")).as("the small runs' cache is left alone").isEqualTo(small);

        run(jdk, batch).sameOutputAs(refBatch).archive("used");
        run(jdk, CHECK).sameOutputAs(ref).archive("used");
        assertThat(archiveId(jdk, "small")).isEqualTo(small);
        assertThat(archiveId(jdk, "batch")).isEqualTo(trainedOnBatch);

        // 8 plans or more, named or in a folder, are a batch; 7 are not, whatever files the options name
        List<String> files = new ArrayList<>(List.of("check", "--fail-on", "never"));
        plans.forEach(p -> files.add(p.toString()));
        Path existing = Files.writeString(dir.resolve("out.json"), "{}");
        assertThat(kindOf(jdk, files)).isEqualTo("for batches");
        List<String> sevenFiles = new ArrayList<>(files.subList(0, 10));
        assertThat(kindOf(jdk, sevenFiles)).isEqualTo("for small runs");
        sevenFiles.addAll(List.of("--baseline", existing.toString(), "--rules", "rules"));
        assertThat(kindOf(jdk, sevenFiles)).as("option values are not plans").isEqualTo("for small runs");
        assertThat(kindOf(jdk, List.of("check", "--fail-on", "never", seven.toString()))).isEqualTo("for small runs");
        assertThat(kindOf(jdk, List.of("check", "--", seven.toString(), plans.get(7).toString()))).isEqualTo("for batches");
        try (Stream<Path> left = Files.list(startup())) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".aot")))
                    .containsExactlyInAnyOrder(jdk.key() + ".small.aot", jdk.key() + ".batch.aot");
        }
    }

    /** Which of Java 25's caches a run used ("for batches", "for small runs"), read from the launcher's line. */
    private String kindOf(Jdk jdk, List<String> args) throws Exception {
        Run r = run(jdk, args.toArray(String[]::new)).archive("used");
        return r.launcherLine().replaceAll(".*AOT cache (for [a-z ]+) archive=.*", "$1");
    }

    // --- helpers

    Path startup() { return dir.resolve("target/startup"); }

    /** The archives and caches in the start-up folder, of any runtime and kind. */
    List<String> archives() throws IOException {
        if (!Files.isDirectory(startup())) return List.of();
        try (Stream<Path> s = Files.list(startup())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".aot") || n.endsWith(".jsa")).toList();
        }
    }

    Path archive(Jdk jdk) throws IOException { return archive(jdk, "small"); }

    /** Java 25 keeps a cache for batches and one for smaller runs; Java 17 one archive for both. */
    Path archive(Jdk jdk, String kind) throws IOException {
        return startup().resolve(jdk.key() + (jdk.feature() >= 25 ? "." + kind + ".aot" : ".jsa"));
    }

    Object archiveId(Jdk jdk) throws IOException { return archiveId(jdk, "small"); }

    /** The archive file's identity: a retrained archive is a new file (written aside and renamed). */
    Object archiveId(Jdk jdk, String kind) throws IOException {
        Path a = archive(jdk, kind);
        assertThat(a).as("the archive").exists();
        assertThat(startup().resolve(jdk.key() + (jdk.feature() >= 25 ? "." + kind : "") + ".stamp")).as("its stamp").exists();
        BasicFileAttributes attrs = Files.readAttributes(a, BasicFileAttributes.class);
        return List.of(String.valueOf(attrs.fileKey()), attrs.lastModifiedTime(), attrs.size());
    }

    Run run(Jdk jdk, String... args) throws Exception { return run(jdk, Map.of(), args); }

    Run run(Jdk jdk, Map<String, String> env, String... args) throws Exception { return finish(start(jdk, env, args)); }


    /** A launcher process with its output going to files. */
    record Started(Process process, Path out, Path err) {}

    Started start(Jdk jdk, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", dir.resolve("stpcheck").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("STPCHECK_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS")
                || k.equals("_JAVA_OPTIONS") || k.equals("JAVA_HOME"));
        if (jdk != null) e.put("STPCHECK_JAVA", jdk.home().toString());
        e.put("STPCHECK_TIMING", "launcher");
        e.putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return new Started(pb.start(), out, err);
    }

    static Run finish(Started s) throws Exception {
        Process p = s.process();
        if (!p.waitFor(LIMIT_S, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish within " + LIMIT_S + " s");
        }
        String out = Files.readString(s.out(), StandardCharsets.UTF_8);
        StringBuilder err = new StringBuilder();
        String line = "";
        for (String l : Files.readString(s.err(), StandardCharsets.UTF_8).split("(?<=\n)")) {
            if (l.startsWith(LAUNCHER_LINE)) line = l.strip();
            else err.append(l);
        }
        return new Run(p.exitValue(), out, err.toString(), line);
    }

    /** A Java 17 to 24: the one running the tests when it is one, else one of the usual places. */
    static Optional<Jdk> java17() {
        Optional<Jdk> self = jdk(Path.of(System.getProperty("java.home")));
        if (self.isPresent() && self.get().feature() < 25) return self;
        return installed().filter(j -> j.feature() >= 17 && j.feature() < 25).findFirst();
    }

    /** The newest Java 25 or later in the usual places, as the launcher would find it. */
    static Optional<Jdk> java25() {
        return Stream.concat(jdk(Path.of(System.getProperty("java.home"))).stream(), installed())
                .filter(j -> j.feature() >= 25).max(java.util.Comparator.comparingInt(Jdk::feature));
    }

    /** The runtime the launcher picks when left alone. */
    static Jdk best() { return java25().or(LauncherIT::java17).orElseThrow(); }

    static Stream<Jdk> installed() {
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
            return s.sorted().map(LauncherIT::jdk).flatMap(Optional::stream).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    static Optional<Jdk> jdk(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) return Optional.empty();
        try {
            for (String l : Files.readAllLines(release)) {
                if (l.startsWith("JAVA_VERSION=")) {
                    String v = l.substring("JAVA_VERSION=".length()).replace("\"", "");
                    if (v.startsWith("1.")) v = v.substring(2);
                    return Optional.of(new Jdk(home, Integer.parseInt(v.split("[._+-]")[0])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
