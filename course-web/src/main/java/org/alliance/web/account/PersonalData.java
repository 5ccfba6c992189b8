package org.alliance.web.account;

/**
 * One feature's share of what is stored about a person. Each feature implements it over its own tables, in
 * its own package, so that privacy never reaches into another feature's tables. It lives with the account it
 * is about, the feature every other one already builds on, so that implementing it ties no feature to
 * {@code privacy}, which collects the beans.
 */
public interface PersonalData {

    /** The key this feature's data has in the export, such as {@code "enrolments"}. */
    String section();

    /**
     * What this feature stores about the user, as plain records, maps and lists that serialise to JSON.
     * Never secrets such as password hashes.
     */
    Object export(String username);

    /**
     * Removes the user from this feature's tables. Records others rely on (graded attempts in a gradebook)
     * move to {@code alias}, which no account can ever have; anything else is deleted. Called for every
     * feature inside one transaction: throwing rolls back every feature's change.
     */
    void anonymise(String username, String alias);
}
