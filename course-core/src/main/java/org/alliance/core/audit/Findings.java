package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.validation.ProblemCode;

/** Collects findings while the checks run. */
final class Findings {

    private final List<Finding> found = new ArrayList<>();

    /** Adds a finding; {@code params} alternate name and value. */
    void add(ProblemCode code, String path, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        found.add(new Finding(code, path, map, Optional.empty()));
    }

    List<Finding> list() {
        return List.copyOf(found);
    }

    /** A fraction as a whole percentage, e.g. 0.356 → "36". */
    static String percent(double fraction) {
        return Long.toString(Math.round(fraction * 100));
    }

    /** A number with at most two decimals, e.g. 1.5 → "1.5", 0.75 → "0.75". */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
