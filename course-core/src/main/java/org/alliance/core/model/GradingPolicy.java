package org.alliance.core.model;

/** How the course grade is formed and what counts as complete. */
public record GradingPolicy(double passMark, Weights weights, CompletionRule completion) {

    public static GradingPolicy defaults() {
        return new GradingPolicy(0.6, Weights.defaults(), CompletionRule.defaults());
    }
}
