package org.alliance.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional component added to the format after courses were published. The content hash
 * leaves it out while it is empty, so a course that does not use it keeps the hash, and so the
 * version, it had.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface HashedWhenPresent {}
