package org.alliance.core.interop;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Moodle XML as Moodle's importer does (question/format/xml/format.php in moodle/moodle, main
 * branch, read for this; ordering from question/type/ordering), written here from that reading and
 * failing where Moodle would: a root {@code quiz}; a {@code name/text} on every question; a type it
 * knows; {@code text} children for texts; for true/false the answers "true" and "false"; answer
 * grades (fraction / 100) that match one of Moodle's grade options to within 0.00001, else Moodle's
 * "invalid grade" error. Returns each question with the category it lands in.
 */
final class MoodleXmlReader {

    record Answer(String text, String format, double fraction, String feedback) {}

    record Sub(String text, String answer) {}

    record Question(
            String type,
            String category,
            String name,
            String idnumber,
            String text,
            String textFormat,
            String generalFeedback,
            Map<String, String> fields,
            List<Answer> answers,
            List<Sub> subquestions) {}

    private static final Set<String> TYPES =
            Set.of("multichoice", "truefalse", "shortanswer", "matching", "ordering", "essay");

    /** Moodle's grade options, in fractions, and their negations (question_bank::fraction_options_full). */
    private static final double[] GRADES = {
        1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571,
        0.125, 0.1111111, 0.1, 0.05, 0.0
    };

    private MoodleXmlReader() {}

    static List<Question> read(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element quiz = doc.getDocumentElement();
        require(quiz.getTagName().equals("quiz"), "the root element must be quiz");
        List<Question> questions = new ArrayList<>();
        String category = "";
        for (Element question : children(quiz, "question")) {
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                category = text(one(one(question, "category"), "text"));
                continue;
            }
            require(TYPES.contains(type), "xmltypeunsupported: " + type);
            questions.add(question(question, type, category));
        }
        return questions;
    }

    private static Question question(Element q, String type, String category) {
        Element name = one(q, "name");
        String questionName = text(one(name, "text"));
        require(!questionName.isEmpty(), "xmlimportnoname");
        Element questionText = one(q, "questiontext");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element child : children(q, null)) {
            if (child.getElementsByTagName("*").getLength() == 0) {
                fields.putIfAbsent(child.getTagName(), child.getTextContent().trim());
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Element answer : children(q, "answer")) {
            double fraction = Double.parseDouble(answer.getAttribute("fraction")) / 100;
            if (type.equals("ordering")) {
                fraction = Double.parseDouble(answer.getAttribute("fraction"));
            } else {
                require(isGradeOption(fraction), "invalidgrade: " + answer.getAttribute("fraction"));
            }
            List<Element> feedback = children(answer, "feedback");
            answers.add(new Answer(
                    text(one(answer, "text")),
                    answer.getAttribute("format"),
                    fraction,
                    feedback.isEmpty() ? "" : text(one(feedback.getFirst(), "text"))));
        }
        if (type.equals("truefalse")) {
            require(answers.size() == 2, "a true/false question has two answers");
            require(
                    answers.stream().map(Answer::text).toList().containsAll(List.of("true", "false")),
                    "true/false answers must be 'true' and 'false'");
        }
        if (type.equals("multichoice") || type.equals("shortanswer")) {
            require(!answers.isEmpty(), "no answers");
        }
        List<Sub> subs = new ArrayList<>();
        for (Element sub : children(q, "subquestion")) {
            subs.add(new Sub(text(one(sub, "text")), text(one(one(sub, "answer"), "text"))));
        }
        if (type.equals("matching")) {
            require(subs.stream().filter(s -> !s.text().isEmpty()).count() >= 2, "notenoughquestions");
        }
        List<Element> general = children(q, "generalfeedback");
        return new Question(
                type,
                category,
                questionName,
                fields.getOrDefault("idnumber", ""),
                text(one(questionText, "text")),
                questionText.getAttribute("format"),
                general.isEmpty() ? "" : text(one(general.getFirst(), "text")),
                fields,
                answers,
                subs);
    }

    private static boolean isGradeOption(double fraction) {
        for (double grade : GRADES) {
            if (Math.abs(Math.abs(fraction) - grade) < 0.00001) {
                return true;
            }
        }
        return false;
    }

    /** Moodle trims text values. */
    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static Element one(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        require(!found.isEmpty(), "missing <" + tag + "> in <" + parent.getTagName() + ">");
        return found.getFirst();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                found.add(e);
            }
        }
        return found;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Moodle would refuse this file: " + message);
        }
    }
}
