package org.alliance.web.editor;

import java.util.Optional;
import org.alliance.core.model.VignetteKind;
import org.jspecify.annotations.Nullable;

/** Starting text for a new file of each kind, so an author begins from something the reader accepts. */
public final class FileTemplates {
    private FileTemplates() {}

    /** The kinds of file an author can add: one per vignette kind of the format, besides the other files. */
    public enum Kind {
        LESSON("lessons/", ".md", null),
        QUIZ("quizzes/", ".yaml", null),
        BEST_RESPONSE_VIGNETTE("vignettes/", ".yaml", VignetteKind.BEST_RESPONSE),
        RATE_OPTIONS_VIGNETTE("vignettes/", ".yaml", VignetteKind.RATE_OPTIONS),
        FREE_TEXT_VIGNETTE("vignettes/", ".yaml", VignetteKind.FREE_TEXT),
        BRANCHING_VIGNETTE("vignettes/", ".yaml", VignetteKind.BRANCHING),
        REFLECTION("reflections/", ".yaml", null),
        DRILL("drills/", ".yaml", null);

        private final String folder;
        private final String extension;
        private final @Nullable VignetteKind vignette;

        Kind(String folder, String extension, @Nullable VignetteKind vignette) {
            this.folder = folder;
            this.extension = extension;
            this.vignette = vignette;
        }

        public String path(String id) {
            return folder + id + extension;
        }

        /** The vignette kind this file holds, when it is a vignette. */
        public Optional<VignetteKind> vignetteKind() {
            return Optional.ofNullable(vignette);
        }
    }

