package org.alliance.core.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Objective;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.alliance.core.validation.SourceMap;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads lessons/&lt;id&gt;.md: YAML front matter between '---' lines, then the Markdown body. */
final class LessonReader {

    private LessonReader() {}

    static Optional<LessonFile> read(String file, String name, String text, ProblemLog log, SourceMap sources) {
        String fallbackPath = "lessons[" + name + "]";
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = unmarked.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            log.report(ProblemCode.MISSING_FRONT_MATTER, new Location(file, 1, 1), fallbackPath);
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            log.report(ProblemCode.MISSING_FRONT_MATTER, new Location(file, 1, 1), fallbackPath);
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close));
        String rawBody = String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length));
        FileContext ctx = new FileContext(file, 1, log, sources);
        Optional<Node> root = Yaml.compose(ctx, yaml);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        String path = "lessons[" + Yaml.idOf(root.get()).orElse(name) + "]";
        sources.put(path, new Location(file, 1, 1));
        Optional<YamlMap> front = YamlMap.of(ctx, path, "front matter", root.get());
        if (front.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = front.get();
        List<Objective> objectives = new ArrayList<>();
        for (YamlMap o : m.maps("objectives")) {
            objectives.add(new Objective(o.id(), o.text("text")));
            o.finish();
        }
        String body = Text.normalise(rawBody);
        int bodyLine = close + 2 + Text.leadingBlankLines(rawBody);
        sources.put(path + ".body", new Location(file, bodyLine, 1));
        sources.put(path + ".body#text", new Location(file, bodyLine, 1));
        LessonFile lesson = new LessonFile(
                m.id(),
                m.text("title"),
                m.integer("minutes", 0),
                objectives,
                m.strings("concepts"),
                body,
                m.strings("activities"),
                AuditKeys.acceptance(m));
        if (!m.has("minutes")) {
            m.missing("minutes");
        }
        if (objectives.isEmpty() && !m.has("objectives")) {
            m.missing("objectives");
        }
        m.finish();
        return Optional.of(lesson);
    }
}
