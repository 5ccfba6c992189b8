package org.alliance.web.gradebook;

import java.io.ByteArrayOutputStream;
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
        var text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(row.get(i)));
            }
            text.append("\r\n");
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
