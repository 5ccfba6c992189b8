package org.alliance.web.catalog;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.alliance.web.AllianceTest;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An import that fails midway, after the course row and some of its files are written, leaves nothing behind:
 * the database refuses one file (a test trigger stands in for a disk or network failure) and the whole import
 * rolls back.
 */
@AllianceTest
class AllOrNothingImportTest {
    static final String MARKER = "This sentence makes the test database refuse the file.";

    @Autowired
    CoursePortability portability;

    @Autowired
    JdbcClient jdbc;

    /** Refuses any stored course file that holds the marker; every other file passes untouched. */
    public static class RefuseMarkedFile implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            if (newRow != null && String.valueOf(newRow[2]).contains(MARKER)) {
                throw new SQLException("refused by the test trigger");
            }
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "atomic-importer", roles = "INSTRUCTOR")
    void a_failure_midway_stores_no_course_no_version_and_no_file() {
        jdbc.sql(
                        "create trigger if not exists refuse_marked_file before insert on course_version_file for each row call \""
                                + RefuseMarkedFile.class.getName() + "\"")
                .update();
        var files = renamed("here-and-now", "atomic-course");
        // The last file written (files go in path order), so the course, its version and other files come first.
        String last = files.keySet().stream()
                .filter(p -> p.startsWith("vignettes/"))
                .reduce((a, b) -> b)
                .orElseThrow();
        files.put(last, files.get(last).replaceFirst("(?m)^title: (.*)$", "title: \"" + MARKER + "\""));
        long versions = count("select count(*) from course_version");
        long stored = count("select count(*) from course_version_file");

        assertThatThrownBy(() -> portability.importZip(zip("atomic-course", files)))
                .isInstanceOf(DataAccessException.class);

        assertThat(count("select count(*) from course where id = 'atomic-course'"))
                .isZero();
        assertThat(count("select count(*) from offering where course_id = 'atomic-course'"))
                .isZero();
        assertThat(count("select count(*) from course_version")).isEqualTo(versions);
        assertThat(count("select count(*) from course_version_file")).isEqualTo(stored);
    }
}
