package org.stpcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What JSON and HTML set aside until the summary is known comes back exactly, and leaves no file behind. */
class SpoolTest {

    @Test
    void aSmallSpoolStaysInMemory() throws IOException {
        try (Spool spool = new Spool(null)) {
            spool.discard(1);
            spool.write("{ plans }");
            StringWriter out = new StringWriter();
            spool.copyTo(out);
            assertThat(out.toString()).isEqualTo(" plans }");
            assertThat(spool.inFile()).isFalse();
        }
    }

    @Test
    void aLargeSpoolSpillsToAFileThatNoOneCanSeeAndComesBackExactly(@TempDir Path dir) throws IOException {
        StringBuilder expected = new StringBuilder();
        try (Spool spool = new Spool(dir, 1_000)) {
            spool.discard(5);
            for (int i = 0; i < 5_000; i++) {
                String chunk = "plan " + i + " — £ é 😀 \u2028\n";
                spool.write(chunk);
                expected.append(chunk);
            }
            assertThat(spool.inFile()).isTrue();
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.toList()).as("the spool file is unlinked as soon as it is made").isEmpty();
            }
            StringWriter out = new StringWriter();
            spool.copyTo(out);
            assertThat(out.toString()).isEqualTo(expected.substring(5));
        }
    }

    /** Into a report file the spooled bytes are copied as they are, between what was written before and after. */
    @Test
    void aSpilledSpoolGoesIntoAReportFileByteForByte(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.txt");
        StringBuilder expected = new StringBuilder("head é\n");
        try (ReportOutput out = ReportOutput.toFile(target, java.util.List.of()); Spool spool = new Spool(dir, 100)) {
            out.writer().write("head é\n");
            for (int i = 0; i < 2_000; i++) {
                String chunk = "line " + i + " — 😀\n";
                spool.write(chunk);
                expected.append(chunk);
            }
            assertThat(spool.inFile()).isTrue();
            spool.copyTo(out.writer());
            out.writer().write("tail\n");
            expected.append("tail\n");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo(expected.toString());
    }
}
