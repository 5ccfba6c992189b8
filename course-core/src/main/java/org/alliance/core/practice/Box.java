package org.alliance.core.practice;

/**
 * A statement's place in a student's spacing schedule (Leitner boxes): box 1 comes back in the next round, box 2
 * two rounds later, box 3 four rounds later. {@code dueRound} is the first round number it is due in.
 */
public record Box(int box, int dueRound) {
    static final int[] INTERVAL = {0, 1, 2, 4};

    public Box {
        if (box < 1 || box > 3) {
            throw new IllegalArgumentException("box must be 1, 2 or 3, not " + box);
        }
    }

    /**
     * Where a statement goes after it was rated in round {@code round}: "too hard" to box 1, "good challenge" to
     * box 2, "too easy" to box 3; a response sent for feedback also goes to box 1, so it comes back next round.
     */
    public static Box after(Difficulty rating, boolean feedbackRequested, int round) {
        int box = feedbackRequested
                ? 1
                : switch (rating) {
                    case TOO_HARD -> 1;
                    case GOOD_CHALLENGE -> 2;
                    case TOO_EASY -> 3;
                };
        return new Box(box, round + INTERVAL[box]);
    }

    /** A statement sent for feedback comes back in the next round, whatever it was rated. */
    public static Box feedbackRequested(int round) {
        return new Box(1, round + INTERVAL[1]);
    }

    public boolean dueIn(int round) {
        return dueRound <= round;
    }
}
