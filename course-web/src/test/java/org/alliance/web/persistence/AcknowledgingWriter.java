package org.alliance.web.persistence;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run as its own process by {@link H2DurabilityTest}: commits one row after another on the given JDBC URL and
 * prints each id once its commit has returned, which is the moment the app tells a student "Saved.".
 */
public final class AcknowledgingWriter {
    private AcknowledgingWriter() {}

    public static void main(String[] args) throws SQLException {
        try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS acknowledged(id BIGINT PRIMARY KEY)");
            try (var insert = connection.prepareStatement("INSERT INTO acknowledged VALUES (?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.executeUpdate(); // auto-commit: returns once committed
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
