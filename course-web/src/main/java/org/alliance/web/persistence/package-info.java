/**
 * What the database does for every feature: named locks that serialise work across app instances
 * ({@link org.alliance.web.persistence.NamedLocks}) and the start-up tasks that run under one of them
 * ({@link org.alliance.web.persistence.StartupTask}). A leaf: it depends on Spring only, so any feature may
 * use it without a cycle.
 */
@NullMarked
package org.alliance.web.persistence;

import org.jspecify.annotations.NullMarked;
