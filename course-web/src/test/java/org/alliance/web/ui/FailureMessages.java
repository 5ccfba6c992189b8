package org.alliance.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test fixture for failures the user must be told about: a database that refuses one value, the texts of the open
 * notifications, and the error id a message quotes.
 */
public final class FailureMessages {
    /** Text that the database refuses while {@link #refusedWhile} runs. */
    public static final String REFUSED = "refused by the database";

    private static final Pattern ERROR_ID = Pattern.compile("error id: ([A-Z2-9]{4}-[A-Z2-9]{4})");

    private FailureMessages() {}

    /**
     * Runs the action while {@code table.column} may not contain {@link #REFUSED}: a check constraint of the test's
     * own, removed after, the same kind of refusal H2 2.4.240 gave every write after half an hour.
     */
    public static void refusedWhile(JdbcClient jdbc, String table, String column, Runnable action) {
        String constraint = "test_refuses_" + table;
        jdbc.sql("alter table " + table + " add constraint " + constraint + " check (" + column + " is null or "
                        + column + " not like '%" + REFUSED + "%')")
                .update();
        try {
            action.run();
        } finally {
            jdbc.sql("alter table " + table + " drop constraint " + constraint).update();
        }
    }

    /** The texts of the notifications still open. */
    public static List<String> texts(List<Notification> notifications) {
        return notifications.stream()
                .filter(Notification::isOpened)
                .map(n -> n.getChildren()
                        .map(c -> c.getElement().getTextRecursively())
                        .reduce("", String::concat))
                .toList();
    }

    /** The error id a message gives the user to quote. */
    public static String errorId(String message) {
        Matcher m = ERROR_ID.matcher(message);
        assertThat(m.find()).as("an error id in: " + message).isTrue();
        return m.group(1);
    }
}
