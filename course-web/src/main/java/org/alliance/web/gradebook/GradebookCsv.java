package org.alliance.web.gradebook;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV that spreadsheets open cleanly: UTF-8 with a byte-order mark (so Excel does not guess a
 * legacy code page), CRLF line ends, and quoting where a cell holds a comma, quote or line break. A cell
 * that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe: titles and names are typed by people, and a formula in an export is an attack.
 */
final class GradebookCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private GradebookCsv() {}

    static byte[] write(List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var csv = new RowWriter(out);
            for (List<String> row : rows) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Rows written to a stream as they come: the byte-order mark first, then each row; nothing kept. */
    static final class RowWriter {
        private final Writer text;
        private final OutputStream out;

        RowWriter(OutputStream out) throws IOException {
            this.out = out;
            out.write(BOM);
            this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        void row(List<String> row) throws IOException {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.write(',');
                }
                text.write(cell(row.get(i)));
            }
            text.write("\r\n");
        }

        /** Sends what is buffered on to the stream (and the stream on to the reader). */
        void flush() throws IOException {
            text.flush();
            out.flush();
        }
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
