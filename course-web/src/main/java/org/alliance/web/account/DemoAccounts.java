package org.alliance.web.account;

import java.time.Clock;
import org.alliance.web.persistence.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role for the embedded run, so a newcomer can look around at once. Off in the prod
 * profile. The passwords are public by design: never turn this on for real users.
 */
@Component
@ConditionalOnBooleanProperty("alliance.demo.enabled")
@Order(0)
class DemoAccounts implements StartupTask {
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, String password, AccountRole role) {}

    static final Demo STUDENT = new Demo("student", "Sam Student", "tide-pools-at-dawn", AccountRole.STUDENT);
    static final Demo INSTRUCTOR =
            new Demo("instructor", "Iris Instructor", "cedar-desk-lamp-marking", AccountRole.INSTRUCTOR);
    static final Demo ADMIN = new Demo("admin", "Ada Admin", "brass-ring-of-keys", AccountRole.ADMIN);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void run() {
        var lines = new StringBuilder("Demo accounts (alliance.demo.enabled=true; never use with real users):");
        for (Demo demo : new Demo[] {STUDENT, INSTRUCTOR, ADMIN}) {
            if (!accounts.existsByUsername(demo.username())) {
                accounts.save(Account.create(
                        demo.username(),
                        demo.displayName(),
                        encoder.encode(demo.password()),
                        demo.role(),
                        false,
                        clock.instant()));
            }
            lines.append(String.format(
                    "%n  %-10s  username: %-10s  password: %s", demo.role(), demo.username(), demo.password()));
        }
        log.warn("{}", lines);
    }
}
