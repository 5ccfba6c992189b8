package org.alliance.web.lti;

import java.time.Clock;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.springframework.stereotype.Component;

/**
 * The account of a person an LMS names (by platform and its stable {@code sub}, never by e-mail): the one linked
 * before, or one made now with the LMS's name, an instructor account for a teacher. Launches and roster pulls both
 * come here, so a person gets the same account whichever way they first arrive.
 */
@Component
class LmsAccounts {
    private final LinkStore links;
    private final AccountService accounts;
    private final Clock clock;

    LmsAccounts(LinkStore links, AccountService accounts, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.clock = clock;
    }

    String accountFor(long platformId, String sub, String displayName, boolean teaches) {
        return links.username(platformId, sub).orElseGet(() -> {
            String username =
                    accounts.provisionFromLms(displayName, teaches ? AccountRole.INSTRUCTOR : AccountRole.STUDENT);
            links.linkUser(platformId, sub, username, clock.instant());
            return username;
        });
    }
}
