package org.alliance.web.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Readable one-time passwords: four groups of five, from an alphabet without look-alike characters. */
@Component
class OneTimePasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    String generate() {
        var out = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                out.append('-');
            }
            for (int i = 0; i < 5; i++) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
