package org.alliance.core;

/**
 * How many cases each fuzz test runs, and from which seed. The normal build runs a short seeded run; the
 * reliability profile ({@code ./mvn25 verify -Preliability}) sets {@code alliance.fuzz.cases} to 10,000.
 * {@code -Dalliance.fuzz.seed=...} replays or explores another seed; each test prints the seed it used.
 */
public final class FuzzBudget {

    public static final String CASES = "alliance.fuzz.cases";
    public static final String SEED = "alliance.fuzz.seed";
    private static final int NORMAL = 300;

    private FuzzBudget() {}

    public static int cases() {
        String value = System.getProperty(CASES, "");
        return value.isBlank() ? NORMAL : Integer.parseInt(value.strip());
    }

    /** The seed given on the command line, else the test's own fixed one; printed so a failure can be repeated. */
    public static long seed(String test, long fixed) {
        String value = System.getProperty(SEED, "");
        long seed = value.isBlank() ? fixed : Long.parseLong(value.strip());
        System.out.printf(
                "%s: %d cases from seed %d (repeat with -D%s=%d -D%s=%d)%n",
                test, cases(), seed, SEED, seed, CASES, cases());
        return seed;
    }
}
