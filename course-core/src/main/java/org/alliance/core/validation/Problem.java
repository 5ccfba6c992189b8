package org.alliance.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem in content. {@code code} is stable (e.g. {@code unknown-key}) and {@code params}
 * carry the values its message is built from, so the UI can translate; {@code message} and
 * {@code hint} are plain English. {@code path} is the model path (e.g.
 * {@code vignettes[v6].nodes[n3].choices[b].feedback}) so an editor can show it at the field.
 */
public record Problem(
        Severity severity,
        ProblemCode code,
        String file,
        int line,
        int column,
        String path,
        Map<String, String> params,
        String message,
        String hint) {

    public Problem {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static Problem of(ProblemCode code, Location at, String path, Map<String, String> params) {
        return new Problem(
                code.severity(),
                code,
                at.file(),
                at.line(),
                at.column(),
                path,
                params,
                code.message(params),
                code.hint(params));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether the author accepted this warning; the reason is the {@code why} parameter. */
    public boolean isAccepted() {
        return severity == Severity.ACCEPTED;
    }

    /**
     * The same warning, accepted by the author with a written reason. Errors cannot be accepted:
     * where an error is reported, a score would be wrong.
     */
    public Problem accepted(String why) {
        if (isError()) {
            throw new IllegalStateException("an error cannot be accepted: " + code.key());
        }
        Map<String, String> withWhy = new LinkedHashMap<>(params);
        withWhy.put("why", why);
        return new Problem(Severity.ACCEPTED, code, file, line, column, path, withWhy, message, hint);
    }

    /** {@code file:line:column: code: message (hint)}, as the content build prints it. */
    @Override
    public String toString() {
        String accepted = isAccepted() ? " [accepted: " + params.get("why") + "]" : "";
        return file + ":" + line + ":" + column + ": " + code.key() + ": " + message + " (" + hint + ")" + accepted;
    }
}
