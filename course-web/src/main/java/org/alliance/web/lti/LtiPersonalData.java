package org.alliance.web.lti;

import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.springframework.stereotype.Component;

/**
 * What the lti feature keeps about a person: which LMS account (platform and {@code sub}) their account is linked to,
 * and the grades queued for or sent to an LMS. Deleting the account removes both (the LMS keeps its own copy of
 * grades it received; the person asks the LMS for that).
 */
@Component
class LtiPersonalData implements PersonalData {
    record LinkExport(String platform, String issuer, String lmsUserId) {}

    record GradeExport(
            String courseId,
            String activityId,
            @org.jspecify.annotations.Nullable Double score,
            String progress,
            String queuedAt,
            String sentAt) {}

    private final LinkStore links;
    private final PlatformStore platforms;
    private final GradeOutboxStore outbox;

    LtiPersonalData(LinkStore links, PlatformStore platforms, GradeOutboxStore outbox) {
        this.links = links;
        this.platforms = platforms;
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "lms";
    }

    @Override
    public Object export(String username) {
        var linked = links.linksOf(java.util.List.of(username)).stream()
                .map(l -> {
                    var p = platforms.byId(l.platformId());
                    return new LinkExport(
                            p.map(Platform::name).orElse(""),
                            p.map(Platform::issuer).orElse(""),
                            l.sub());
                })
                .toList();
        var grades = outbox.ofUser(username).stream()
                .map(g -> new GradeExport(
                        g.courseId(),
                        g.activityId(),
                        g.scoreGiven(),
                        g.activityProgress() + " / " + g.gradingProgress(),
                        g.createdAt().toString(),
                        g.sentAt() == null ? "" : g.sentAt().toString()))
                .toList();
        return Map.of("links", linked, "grades", grades);
    }

    @Override
    public void anonymise(String username, String alias) {
        outbox.deleteUser(username);
        links.deleteUser(username);
    }
}
