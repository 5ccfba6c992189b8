package org.alliance.core.format;

import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.alliance.core.validation.SourceMap;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The file being read, where its YAML starts (lesson front matter starts on line 2), and where
 * problems and source locations go.
 */
record FileContext(String file, int lineOffset, ProblemLog log, SourceMap sources) {

    Location at(Node node) {
        return node.getStartMark().map(this::at).orElse(new Location(file, 1 + lineOffset, 1));
    }

    Location at(Mark mark) {
        return new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    void report(ProblemCode code, Location at, String path, String... params) {
        log.report(code, at, path, params);
    }
}
