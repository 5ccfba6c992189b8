/** JMH benchmarks of reading and validating content; built and run only with the Maven profile {@code bench}. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.bench;
