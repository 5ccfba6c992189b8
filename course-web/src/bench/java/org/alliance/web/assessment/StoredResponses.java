package org.alliance.web.assessment;

import org.alliance.core.scoring.Response;

/**
 * Benchmark sources only: a response in the exact form {@code attempt_answer.response} holds, by the app's own
 * codec, so generated answers read back like answers students saved.
 */
public final class StoredResponses {
    private StoredResponses() {}

    public static String encode(Response response) {
        return ResponseCodec.encode(response);
    }
}
