package org.alliance.core.model;

/** How a quiz gives feedback: all at submit, or per item with several tries. */
public enum Behaviour {
    DEFERRED,
    INTERACTIVE
}
