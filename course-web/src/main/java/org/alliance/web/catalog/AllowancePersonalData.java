package org.alliance.web.catalog;

import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.springframework.stereotype.Component;

/** Extra attempts and extensions teachers granted, in "My data"; they follow the attempts to the alias. */
@Component
class AllowancePersonalData implements PersonalData {
    private final OfferingStore store;

    AllowancePersonalData(OfferingStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "allowances";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(String username) {
        return Map.of("extraAttempts", store.extraAttemptsOf(username), "extensions", store.extensionsOf(username));
    }

    @Override
    public void anonymise(String username, String alias) {
        store.reassign(username, alias);
    }
}
