package org.alliance.core.format;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML parser that stops at lists and mappings nested deeper than any course file needs (a branching
 * choice's condition, the deepest, is 8 levels down). snakeyaml-engine has no such limit and composes
 * nodes recursively, so without it a file of a few thousand '[' overflows the stack.
 */
final class NestingLimit implements Parser {

    static final int MAX_DEPTH = 50;

    /** Thrown at the first list or mapping nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends YamlEngineException {

        private final transient Optional<Mark> mark;

        TooDeep(Optional<Mark> mark) {
            super("nesting deeper than " + MAX_DEPTH + " levels");
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    private final Parser parser;
    private int depth;

    private NestingLimit(Parser parser) {
        this.parser = parser;
    }

    static Parser parsing(LoadSettings settings, String text) {
        return new NestingLimit(new ParserImpl(settings, new StreamReader(settings, text)));
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep(event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {}
        }
        return event;
    }
}
