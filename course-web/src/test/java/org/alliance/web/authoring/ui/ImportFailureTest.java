package org.alliance.web.authoring.ui;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.alliance.web.ui.FailureMessages.errorId;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** An import whose storage fails says so on the page (it used to show nothing at all) and stores nothing. */
@AllianceTest
@ExtendWith(OutputCaptureExtension.class)
class ImportFailureTest extends SpringBrowserlessTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "if-importer", roles = "INSTRUCTOR")
    void an_import_whose_storage_fails_says_so_on_the_page_and_stores_nothing(CapturedOutput log) {
        accounts.register("Importer", "if-importer", "a long walk by the river");
        long versions = count("select count(*) from course_version");
        var view = navigate(ImportCourseView.class);
        jdbc.sql("alter table course add constraint test_refuses_course check (id <> 'if-storage-fails')")
                .update();
        try {
            test(view.upload)
                    .upload(
                            "course.zip",
                            "application/zip",
                            zip("if-storage-fails", renamed("here-and-now", "if-storage-fails")));
            roundTrip();
        } finally {
            jdbc.sql("alter table course drop constraint test_refuses_course").update();
        }

        assertThat(view.outcome.isVisible()).isTrue();
        assertThat(view.outcome.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.outcomeHeading.getText()).isEqualTo("Not imported");
        assertThat(view.outcomeText.getText())
                .startsWith("The course was not imported: the database did not accept the change. Please try again.");
        assertThat(log.getOut())
                .contains("Error " + errorId(view.outcomeText.getText()) + ": failure.import (user if-importer");
        assertThat(count("select count(*) from course_version")).isEqualTo(versions);
        assertThat(count("select count(*) from course where id = 'if-storage-fails'"))
                .isZero();
    }
}
