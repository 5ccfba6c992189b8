package org.alliance.web.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test fixture: every learning event published in the shared test context, as it is published. Tests share the
 * context and run in any order, so a test reads only the events of its own students ({@link #of}).
 */
@Component
public class RecordedEvents {
    private final List<Record> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Record event) {
        if (event.getClass().getPackageName().equals(RecordedEvents.class.getPackageName())) {
            events.add(event);
        }
    }

    /** The events of one type about one student, in the order they were published. */
    public <T extends Record> List<T> of(Class<T> type, String username) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(e -> username.equals(usernameOf(e)))
                .toList();
    }

    private static String usernameOf(Record event) {
        for (var component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("username")) {
                try {
                    return (String) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return "";
    }
}
