package org.alliance.web.grading;

import java.util.List;
import org.alliance.web.account.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Notices' share of "My data". Notices exist only for their reader, so deleting an account deletes them.
 * Released grades stay with the attempt they grade, which moves to the alias.
 */
@Component
class NoticePersonalData implements PersonalData {
    private final GradingStore store;

    NoticePersonalData(GradingStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "notices";
    }

    @Override
    public List<GradingStore.Notice> export(String username) {
        return store.notices(username, Integer.MAX_VALUE);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteNotices(username);
    }
}
