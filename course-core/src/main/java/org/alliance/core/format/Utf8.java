package org.alliance.core.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** Strict UTF-8 decoding: malformed bytes are a problem, not silently replaced. */
final class Utf8 {

    private Utf8() {}

    /** Where a file stops being UTF-8: line and column (from 1) of the first bad bytes, and those bytes. */
    record Malformed(int line, int column, byte[] bytes) {

        /** The bad bytes as hex, e.g. {@code 0xE9} or {@code 0xC3 0x28}. */
        String hex() {
            StringBuilder out = new StringBuilder();
            for (byte b : bytes) {
                out.append(out.isEmpty() ? "" : " ")
                        .append("0x")
                        .append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
            return out.toString();
        }

        /** The bytes read as Windows-1252, the usual encoding of a file that is not UTF-8. */
        String asWindows1252() {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Optional<String> decode(byte[] bytes) {
        try {
            String text = strict().decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The first malformed sequence of bytes that {@link #decode} refuses, if any. */
    static Optional<Malformed> firstMalformed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CharsetDecoder decoder = strict();
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int offset = in.position();
        int length = Math.min(result.length(), bytes.length - offset);
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        byte[] bad = Arrays.copyOfRange(bytes, offset, offset + Math.max(length, 1));
        return Optional.of(new Malformed(line, column, bad));
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
