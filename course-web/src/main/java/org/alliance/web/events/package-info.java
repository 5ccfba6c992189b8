/**
 * Learning events: plain records a feature publishes (Spring's {@code ApplicationEventPublisher}, inside its own
 * transaction) at the moment a fact about a learner becomes true, for features that react to them (xAPI
 * statements, LTI grade passback) without the producer knowing them. A leaf package: records of JDK and
 * course-core model types only.
 */
@NullMarked
package org.alliance.web.events;

import org.jspecify.annotations.NullMarked;
