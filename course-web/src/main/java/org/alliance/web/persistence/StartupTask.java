package org.alliance.web.persistence;

/**
 * A step of start-up seeding (demo accounts, bundled courses, scoring rule upgrades). All steps run in
 * {@link org.springframework.core.annotation.Order} order, in one transaction under the {@code startup} lock,
 * so instances starting together seed once: a step may check what exists and then create, since no other
 * instance runs a step meanwhile.
 */
public interface StartupTask {
    void run();
}
