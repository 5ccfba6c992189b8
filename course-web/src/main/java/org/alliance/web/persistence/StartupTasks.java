package org.alliance.web.persistence;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs every {@link StartupTask}, in order, in one transaction holding the {@value #LOCK} lock. */
@Component
class StartupTasks implements ApplicationRunner {
    static final String LOCK = "startup";
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final ObjectProvider<StartupTask> tasks;
    private final NamedLocks locks;

    StartupTasks(ObjectProvider<StartupTask> tasks, NamedLocks locks) {
        this.tasks = tasks;
        this.locks = locks;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<StartupTask> ordered = tasks.orderedStream().toList();
        long began = System.nanoTime();
        locks.runExclusively(LOCK, () -> {
            ordered.forEach(StartupTask::run);
            return ordered.size();
        });
        log.info("Start-up tasks done: {} in {} ms", ordered.size(), (System.nanoTime() - began) / 1_000_000);
    }
}
