package org.alliance.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.alliance.core.interop.Expected.Kind;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Every bundled course exported to Moodle XML, read back as Moodle's importer reads it, item for item. */
class MoodleXmlExportTest {

    /** Our own XSD of the shape we write (Moodle publishes none), see src/test/resources/interop. */
    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(MoodleXmlExportTest.class.getResource("/interop/moodle-xml-export.xsd"));
        } catch (SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void every_bundled_quiz_item_and_vignette_reads_back_as_its_source() throws Exception {
        List<Course> courses = Expected.bundledCourses();
        assertThat(courses).hasSizeGreaterThanOrEqualTo(2);
        int compared = 0;
        for (Course course : courses) {
            QuestionBank bank = QuestionMapper.course(course);
            String xml = MoodleXmlWriter.write(bank);
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
            List<MoodleXmlReader.Question> read = MoodleXmlReader.read(xml);
            List<Expected.Question> expected = Expected.of(course);
            Map<String, MoodleXmlReader.Question> byName =
                    read.stream().collect(Collectors.toMap(MoodleXmlReader.Question::name, q -> q));
            assertThat(byName.keySet())
                    .as(course.id())
                    .containsExactlyInAnyOrderElementsOf(
                            expected.stream().map(Expected.Question::id).toList());
            for (Expected.Question e : expected) {
                compare(e, byName.get(e.id()), course.title());
                compared++;
            }
        }
        // 156 quiz items in the bundled quizzes at the time of writing, plus vignettes.
        assertThat(compared).isGreaterThan(150);
    }

    private static void compare(Expected.Question e, MoodleXmlReader.Question q, String courseTitle) {
        String what = e.id();
        assertThat(q.type()).as(what).isEqualTo(moodleType(e.kind()));
        assertThat(q.idnumber()).as(what).isEqualTo(e.id());
        assertThat(q.category()).as(what).startsWith("$course$/top/" + courseTitle.replace("/", "//") + "/");
        assertThat(q.textFormat()).as(what).isEqualTo("html");
        for (String part : e.textParts()) {
            assertThat(Expected.words(q.text())).as(what).contains(Expected.words(Html.of(part)));
        }
        assertThat(Expected.words(q.generalFeedback()))
                .as(what)
                .isEqualTo(Expected.words(Html.of(e.generalFeedback())));
        switch (e.kind()) {
            case SINGLE, MULTIPLE -> {
                assertThat(q.fields()).as(what).containsEntry("single", String.valueOf(e.kind() == Kind.SINGLE));
                answers(e, q, true);
            }
            case TRUE_FALSE, SHORT -> answers(e, q, false);
            case MATCHING -> {
                assertThat(q.subquestions()).as(what).hasSize(e.pairs().size());
                for (int i = 0; i < e.pairs().size(); i++) {
                    assertThat(Expected.words(q.subquestions().get(i).text()))
                            .isEqualTo(Expected.words(Html.of(e.pairs().get(i)[0])));
                    assertThat(q.subquestions().get(i).answer())
                            .isEqualTo(e.pairs().get(i)[1]);
                }
            }
            case ORDERING -> {
                assertThat(q.answers()).as(what).hasSize(e.answers().size());
                for (int i = 0; i < e.answers().size(); i++) {
                    var a = q.answers().get(i);
                    assertThat(a.fraction()).as("%s position %d", what, i).isEqualTo(i + 1);
                    assertThat(Expected.words(a.text()))
                            .isEqualTo(Expected.words(Html.of(e.answers().get(i).text())));
                }
            }
            case ESSAY -> assertThat(q.answers()).as(what).isEmpty();
        }
    }

    private static void answers(Expected.Question e, MoodleXmlReader.Question q, boolean html) {
        assertThat(q.answers()).as(e.id()).hasSize(e.answers().size());
        for (int i = 0; i < e.answers().size(); i++) {
            Expected.Answer want = e.answers().get(i);
            MoodleXmlReader.Answer got = q.answers().get(i);
            String what = e.id() + " answer " + i;
            if (html) {
                assertThat(Expected.words(got.text())).as(what).isEqualTo(Expected.words(Html.of(want.text())));
            } else {
                assertThat(got.text()).as(what).isEqualTo(want.text());
            }
            assertThat(Expected.nearestGrade(got.fraction() * 100, want.percent()))
                    .as("%s: %s%% for %s%%", what, got.fraction() * 100, want.percent())
                    .isTrue();
            assertThat(Expected.words(got.feedback())).as(what).isEqualTo(Expected.words(Html.of(want.feedback())));
        }
    }

    private static String moodleType(Kind kind) {
        return switch (kind) {
            case SINGLE, MULTIPLE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT -> "shortanswer";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case ESSAY -> "essay";
        };
    }

    @Test
    void the_reader_refuses_what_moodle_refuses() {
        String bad = "<quiz><question type=\"multichoice\"><name><text>x</text></name><questiontext format=\"html\">"
                + "<text>q</text></questiontext><answer fraction=\"45\"><text>a</text></answer></question></quiz>";
        assertThatThrownBy(() -> MoodleXmlReader.read(bad)).hasMessageContaining("invalidgrade");
        assertThatThrownBy(() -> MoodleXmlReader.read(bad.replace("multichoice", "ddwtos")))
                .hasMessageContaining("xmltypeunsupported");
    }

    @Test
    void text_that_looks_like_markup_stays_text() throws Exception {
        QuestionBank bank = new QuestionBank(
                List.of(new QuestionBank.Category(
                        List.of("A/B", "Q & <R>"),
                        List.of(new ExportedQuestion.Choice(
                                "q1",
                                "Is <script>alert(1)</script> & \"this\" ]]> safe?",
                                "",
                                true,
                                List.of(
                                        new ExportedQuestion.Answer("yes", 100, ""),
                                        new ExportedQuestion.Answer("no", 0, "")))))),
                List.of());
        String xml = MoodleXmlWriter.write(bank);
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).doesNotContain("<script>");
        MoodleXmlReader.Question q = MoodleXmlReader.read(xml).getFirst();
        assertThat(q.category()).isEqualTo("$course$/top/A//B/Q & <R>");
        assertThat(q.text()).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
