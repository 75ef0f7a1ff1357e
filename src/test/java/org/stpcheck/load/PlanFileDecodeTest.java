package org.stpcheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link PlanFile#decode} takes the JDK's lenient decoding when it shows no U+FFFD and runs the
 * strict decoder otherwise. The strict decoder alone is the oracle: on seeded byte strings mixing
 * ASCII, every length of valid sequence, byte order marks, a literal U+FFFD and every kind of
 * malformed input, both give the same text, or both refuse the bytes.
 */
class PlanFileDecodeTest {
    private static final long SEED = 20261205L;

    /** The strict decoding, or null when the bytes are not UTF-8. */
    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {@code expected}: the strict decoder's text for {@code b}, or null when it refuses the bytes. */
    private static void assertSameAsStrict(byte[] b, String expected, String what) {
        PlanFile.Read read = PlanFile.decode(b);
        // UTF-16 or UTF-32 is told from the first bytes, before any decoding (not changed)
        if (read.error() != null && read.error().message().startsWith("the file is UTF-")) return;
        if (expected == null) {
            assertThat(read.text()).as(what).isNull();
            assertThat(read.error().message()).as(what).contains("is not valid UTF-8");
        } else {
            assertThat(read.text()).as(what).isEqualTo(expected);
            assertThat(read.error()).as(what).isNull();
        }
    }

    @Test
    void theShippedPlansAndExamplesDecodeAsTheStrictDecoderDecodesThem() throws Exception {
        for (Path dir : List.of(Path.of("plans"), Path.of("src/test/resources/examples"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    byte[] b = Files.readAllBytes(p);
                    assertSameAsStrict(b, strict(b), p.toString());
                }
            }
        }
    }

    @Test
    void seededBytesDecodeAsTheStrictDecoderDecodesThemOrAreRefusedAsItRefusesThem() {
        Random random = new Random(SEED);
        int refused = 0;
        int withReplacement = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] b = bytes(random);
            String expected = strict(b);
            assertSameAsStrict(b, expected, "case " + n);
            if (expected == null) refused++;
            else if (expected.indexOf('\uFFFD') >= 0) withReplacement++;
        }
        assertThat(refused).as("malformed cases generated").isGreaterThan(2_000);
        assertThat(withReplacement).as("valid cases that write U+FFFD themselves").isGreaterThan(500);
    }

    /** A few pieces: ASCII text, valid sequences of 2 to 4 bytes, marks, U+FFFD, and malformed ones. */
    private static byte[] bytes(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = 1 + r.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            switch (r.nextInt(12)) {
                case 0, 1, 2 -> out.writeBytes(("plan:\n  id: p" + r.nextInt(1000) + "\n").getBytes(StandardCharsets.UTF_8));
                case 3 -> out.writeBytes(new String(Character.toChars(0x80 + r.nextInt(0x780))).getBytes(StandardCharsets.UTF_8));
                case 4 -> out.writeBytes(new String(Character.toChars(0x800 + r.nextInt(0xD000))).getBytes(StandardCharsets.UTF_8));
                case 5 -> out.writeBytes(new String(Character.toChars(0x10000 + r.nextInt(0xFFFFF))).getBytes(StandardCharsets.UTF_8));
                case 6 -> out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
                case 7 -> out.writeBytes("\uFFFD".getBytes(StandardCharsets.UTF_8));
                case 8 -> out.write(0x80 + r.nextInt(0x80));                                   // a lone byte above ASCII
                case 9 -> {                                                                     // a sequence cut short
                    byte[] whole = new String(Character.toChars(0x800 + r.nextInt(0xD000))).getBytes(StandardCharsets.UTF_8);
                    out.write(whole, 0, 1 + r.nextInt(whole.length - 1));
                }
                case 10 -> out.writeBytes(new byte[] {(byte) 0xC0, (byte) (0x80 + r.nextInt(0x40))});  // overlong
                default -> out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 + r.nextInt(0x20)), (byte) (0x80 + r.nextInt(0x40))}); // a surrogate
            }
        }
        return out.toByteArray();
    }
}
