package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;

/** The worked examples in docs/content-format.md are at least well-formed YAML, so the spec stays usable. */
class SpecExamplesTest {

    private static final Path SPEC = Path.of("..", "docs", "content-format.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_yaml_example_in_the_spec_is_well_formed() throws IOException {
        String spec = Files.readString(SPEC);
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(spec);
        while (m.find()) {
            blocks.add(m.group(1));
        }

        assertThat(blocks).hasSizeGreaterThan(10);
        for (String block : blocks) {
            assertThatCode(() -> new Compose(LoadSettings.builder().build()).composeString(block))
                    .as(block)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void the_spec_lists_every_problem_code() throws IOException {
        String spec = Files.readString(SPEC);
        for (var code : ProblemCode.values()) {
            assertThat(spec).as(code.key()).contains("| `" + code.key() + "` |");
        }
    }
}
