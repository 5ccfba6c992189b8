package org.alliance.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every problem the reader and validator report. The key is stable: translations, tests and the
 * editor rely on it. Message and hint templates name their parameters in braces.
 */
public enum ProblemCode {
    // Files and archives
    YAML_SYNTAX("YAML syntax error: {detail}", "Check indentation, colons and quotes near this line."),
    NESTING_TOO_DEEP(
            "Nesting too deep at line {line}: lists and mappings may be nested at most {limit} levels.",
            "No course file needs more than a few levels: look for a '[' or '{' that is never closed, or indentation that keeps growing."),
    DUPLICATE_KEY("Key '{key}' appears twice in the same mapping.", "Remove one of them; YAML keeps only one."),
    ENCODING(
            "Line {line} is not UTF-8 text: at column {column}, {bytes} cannot be read as UTF-8.",
            "Save the file as UTF-8 (in most editors: Save As, encoding UTF-8) and check the text at this place; "
                    + "read as Windows-1252, the usual other encoding, these bytes are '{guess}'."),
    MISSING_FILE("Missing file {expected}.", "Create {expected}, or remove what refers to it."),
    UNKNOWN_FILE(
            Severity.WARNING,
            "File {file} is not part of the course layout and is ignored.",
            "Move it to lessons/, quizzes/, vignettes/, reflections/ or drills/ with the right extension, or delete it."),
    FILE_NAME_MISMATCH(
            "The file is named '{name}' but its id is '{id}'.", "Rename the file to {id} or change the id to {name}."),
    MISSING_FRONT_MATTER(
            "The lesson has no YAML front matter.",
            "Start the file with a line '---', the lesson's fields, and another line '---'."),
    PATH_TRAVERSAL(
            "Archive entry '{entry}' points outside the course folder.",
            "Archives may contain only relative paths without '..'."),
    FILE_TOO_LARGE(
            "File {file} is larger than {limit} bytes.", "Split the content; no course file needs to be this large."),
    ARCHIVE_TOO_LARGE(
            "The archive unpacks to more than {limit} bytes.", "Import a smaller archive with only the course files."),
    TOO_MANY_ENTRIES(
            "The archive has more than {limit} entries.", "Import a smaller archive with only the course files."),
    ARCHIVE_CORRUPT("The archive cannot be read: {detail}", "Export the course again and upload the new archive."),
    DUPLICATE_ENTRY(
            "The archive holds '{entry}' twice, so which copy belongs to the course cannot be told.",
            "Make the archive again from the course folder, each file once; adding files to an existing zip can leave an old copy behind."),
    SEVERAL_COURSES("The archive holds more than one course.yaml ({paths}).", "Import one course per archive."),
    UNREADABLE(
            "The content could not be read: {detail}.",
            "Check the files for unusual content; this is likely a bug in Alliance, please report it."),
    // Structure of a file
    UNKNOWN_KEY("Unknown key '{key}'.", "Allowed here: {allowed}."),
    UNQUOTED_COMMA(
            "Text after a comma inside {...} was read as a key: '{key}'.",
            "Put the whole text in double quotes, e.g. text: \"a, b\"."),
    MISSING_FIELD("Missing required field '{field}'.", "Add '{field}:' with a value."),
    EMPTY_TEXT("Required field '{field}' is blank.", "Write the {field}; students see it."),
    WRONG_TYPE("'{field}' should be {expected} but is {found}.", "Write {expected} here."),
    INVALID_VALUE("'{value}' is not allowed for '{field}'.", "Use one of: {allowed}."),
    OUT_OF_RANGE("'{field}' is {value}, outside {range}.", "Use a value within {range}."),
    INVALID_ID(
            "'{id}' is not a valid id.",
            "Ids are lowercase letters, digits and '-', start with a letter or digit, at most 64 characters."),
    EMPTY_LIST("'{field}' has no entries.", "Add at least {minimum}."),
    // References between parts
    DUPLICATE_ID(
            "Id '{id}' is used more than once (also at {other}).",
            "Give each {kind} its own id; ids must be unique in the course."),
    UNKNOWN_CONCEPT("Unknown concept '{id}'.", "Add it to glossary.yaml or use an existing concept id."),
    UNKNOWN_MISCONCEPTION(
            "Unknown misconception '{id}'.",
            "Add it under a concept in glossary.yaml or use an existing misconception id."),
    UNKNOWN_OBJECTIVE("Unknown objective '{id}'.", "Use an objective id declared in a lesson's front matter."),
    UNKNOWN_REFERENCE("Unknown reference '{id}'.", "Add it to references.yaml or use an existing reference id."),
    UNKNOWN_ACTIVITY(
            "No activity has the id '{id}'.",
            "Create quizzes/{id}.yaml, vignettes/{id}.yaml, reflections/{id}.yaml or drills/{id}.yaml, or remove the id."),
    UNLISTED_ACTIVITY(
            Severity.WARNING,
            "Activity '{id}' is not listed in any lesson and is not shown.",
            "Add '{id}' to a lesson's activities, or delete the file."),
    UNLISTED_LESSON(
            Severity.WARNING,
            "Lesson '{id}' is not listed in course.yaml and is not shown.",
            "Add '{id}' to 'lessons' in course.yaml, or delete the file."),
    ACTIVITY_IN_TWO_LESSONS(
            "Activity '{id}' is listed in lessons {lessons}.", "An activity belongs to exactly one lesson."),
    UNKNOWN_DIMENSION(
            "Unknown rubric dimension '{id}'.",
            "Use a dimension from the course rubric and from this vignette's dimensions: {allowed}."),
    UNASSESSED_OBJECTIVE(
            Severity.WARNING,
            "Objective '{id}' is not assessed by any item or vignette.",
            "Name it in the objectives of an item or vignette, or remove it."),
    // Branching graphs
    UNKNOWN_NODE("'{id}' is neither a node nor an ending of this vignette.", "Use an id from nodes or endings."),
    CYCLE(
            "The path {cycle} returns to a node already visited.",
            "Branching vignettes are acyclic: lead forward to a new node or an ending."),
    UNREACHABLE_NODE("'{id}' cannot be reached from the start node.", "Lead a choice to it, or remove it."),
    NO_PATH_TO_ENDING(
            "No path leads from node '{id}' to an ending.",
            "Make every node lead, through its choices, to some ending."),
    NO_ENDING("The vignette has no endings.", "Add at least one ending under 'endings'."),
    NO_DEFAULT_BRANCH(
            "The last branch of 'next' has a 'when' condition, so the choice can lead nowhere.",
            "End the list with a branch that has only 'go'."),
    // Items and ratings
    RATING_OUT_OF_SCALE(
            "Rating {value} for '{dimension}' is outside the scale {min}..{max}.", "Rate within {min}..{max}."),
    LEVEL_OUT_OF_SCALE(
            "Level {value} of the {field} is outside the rating scale {min}..{max}.",
            "Describe only levels {min} to {max}, or change the scale under 'rubric' in course.yaml."),
    NO_BEST_ANSWER(
            "The item has no best answer: {detail}.", "Mark the best answer as the spec describes for this type."),
    SEVERAL_BEST_ANSWERS(
            "More than one option has full credit: {ids}.",
            "Give exactly one option credit 1; use partial credit for the others."),
    MISSING_MISCONCEPTION(
            "Wrong option '{id}' names no misconception.",
            "Add 'misconception:' with the glossary misconception it embodies."),
    EMPTY_FEEDBACK("Feedback is empty.", "Say why this answer is right or wrong."),
    TOO_FEW_OPTIONS("'{field}' has {count} entries; at least {minimum} are needed.", "Add more entries."),
    MISSING_ANCHOR(
            Severity.WARNING,
            "Dimension '{id}' has no anchor for level {level}.",
            "Describe what level {level} looks like."),
    // Drills
    CRITERIA_COUNT(
            "The drill has {count} skill criteria; it needs 2 to 4.",
            "Write two to four short statements of what a good response does, each one a student can check in their own reply."),
    UNKNOWN_CRITERION(
            "Unknown criterion '{id}'.",
            "Use a criterion id of this drill: {allowed}. Leave 'criteria' out to check a statement on all of them."),
    UNUSED_CRITERION(
            Severity.WARNING,
            "Criterion '{id}' is checked on no statement.",
            "Name it in a statement's 'criteria' (a statement without 'criteria' is checked on all), or remove it."),
    HINT_FIRES_ON_EXAMPLE(
            "The '{hint}' hint fires on example response {number} of statement '{statement}': \"{example}\".",
            "A hint must stay silent on good responses, or it would scold a student who wrote one. Reword the example "
                    + "(the content format lists what each hint looks for), or switch the hint off."),
    HINT_UNMEASURED(
            "The '{hint}' hint is switched on, but the drill has {count} labelled poor responses; it needs at least {minimum} to be measured.",
            "Add poor responses under the statements' 'poor', written from the drill's 'avoid' list, or switch the hint off."),
    // Grading
    NEGATIVE_WEIGHT(
            "Weight '{field}' is {value}; a weight cannot be negative.",
            "Use a weight above 0 to count it in the course grade, or 0 to leave it out of the grade."),
    NO_GRADED_ACTIVITY(
            "No quiz or vignette counts towards the course grade: all of them weigh 0, so no grade can be given.",
            "Give 'quiz' or 'vignette' under grading.weights a weight above 0 (1 is the default), or one activity its own weight under 'activities'."),
    REFLECTION_WEIGHT(
            "Weight '{field}' is {value}, but reflections are never graded, so each would count as 0 in every student's grade.",
            "Set it to 0 or remove it; to require reflections, use 'activities: all' under grading.completion."),
    DRILL_WEIGHT(
            "Weight '{field}' names a drill, but drills are never graded and carry no weight.",
            "Remove it; to require drills for completion, use 'activities: all' under grading.completion."),
    // Assessment audit (org.alliance.core.audit): per option set
    KEY_LONGEST(
            Severity.WARNING,
            "The key is the longest option, clearly: {keyLength} characters against a mean of {othersMean} for the others ({ratio} times).",
            "Test-wise students pick the longest option. Shorten the key or lengthen the others, to at most {limit} times their mean."),
    SPECIFIC_DETERMINER(
            Severity.WARNING,
            "Wrong option '{id}' says '{word}' and the key says nothing as absolute.",
            "Absolute words give wrong options away. Qualify the option, or let a key carry such a word too."),
    SPECIFIC_DETERMINER_STATEMENT(
            Severity.WARNING,
            "This false statement says '{word}'.",
            "Test-wise students mark absolute statements false. Reword it, or write true statements with such words too."),
    NEGATIVE_STEM(
            Severity.WARNING,
            "The stem asks in the negative ('{word}').",
            "Ask for what is true or best. If the negative must stay, put it in bold so no one misreads it."),
    ALL_OR_NONE_OF_THE_ABOVE(
            Severity.WARNING,
            "Option '{id}' is '{text}'.",
            "Write a real option: 'all' or 'none of the above' can be answered from partial knowledge, and shuffling breaks 'above'."),
    DUPLICATE_OPTION(
            Severity.WARNING, "'{id}' and '{other}' have the same text.", "Give each its own text, or remove one."),
    AMBIGUOUS_OPTION(
            "'{id}' and '{other}' have the same text but score differently, so a score depends on which of two identical answers was picked.",
            "Give each its own text, or remove one."),
    DISTRACTOR_FORM(
            Severity.WARNING,
            "Every wrong option {form}; the key does not.",
            "Students can find the key by its form alone. Vary the wrong options, or give the key the same form."),
    WEAK_BEST_OPTION(
            Severity.WARNING,
            "The best option is rated {best} on a scale up to {max}, yet earns full marks.",
            "Add a response that earns the top of the scale, or rate the best one higher if it deserves it."),
    // Assessment audit: per quiz and per course
    KEY_LONGEST_SHARE(
            Severity.WARNING,
            "The key is strictly the longest option in {count} of {total} {what} ({percent} %), above {limit} %.",
            "A student who always picks the longest option should score near chance: make the key the longest in about a third at most."),
    TRUE_FALSE_BALANCE(
            Severity.WARNING,
            "{count} of {total} true/false statements are true ({percent} %), outside {low}-{high} %.",
            "Balance true and false statements, so that always answering '{majority}' does not pay."),
    KEY_POSITION(
            Severity.WARNING,
            "Shuffling is off and the key is at position {position} in {count} of {total} items, as written.",
            "Turn shuffling on, or vary where the key sits; an export or print-out keeps the written order."),
    SIMILAR_ITEMS(
            Severity.WARNING,
            "{what} is {percent} % similar to {otherWhat} of item '{other}'{otherCourse}.",
            "Test each proposition once: merge the two, or make one of them test something else."),
    GUESSING_FLOOR(
            Severity.WARNING,
            "With {tries} tries and a penalty of {penalty}, blind guessing is sure to score {guaranteed} on this quiz (expected {expected}).",
            "A score should say what a student knows: allow fewer tries, raise the penalty, or use items with more options."),
    // Assessment audit: cognitive level
    COGNITIVE_WITHOUT_CASE(
            Severity.WARNING,
            "Marked '{level}', but the stem presents no case: no client line and no described situation.",
            "Add a client line or a short situation to apply the concept to, or mark it 'understand' or 'remember'."),
    LESSON_APPLY_SHARE(
            Severity.WARNING,
            "{count} of {total} assessments of this lesson apply a concept to a case ({percent} %), fewer than half.",
            "Turn recall items into cases that ask for a decision, and mark them 'cognitive: apply'. Unmarked items count as not applying."),
    // Assessment audit: branching
    NO_CLEAN_PATH(
            "No walk from the start to an ending avoids a misstep, so no path can earn full marks.",
            "Give the walk at least one choice at every node rated at or above the scale's midpoint on every dimension."),
    MISSTEP_TIES_CLEAN(
            "The walk {path}, with a misstep, scores as well as the best clean walk {cleanPath} ({raw} against {cleanRaw} before normalising).",
            "A misstep must cost something: lower the bonus of the ending it reaches, or raise the clean walk's ratings or ending bonus."),
    SAFETY_UNMARKED(
            Severity.WARNING,
            "Choice '{id}' {reason}, but says nothing about safety.",
            "Write 'safety: true' if it shames, dismisses risk or breaches a boundary; otherwise 'safety: false' and 'safety_reason:' saying why it is poor but not harmful."),
    UNUSED_DIMENSION(
            Severity.WARNING,
            "Rubric dimension '{id}' is used by no vignette.",
            "Rate a vignette on it, or remove it from the rubric."),
    DRILL_ONE_TEMPLATE(
            Severity.WARNING,
            "{count} of the {total} example responses {scope} open with '{opening}', so they teach one template.",
            "Vary the style: name the feeling plainly, offer it tentatively, use an image, own your part; short and long. "
                    + "Students copy the form of what they are shown."),
    UNUSED_ACCEPTANCE(
            Severity.WARNING,
            "'{code}' is accepted here, but the audit does not report it here or below.",
            "Remove it from 'accept', so the file says what is true."),
    // Markdown
    RAW_HTML("Raw HTML in Markdown: {html}", "Use Markdown only; HTML and scripts are not allowed."),
    SCRIPT_LINK(
            "{link} leads to a {scheme}: address, which could run a script in the student's browser.",
            "Remove the link, or link to an http:, https: or mailto: address or within the course; character references or hidden characters do not make such an address safe."),
    UNSUPPORTED_LINK(
            "{link} leads to '{url}', which students' pages would not show as a link.",
            "Link to an http:, https: or mailto: address, or within the course (a path or #anchor), written without tabs or control characters."),
    UNSUPPORTED_IMAGE(
            "The image {image} would not be shown: course pages show no images.",
            "Describe the picture in words, or link to it: [what it shows](https://...)."),
    // Across courses
    CONCEPT_TERM_CONFLICT(
            Severity.WARNING,
            "Concept '{id}' is '{term}' here but '{otherTerm}' in course {otherCourse}.",
            "A concept id means one concept everywhere: use the same term, or a different id.");

    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Severity severity;
    private final String messageTemplate;
    private final String hintTemplate;

    ProblemCode(String message, String hint) {
        this(Severity.ERROR, message, hint);
    }

    ProblemCode(Severity severity, String message, String hint) {
        this.severity = severity;
        this.messageTemplate = message;
        this.hintTemplate = hint;
    }

    /** The stable key, e.g. {@code unknown-key}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Severity severity() {
        return severity;
    }

    public String message(Map<String, String> params) {
        return fill(messageTemplate, params);
    }

    public String hint(Map<String, String> params) {
        String hint = fill(hintTemplate, params);
        String suggestion = params.get("suggestion");
        return suggestion == null || suggestion.isEmpty() ? hint : "Did you mean '" + suggestion + "'? " + hint;
    }

    public static Optional<ProblemCode> byKey(String key) {
        for (ProblemCode code : values()) {
            if (code.key().equals(key)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static String fill(String template, Map<String, String> params) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.getOrDefault(m.group(1), "?")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
