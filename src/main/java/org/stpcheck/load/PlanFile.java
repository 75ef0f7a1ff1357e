package org.stpcheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a plan file's bytes and decodes them as UTF-8, refusing what is not a plan file before it is
 * opened: a directory, a named pipe or a device is named for what it is and never read (reading a
 * pipe would block), a symbolic link loop is reported, and text in another encoding is named.
 *
 * <p>Public for {@link #decode(byte[])} alone: the HTTP server's plan bytes (a request body, a
 * file it read for the editor) are judged by the same rules and in the same words as a file's.
 */
public final class PlanFile {
    private PlanFile() {}

    /** The file's text, or the one error that stops it being read. */
    public record Read(String text, LoadError error) {
        static Read failed(String message) { return new Read(null, new LoadError(1, 1, "", message)); }
    }

    static Read read(Path file, int maxBytes) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException ex) {
            return Read.failed(Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist" : "no such file");
        } catch (FileSystemException ex) {
            String reason = ex.getReason() == null ? "" : ex.getReason();
            if (Files.isSymbolicLink(file) && reason.contains("symbolic links")) {
                return Read.failed("a symbolic link loop (the link leads back to itself); it names no file");
            }
            return Read.failed("cannot read the file: " + (reason.isEmpty() ? ex.getClass().getSimpleName() : reason));
        } catch (IOException | SecurityException ex) {
            return Read.failed("cannot read the file: " + ex.getMessage());
        }
        if (attrs.isDirectory()) return Read.failed("a directory, not a plan file");
        if (!attrs.isRegularFile()) return Read.failed(kind(file) + ", not a plan file; only regular files are read");
        if (attrs.size() > maxBytes) return Read.failed("the file is " + attrs.size() + " bytes; a plan file may be at most " + maxBytes);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read no more than the limit allows, whatever the size said a moment ago
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException | SecurityException ex) {
            String m = ex instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : ex.getMessage();
            return Read.failed("cannot read the file: " + m);
        }
        return decode(bytes, maxBytes);
    }

    /** What a file that is neither a regular file nor a directory is, from its Unix mode where known. */
    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (mode) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException | SecurityException ex) {
            return "not a regular file (a device, pipe or socket)";
        }
    }

    /**
     * A plan file's bytes had from elsewhere, read as {@link PlanLoader#load(java.nio.file.Path)}
     * reads a file's: over the loader's limit, or not UTF-8, is the error the command line gives.
     */
    public static Read decode(byte[] bytes) {
        return decode(bytes, PlanLoader.MAX_BYTES);
    }

    private static Read decode(byte[] bytes, int maxBytes) {
        if (bytes.length > maxBytes) return Read.failed("the file is larger than " + maxBytes + " bytes, the most a plan file may be");
        return utf8(bytes);
    }

    /** UTF-8 text, or an error naming the encoding the file seems to be in, or where it stops being UTF-8. */
    private static Read utf8(byte[] b) {
        String other = otherEncoding(b);
        if (other != null) return Read.failed("the file is " + other + ", not UTF-8; save it as UTF-8");
        // the JDK's own decoding, which copies ASCII straight into a compact string, replaces what
        // is not UTF-8 with U+FFFD; only then (or for a file that writes U+FFFD itself) does the
        // strict decoder below run, to say where
        String text = new String(b, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return new Read(text, null);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int bad = in.position();
            out.flip();
            String before = out.toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = 1;
            for (int i = 0; i < bad; i++) if (b[i] == '\n') line++;
            int column = before.codePointCount(lineStart, before.length()) + 1 - (line == 1 && before.startsWith("\uFEFF") ? 1 : 0);
            return new Read(null, new LoadError(line, column, "", String.format(
                    "the file is not UTF-8: byte 0x%02X here is not valid UTF-8 (was the file saved as Windows-1252 or Latin-1?); save it as UTF-8",
                    b[bad] & 0xFF)));
        }
        return new Read(text, null);   // the file writes U+FFFD itself: the lenient text is the strict one
    }

    /** UTF-16 or UTF-32, with or without a byte order mark, as far as the bytes show; else null. */
    private static String otherEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return "UTF-32 (big-endian, with a byte order mark)";
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return "UTF-32 (little-endian, with a byte order mark)";
        if (startsWith(b, 0xFE, 0xFF)) return "UTF-16 (big-endian, with a byte order mark)";
        if (startsWith(b, 0xFF, 0xFE)) return "UTF-16 (little-endian, with a byte order mark)";
        // without a mark: YAML keys are ASCII, which UTF-16 and UTF-32 pad with zero bytes
        int n = Math.min(b.length, 4096) & ~3;
        if (n < 4) return null;
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) if (b[i] == 0) zeros[i & 3]++;
        int quarter = n / 4;
        if (zeros[0] + zeros[1] + zeros[2] + zeros[3] < quarter) return null;
        if (zeros[1] > quarter / 2 && zeros[2] > quarter / 2 && zeros[3] > quarter / 2 && zeros[0] < quarter / 10) return "UTF-32 (little-endian)";
        if (zeros[0] > quarter / 2 && zeros[1] > quarter / 2 && zeros[2] > quarter / 2 && zeros[3] < quarter / 10) return "UTF-32 (big-endian)";
        int even = zeros[0] + zeros[2];
        int odd = zeros[1] + zeros[3];
        if (odd > quarter && even < quarter / 5) return "UTF-16 (little-endian)";
        if (even > quarter && odd < quarter / 5) return "UTF-16 (big-endian)";
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