    static String of(Kind kind, String id) {
        return switch (kind) {
            case LESSON -> """
                    ---
                    id: %s
                    title: A new lesson
                    minutes: 10
                    objectives:
                      - id: %s-o1
                        text: Describe the working alliance.
                    concepts: [working-alliance]
                    activities: []
                    ---

                    Write the lesson here.
                    """.formatted(id, id);
            case QUIZ -> """
                    id: %s
                    title: A new quiz
                    items:
                      - id: %s-i1
                        type: single_choice
                        cognitive: apply
                        objectives: [l1-o1]
                        concepts: [working-alliance]
                        stem: >-
                          A client says: "We get on so well, so the therapy must be working." Besides
                          the bond, what would you check with them?
                        options:
                          - id: a
                            text: Whether you agree on goals and tasks
                            credit: 1
                            feedback: "Right: the alliance is agreement on goals and tasks as well as a bond."
                          - id: b
                            text: How much they like you and your warmth
                            credit: 0
                            misconception: alliance-is-liking
                            feedback: That is the bond again; liking alone is not the alliance.
                    """.formatted(id, id);
            case BEST_RESPONSE_VIGNETTE -> """
                    id: %s
                    kind: best_response
                    title: A new best-response vignette
                    level: beginner
                    cognitive: apply
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    persona:
                      name: Noor
                      age: 27
                      about: A fictional client.
                    context: You have just suggested a homework task.
                    dimensions: [d1-empathic-accuracy]
                    commentary: What this vignette is meant to show.
                    client: "Sure. Whatever you think."
                    cue: Flat voice, eyes on the floor.
                    stem: What would you say next?
                    options:
                      - id: a
                        text: "Great, let's set it up now, with a page for each day."
                        ratings: {d1-empathic-accuracy: 1}
                        rationale: Misses the flat tone and moves on.
                        misconception: alliance-is-liking
                      - id: b
                        text: "You sound unsure. What was it like to hear that?"
                        ratings: {d1-empathic-accuracy: 5}
                        rationale: Notices the marker and asks about it.
                    """.formatted(id);
            case RATE_OPTIONS_VIGNETTE -> """
                    id: %s
                    kind: rate_options
                    title: A new rate-each-option vignette
                    level: beginner
                    cognitive: apply
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    persona:
                      name: Eli
                      age: 35
                      about: A fictional client.
                    context: Fourth session.
                    dimensions: [d1-empathic-accuracy]
                    commentary: What this vignette is meant to show.
                    client: "This isn't helping."
                    stem: Rate each response from 1 to 5.
                    options:
                      - id: a
                        text: "It takes time. Can we give the plan a few more weeks?"
                        ratings: {d1-empathic-accuracy: 1}
                        rationale: Defends the plan and passes over what the client said.
                        misconception: alliance-is-liking
                      - id: b
                        text: "Tell me more about what isn't helping. I'd like to understand."
                        ratings: {d1-empathic-accuracy: 4}
                        rationale: Invites the client's view of the work itself.
                      - id: c
                        text: "You sound disappointed in our work. Can we look at it together?"
                        ratings: {d1-empathic-accuracy: 5}
                        rationale: Names the disappointment and makes the work a shared question.
                    """.formatted(id);
            case BRANCHING_VIGNETTE -> """
                    id: %s
                    kind: branching
                    title: A new branching vignette
                    level: beginner
                    cognitive: apply
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    persona:
                      name: Ana
                      age: 30
                      about: A fictional client.
                    context: You have just suggested a homework task.
                    dimensions: [d1-empathic-accuracy]
                    commentary: What this vignette is meant to show.
                    start: n1
                    nodes:
                      - id: n1
                        client: "Sure. Whatever you think."
                        choices:
                          - id: a
                            text: "Great. Shall we set it up together now, with a page for each day?"
                            ratings: {d1-empathic-accuracy: 1}
                            feedback: This misses the flat tone.
                            misconception: alliance-is-liking
                            alliance: -10
                            safety: false
                            safety_reason: It misses the marker, but it neither shames the client nor dismisses risk.
                            next: n2
                          - id: b
                            text: "You sound unsure. What was that like to hear?"
                            ratings: {d1-empathic-accuracy: 5}
                            feedback: This notices the marker and asks.
                            alliance: 10
                            next: n2
                      - id: n2
                        client: "I suppose I'm tired of being told what to do."
                        choices:
                          - id: a
                            text: "Thank you for telling me. Shall we decide together?"
                            ratings: {d1-empathic-accuracy: 5}
                            feedback: Validates and collaborates.
                            alliance: 10
                            next: e-repaired
                          - id: b
                            text: "I hear you, but the task is still the best next step for us."
                            ratings: {d1-empathic-accuracy: 2}
                            feedback: Defends the task instead of listening.
                            misconception: alliance-is-liking
                            alliance: -10
                            safety: false
                            safety_reason: It defends the task, but it neither shames the client nor dismisses risk.
                            next: e-unrepaired
                    endings:
                      - id: e-repaired
                        client: "Okay. Let's try it my way."
                        outcome: repaired
                        bonus: 0.1
                        summary: The strain was named and repaired.
                      - id: e-unrepaired
                        client: "Fine."
                        outcome: unrepaired
                        bonus: 0
                        summary: The strain stayed unspoken.
                    """.formatted(id);
            case FREE_TEXT_VIGNETTE -> """
                    id: %s
                    kind: free_text
                    title: A new free-text vignette
                    level: beginner
                    cognitive: apply
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    persona:
                      name: Sam
                      age: 41
                      about: A fictional client.
                    context: Third session.
                    dimensions: [d1-empathic-accuracy]
                    commentary: What a good reply does.
                    client: "I don't know why I keep coming here."
                    prompt: Write what you would say next.
                    examples:
                      1: "Then maybe you should stop."
                      3: "You're not sure therapy is helping."
                      5: "It sounds as if part of you wonders whether this is worth it. Can we look at that together?"
                    """.formatted(id);
            case REFLECTION -> """
                    id: %s
                    title: A new reflection
                    prompt: |
                      Think of a fictional or general example; you never need to write about yourself.
                    """.formatted(id);
            case DRILL -> """
                    id: %s
                    title: A new practice drill
                    skill: |
                      Put the feeling under the client's words into your own, tentatively, so they can correct you.
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    references: [bordin1979]
                    criteria:
                      - {id: c1, text: Names a feeling the client has not named.}
                      - {id: c2, text: Offers it tentatively so the client can correct it.}
                      - {id: c3, text: Stays with the client instead of advising or asking.}
                    avoid:
                      - Giving advice or a task.
                      - Asking for more facts instead of reflecting.
                    hints: [advice]
                    settings: {statements_per_round: 6, minutes: 0}
                    levels:
                      beginner:
                        - id: b1
                          context: First session; a fictional student talks about exams.
                          tone: tense
                          client: "Everyone else seems to cope. I just lie awake."
                          examples:
                            - "Lying awake while others seem fine sounds lonely."
                            - "Maybe there is some fear in it too, that you are falling behind."
                          poor:
                            - "Try a breathing exercise before bed."
                        - id: b2
                          context: Second session; a fictional father describes his week.
                          tone: flat
                          client: "Work, kids, bed. That's it, really."
                          examples:
                            - "It sounds like the days run together and leave little for you."
                            - "Tired, perhaps, and a bit empty at the end of it all."
                          poor:
                            - "You should take an evening off."
                        - id: b3
                          context: Third session; a fictional nurse after a long shift.
                          tone: quiet, worn
                          client: "I did everything right and it still went badly."
                          examples:
                            - "That must hurt: doing all you could and still losing."
                            - "I imagine some frustration, maybe grief too, about how it ended."
                          poor:
                            - "Just remember it was not your fault."
                      intermediate:
                        - id: i1
                          context: Fourth session; a fictional engineer, asked how he feels.
                          tone: irritated
                          client: "You keep asking how I feel. I don't know how I feel."
                          examples:
                            - "Being asked again and again could feel like pressure, as if there were a right answer."
                            - "Not knowing is a fair place to start, and I hear some annoyance with me too."
                          poor:
                            - "Why don't you try to guess?"
                        - id: i2
                          context: Fifth session; a fictional teacher talks about her family.
                          tone: resentful
                          client: "My sister always gets what she wants."
                          examples:
                            - "There's resentment there, and maybe a wish to be chosen for once."
                            - "Sounds as though you have often come second."
                          poor:
                            - "Have you tried talking to her about it?"
                        - id: i3
                          context: First session; a fictional retiree, apologetic.
                          tone: small, apologetic
                          client: "I probably shouldn't be here. Other people have real problems."
                          examples:
                            - "Part of you seems to doubt you deserve this time."
                            - "You might be worried about taking up space here."
                          poor:
                            - "You should not compare yourself with others."
                      advanced:
                        - id: a1
                          context: Eighth session; a fictional chef, after a hard week.
                          tone: frustrated
                          client: "Honestly, this isn't helping. We talk and nothing changes."
                          examples:
                            - "You're disappointed in our work, and I would like to hear more of that."
                            - "I hear frustration with me as well as with the problem."
                          poor:
                            - "Just give it a few more weeks."
                        - id: a2
                          context: Second session; a fictional mechanic watches you write.
                          tone: guarded
                          client: "Whatever. You'll just write it in your notes."
                          examples:
                            - "It may feel risky to say much while I am taking notes."
                            - "Some distrust of me makes sense; I'm a stranger with a notebook."
                          poor:
                            - "You should trust the process."
                        - id: a3
                          context: Sixth session; a fictional designer changes the subject.
                          tone: bright, quick
                          client: "I'm fine. Can we talk about something else?"
                          criteria: [c1, c3]
                          examples:
                            - "Something here seems hard to stay with, and that is all right."
                            - "We can move on; I noticed a quick change in you just now, though."
                          poor:
                            - "Try to stay with the feeling a little longer."
                    """.formatted(id);
        };
    }
}
