package org.alliance.core.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.validation.ProblemCode;

/**
 * One thing the audit found, at a model path, with the values its message is built from. The
 * validator turns it into a {@code Problem} at the file position of that path.
 *
 * @param acceptedWhy the author's reason when the warning is accepted on its element or above
 */
public record Finding(ProblemCode code, String path, Map<String, String> params, Optional<String> acceptedWhy) {

    public Finding {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    Finding accept(String why) {
        return new Finding(code, path, params, Optional.of(why));
    }
}
