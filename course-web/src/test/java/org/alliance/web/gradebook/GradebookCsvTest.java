package org.alliance.web.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradebookCsvTest {

    @Test
    void formula_cells_are_neutralised_and_awkward_cells_quoted() {
        assertThat(GradebookCsv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(GradebookCsv.cell("+1")).isEqualTo("'+1");
        assertThat(GradebookCsv.cell("-1")).isEqualTo("'-1");
        assertThat(GradebookCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(GradebookCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(GradebookCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(GradebookCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(GradebookCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(GradebookCsv.cell("plain 75")).isEqualTo("plain 75");
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
        byte[] bytes = GradebookCsv.write(List.of(List.of("Élève", "=cmd"), List.of("x", "")));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Élève,'=cmd\r\nx,\r\n");
    }

    @Test
    void percentages_read_the_same_in_every_locale() {
        assertThat(Gradebook.percent(0.7)).isEqualTo("70");
        assertThat(Gradebook.percent(0.875)).isEqualTo("87.5");
        assertThat(Gradebook.percent(1.0 / 3)).isEqualTo("33.3");
    }
}
