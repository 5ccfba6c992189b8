package org.alliance.core.validation;

/** A piece of text in the course and its model path. */
record TextField(String path, String text) {}
