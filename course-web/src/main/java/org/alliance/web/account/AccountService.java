package org.alliance.web.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliance.web.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every account operation, each checking who asks: anyone may register, a signed-in user manages their
 * own password, and only an admin manages other accounts. (Services use {@code @PreAuthorize}; the JSR-250
 * annotations stay on views, where Vaadin reads them: enabling them for method security would proxy views.)
 */
@Service
public class AccountService {
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final OneTimePasswords oneTimePasswords;
    private final AccountSessionStore sessions;
    private final Clock clock;
    private final CurrentUser currentUser;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            OneTimePasswords oneTimePasswords,
            AccountSessionStore sessions,
            Clock clock,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.oneTimePasswords = oneTimePasswords;
        this.sessions = sessions;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Student self-registration. */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary register(String displayName, String username, String password) {
        String name = requireDisplayName(displayName);
        String user = requireFreeUsername(username);
        requireAcceptable(password, user, name);
        return accounts.save(Account.create(
                        user, name, encoder.encode(password), AccountRole.STUDENT, false, clock.instant()))
                .summary();
    }

    /**
     * A system account (such as the library that owns bundled courses): created disabled, with a password
     * nobody knows, so it can own things but never sign in. For start-up code only.
     */
    @Transactional
    public void ensureSystemAccount(String username, String displayName) {
        if (!accounts.existsByUsername(username)) {
            accounts.save(Account.create(
                            username,
                            displayName,
                            encoder.encode(oneTimePasswords.generate()),
                            AccountRole.INSTRUCTOR,
                            false,
                            clock.instant())
                    .withEnabled(false));
        }
    }

    /**
     * An account for a person an LMS launched (lti feature, after checking the platform's signed token): a generated
     * username, the name the LMS gave, and a password nobody knows, so it signs in through its LMS only (an admin
     * can reset the password to give it a sign-in of its own). Returns the username.
     */
    @Transactional
    public String provisionFromLms(String displayName, AccountRole role) {
        String name = displayName.isBlank() ? "LMS user" : displayName.strip();
        name = name.length() > 80 ? name.substring(0, 80) : name;
        String username;
        do {
            username = "lti-"
                    + oneTimePasswords
                            .generate()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9]", "");
            username = username.substring(0, Math.min(username.length(), 14));
        } while (accounts.existsByUsername(username));
        accounts.save(Account.create(
                username, name, encoder.encode(oneTimePasswords.generate()), role, false, clock.instant()));
        return username;
    }

    /** For the login mechanism only: the stored credentials of an account, if it exists. */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String username) {
        return accounts.findByUsername(Usernames.normalise(username))
                .map(a -> new LoginAccount(
                        a.username(),
                        a.displayName(),
                        a.passwordHash(),
                        a.role(),
                        a.enabled(),
                        a.mustChangePassword()));
    }

    /**
     * For the login mechanism only: after a sign-in with the right password, stores the same password hashed
     * with today's parameters. Only if the stored hash is still {@code currentHash}, so a password changed in
     * the meantime wins and nobody who does not already hold the hash can set one.
     */
    @Transactional
    public void upgradePasswordHash(String username, String currentHash, String newHash) {
        accounts.findByUsername(Usernames.normalise(username))
                .filter(account -> account.passwordHash().equals(currentHash))
                .ifPresent(account -> accounts.save(account.withPassword(newHash, account.mustChangePassword())));
    }

    /** The signed-in user's account, unless it has gone (deleted while a page was still open). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> currentAccountIfAny() {
        return currentUser.username().flatMap(accounts::findByUsername).map(Account::summary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary currentAccount() {
        return loadCurrent().summary();
    }

    /**
     * Changes the signed-in user's own password. Every other session of the user ends; the session that
     * made the change ({@code keepSessionId}) stays.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, @Nullable String keepSessionId) {
        Account account = loadCurrent();
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("account.password.current-wrong");
        }
        requireAcceptable(newPassword, account.username(), account.displayName());
        if (encoder.matches(newPassword, account.passwordHash())) {
            throw new AccountException("account.password.same-as-old");
        }
        endSessions(accounts.save(account.withPassword(encoder.encode(newPassword), false)), keepSessionId);
    }

    /**
     * Checks the signed-in user's password before an irreversible step of their own, such as deleting
     * their account; returns who they are.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountSummary confirmOwnPassword(String currentPassword) {
        Account account = loadCurrent();
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("account.password.current-wrong");
        }
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list(String filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        String f = filter.strip().toLowerCase();
        var found = f.isEmpty()
                ? accounts.findAllByOrderByUsername(page)
                : accounts.findByUsernameContainingOrDisplayNameContainingOrderByUsername(f, filter.strip(), page);
        return found.stream().map(Account::summary).toList();
    }

    /** Creates an account of any role with a one-time password, shown to the admin once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OneTimePassword createAccount(String displayName, String username, AccountRole role) {
        String name = requireDisplayName(displayName);
        String user = requireFreeUsername(username);
        String password = oneTimePasswords.generate();
        accounts.save(Account.create(user, name, encoder.encode(password), role, true, clock.instant()));
        return new OneTimePassword(user, password);
    }

    /** A new role ends the account's sessions, so no open session keeps the rights of the old one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary changeRole(String username, AccountRole role) {
        Account account = loadOther(username);
        if (account.role() == role) {
            return account.summary();
        }
        Account saved = accounts.save(account.withRole(role));
        endSessions(saved, null);
        return saved.summary();
    }

    /** Disabling ends every session of the account at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setEnabled(String username, boolean enabled) {
        Account account = loadOther(username);
        Account saved = accounts.save(account.withEnabled(enabled));
        if (!enabled) {
            endSessions(saved, null);
        }
        return saved.summary();
    }

    /** A new one-time password, to be changed at next login; the account's sessions end. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OneTimePassword resetPassword(String username) {
        Account account = loadOther(username);
        String password = oneTimePasswords.generate();
        endSessions(accounts.save(account.withPassword(encoder.encode(password), true)), null);
        return new OneTimePassword(account.username(), password);
    }

    /** Ends the account's sessions on every instance, once this transaction commits (see AccountSessions). */
    private void endSessions(Account saved, @Nullable String keepSessionId) {
        sessions.endAll(Objects.requireNonNull(saved.id()), clock.instant(), keepSessionId);
    }

    private Account loadCurrent() {
        return accounts.findByUsername(currentUser.require())
                .orElseThrow(() -> new AccountException("account.not-found"));
    }

    /** An admin acts on other accounts only, so they cannot lock themselves out. */
    private Account loadOther(String username) {
        String user = Usernames.normalise(username);
        if (currentUser.username().filter(user::equals).isPresent()) {
            throw new AccountException("account.admin.not-on-self");
        }
        return accounts.findByUsername(user).orElseThrow(() -> new AccountException("account.not-found"));
    }

    private String requireDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new AccountException("account.display-name.invalid");
        }
        return name;
    }

    private String requireFreeUsername(String username) {
        String user = Usernames.normalise(username);
        if (!Usernames.isValid(user)) {
            throw new AccountException("account.username.invalid");
        }
        if (accounts.existsByUsername(user)) {
            throw new AccountException("account.username.taken");
        }
        return user;
    }

    private void requireAcceptable(String password, String username, String displayName) {
        policy.check(password, username, displayName).ifPresent(refusal -> {
            throw new AccountException(refusal.messageKey(), refusal.feedbackKeys());
        });
    }
}
