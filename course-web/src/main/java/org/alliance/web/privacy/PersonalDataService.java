package org.alliance.web.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.account.PersonalData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data" for the signed-in user: everything every feature stores about them as one JSON document, and
 * deleting their own account. Deletion is for students only: an instructor's or admin's account owns
 * courses and other people's records, so an administrator has to hand those over first.
 */
@Service
public class PersonalDataService {
    /** Aliases use capitals, and usernames are always lowercase: no account can ever be given an alias. */
    static final String ALIAS_PREFIX = "deleted-";

    private static final String ALIAS_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ALIAS_LENGTH = 10;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalData> sections;
    private final AccountService accounts;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalDataService(
            List<PersonalData> sections, AccountService accounts, TransactionOperations transactions, Clock clock) {
        var names = new HashSet<String>();
        for (PersonalData data : sections) {
            if (!names.add(data.section())) {
                throw new IllegalStateException("Two PersonalData beans share the section " + data.section());
            }
        }
        this.sections = List.copyOf(sections);
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Everything stored about the signed-in user, as indented UTF-8 JSON. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] export() {
        String me = accounts.currentAccount().username();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("generatedAt", clock.instant());
        document.put("username", me);
        for (PersonalData data : sections) {
            document.put(data.section(), data.export(me));
        }
        return JSON.writeValueAsBytes(document);
    }

    /** Whether the signed-in user may delete their own account here (students only). */
    @PreAuthorize("isAuthenticated()")
    public boolean canDeleteMyAccount() {
        return accounts.currentAccount().role() == AccountRole.STUDENT;
    }

    /**
     * Deletes the signed-in student's account after checking their password. Every feature anonymises its
     * records in ONE transaction (the transaction is spelled out here, not left to an annotation, so the
     * all-or-nothing rule is in plain sight): if any feature fails, nothing changes. The account feature
     * removes the account row and ends its sessions once the transaction commits.
     *
     * @throws org.alliance.web.account.AccountException "account.password.current-wrong"
     * @throws PrivacyException "privacy.delete.students-only"
     */
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount(String currentPassword) {
        transactions.executeWithoutResult(status -> {
            AccountSummary me = accounts.currentAccount();
            if (me.role() != AccountRole.STUDENT) {
                throw new PrivacyException("privacy.delete.students-only");
            }
            accounts.confirmOwnPassword(currentPassword);
            String alias = newAlias();
            for (PersonalData data : sections) {
                data.anonymise(me.username(), alias);
            }
        });
    }

    private String newAlias() {
        var alias = new StringBuilder(ALIAS_PREFIX);
        // The first character is a capital letter, so every alias has one.
        alias.append(ALIAS_ALPHABET.charAt(random.nextInt(24)));
        for (int i = 1; i < ALIAS_LENGTH; i++) {
            alias.append(ALIAS_ALPHABET.charAt(random.nextInt(ALIAS_ALPHABET.length())));
        }
        return alias.toString();
    }
}
