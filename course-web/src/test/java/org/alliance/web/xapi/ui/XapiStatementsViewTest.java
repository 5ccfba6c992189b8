package org.alliance.web.xapi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.alliance.web.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/** The admin's xAPI page, driven as an admin would: the status line, the dates, the download. */
@AllianceTest
@ViewPackages(packages = "org.alliance.web")
class XapiStatementsViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_sees_how_sending_goes_and_downloads_a_range_as_json() {
        navigate(XapiStatementsView.class);
        var view = $(XapiStatementsView.class).single();
        assertThat(view.status.getText()).startsWith("Stored ").contains("No LRS is configured");
        assertThat(view.status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(view.from.getLabel()).isNotBlank();
        assertThat(view.to.getLabel()).isNotBlank();

        var file = new ByteArrayOutputStream();
        test(view.download).download(file);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(file.toString(StandardCharsets.UTF_8))
                        .isArray())
                .isTrue();

        test(view.to).setValue(view.from.getValue().minusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isNotBlank();
        assertThat(view.download.isEnabled()).isFalse();
        test(view.to).setValue(view.from.getValue());
        assertThat(view.download.isEnabled()).isTrue();
    }
}
