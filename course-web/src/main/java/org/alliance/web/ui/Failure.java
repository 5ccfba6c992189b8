package org.alliance.web.ui;

/**
 * Something a user asked for that was not done: the id they can quote (the log line that holds the cause carries
 * the same id) and the message they were shown.
 */
public record Failure(String id, String message) {}
