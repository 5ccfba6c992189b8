package org.alliance.web.persistence;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points a test run at the database it is meant for before any Spring context starts: nothing to do on H2; on
 * PostgreSQL, the run's fresh database through system properties (which outrank the properties files), or a
 * skip with the reason when there is no server, or a failure when one is required.
 */
final class OnTestDatabase implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestPostgres.selected()) {
            return ConditionEvaluationResult.enabled("runs on H2 in this execution");
        }
        var database = TestPostgres.runDatabase();
        if (database.isEmpty()) {
            String reason = "PostgreSQL not reachable: " + TestPostgres.unreachableReason()
                    + " (run deploy/postgres-for-tests.sh)";
            if (TestPostgres.required()) {
                throw new IllegalStateException("ALLIANCE_REQUIRE_POSTGRES=true but " + reason);
            }
            return ConditionEvaluationResult.disabled(reason);
        }
        System.setProperty("spring.profiles.active", "postgres");
        System.setProperty("spring.datasource.url", database.get().url());
        System.setProperty("spring.datasource.username", database.get().username());
        System.setProperty("spring.datasource.password", database.get().password());
        return ConditionEvaluationResult.enabled(
                "runs on PostgreSQL database " + database.get().url());
    }
}
