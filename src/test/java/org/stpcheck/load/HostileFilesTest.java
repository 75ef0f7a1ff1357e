package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.stpcheck.load.PlanLoader.LoadedPlan;

/**
 * Whatever a path names, {@link PlanLoader#load(Path)} says what it is without blocking, and text in
 * another encoding is named as such (issue 7 item 5).
 */
class HostileFilesTest {
    private static final String PLAN = "format_version: 1\nplan: {id: t, name: Test, as_of: 2017-10-01}\nfootprint: {name: Test}\n";

    private static String onlyError(Path file) {
        LoadedPlan p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new PlanLoader().load(file));
        assertThat(p.isValid()).isFalse();
        assertThat(p.formattedErrors()).hasSize(1);
        return p.formattedErrors().get(0);
    }

    @Test
    void aNamedPipeIsNamedAndNeverOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("plan.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException ex) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        // opening a pipe with no writer would block: the guard fails the test instead of hanging it
        assertThat(onlyError(fifo)).isEqualTo(fifo + ":1:1: a named pipe (FIFO), not a plan file; only regular files are read");
    }

    @Test
    void aDeviceIsNamed() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null");
        assertThat(onlyError(devNull)).isEqualTo("/dev/null:1:1: a character device, not a plan file; only regular files are read");
    }

    @Test
    void aDirectoryIsNamed(@TempDir Path dir) {
        assertThat(onlyError(dir)).isEqualTo(dir + ":1:1: a directory, not a plan file");
    }

    @Test
    void symbolicLinksAreFollowedAndLoopsAndDanglingLinksNamed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        try {
            Files.createSymbolicLink(a, b.getFileName());
            Files.createSymbolicLink(b, a.getFileName());
        } catch (UnsupportedOperationException | IOException ex) {
            assumeTrue(false, "symbolic links are not available: " + ex);
        }
        assertThat(onlyError(a)).isEqualTo(a + ":1:1: a symbolic link loop (the link leads back to itself); it names no file");
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
        assertThat(onlyError(dangling)).isEqualTo(dangling + ":1:1: a symbolic link to a file that does not exist");
        assertThat(onlyError(dir.resolve("missing.yaml"))).endsWith("missing.yaml:1:1: no such file");
        Path real = Files.writeString(dir.resolve("real.yaml"), PLAN);
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real);
        assertThat(new PlanLoader().load(link).formattedErrors()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("big.yaml"), PLAN + "#".repeat(YamlReader.MAX_CHARS));
        assertThat(onlyError(big)).endsWith(":1:1: the file is " + Files.size(big) + " bytes; a plan file may be at most 4000000");
        String comments = ("#".repeat(99) + "\n").repeat((YamlReader.MAX_CHARS - PLAN.length()) / 100);
        String filler = PLAN + comments + "#".repeat(YamlReader.MAX_CHARS - PLAN.length() - comments.length());
        Path exactly = Files.writeString(dir.resolve("exact.yaml"), filler);
        assertThat(Files.size(exactly)).isEqualTo(YamlReader.MAX_CHARS);
        assertThat(new PlanLoader().load(exactly).formattedErrors()).isEmpty();
    }

    @Test
    void utf16AndUtf32AreNamedWithOrWithoutAByteOrderMark(@TempDir Path dir) throws IOException {
        String[][] cases = {
                {"UTF-16LE", "", "UTF-16 (little-endian)"},
                {"UTF-16BE", "", "UTF-16 (big-endian)"},
                {"UTF-16LE", "\uFEFF", "UTF-16 (little-endian, with a byte order mark)"},
                {"UTF-16BE", "\uFEFF", "UTF-16 (big-endian, with a byte order mark)"},
                {"UTF-32LE", "", "UTF-32 (little-endian)"},
                {"UTF-32BE", "\uFEFF", "UTF-32 (big-endian, with a byte order mark)"},
        };
        for (String[] c : cases) {
            Path f = Files.write(dir.resolve(c[0] + c[1].length() + ".yaml"), (c[1] + PLAN).getBytes(java.nio.charset.Charset.forName(c[0])));
            assertThat(onlyError(f)).as(c[0]).isEqualTo(f + ":1:1: the file is " + c[2] + ", not UTF-8; save it as UTF-8");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre(@TempDir Path dir) throws IOException {
        byte[] latin1 = (PLAN + "governance: {lead: {name: Zoë}}\n").getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.yaml"), latin1);
        assertThat(onlyError(f)).isEqualTo(f + ":4:29: the file is not UTF-8: byte 0xEB here is not valid UTF-8"
                + " (was the file saved as Windows-1252 or Latin-1?); save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowedAndNotCountedAsAColumn(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("bom.yaml"), "\uFEFF" + PLAN + "zz: 1\n");
        assertThat(new PlanLoader().load(f).formattedErrors()).containsExactly(f + ":4:1: zz: unknown key; did you mean \"acs\"?");
        Path bad = Files.write(dir.resolve("bom-latin1.yaml"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xE9});
        assertThat(onlyError(bad)).startsWith(bad + ":1:4: the file is not UTF-8: byte 0xE9");
    }
}
