package org.alliance.web.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.ItemTries;
import org.alliance.web.assessment.QuizViews.BeforeSubmit;
import org.springframework.stereotype.Component;

/**
 * Interactive answers chosen but not checked. Each is saved as it is entered, spends no try and is never scored
 * or shown with feedback as it stands; at submission (or at the deadline) each one still pending is checked as
 * the item's final try, so what the student sees as their answer is what is scored. Deferred behaviour has no
 * pending answers: every entry is the answer itself.
 */
@Component
class PendingAnswers {
    private final AttemptStore store;

    PendingAnswers(AttemptStore store) {
        this.store = store;
    }

    /**
     * Whether an entry would change anything if it were checked now: with no try yet, anything entered; after
     * a try, an entry other than the last try, while a try remains.
     */
    static boolean counts(Item item, List<Response> committed, Response entry, Quiz quiz, RatingScale scale) {
        if (quiz.settings().behaviour() != Behaviour.INTERACTIVE) {
            return false;
        }
        if (committed.isEmpty()) {
            return !(entry instanceof Response.Unanswered);
        }
        return !entry.equals(committed.getLast())
                && ItemTries.of(item, committed, quiz.settings(), scale).canTryAgain();
    }

    /** Keeps the entry as the item's pending answer, or drops the pending answer when the entry changes nothing. */
    void keep(
            long attemptId,
            Item item,
            List<Response> committed,
            Response entry,
            Quiz quiz,
            RatingScale scale,
            Instant now) {
        if (counts(item, committed, entry, quiz, scale)) {
            store.keepPending(attemptId, item.id(), entry, now);
        } else {
            store.dropPending(attemptId, item.id());
        }
    }

    /** Item id to each pending answer that would still change something, in quiz order. */
    Map<String, Response> live(long attemptId, Quiz quiz, Map<String, List<Response>> answers, RatingScale scale) {
        var pending = store.pending(attemptId);
        Map<String, Response> live = new LinkedHashMap<>();
        for (Item item : quiz.items()) {
            var entry = pending.get(item.id());
            if (entry != null && counts(item, answers.getOrDefault(item.id(), List.of()), entry, quiz, scale)) {
                live.put(item.id(), entry);
            }
        }
        return live;
    }

    /**
     * What submitting would do, by question number: items with neither an answer nor a live pending one (or
     * with a blank pending one, which checks as no answer) score nothing; the other live pending ones are
     * checked as their final try.
     */
    static BeforeSubmit beforeSubmit(
            Quiz quiz, Map<String, List<Response>> answers, Map<String, Response> live, boolean submitted) {
        var unanswered = new ArrayList<Integer>();
        var unchecked = new ArrayList<Integer>();
        for (int i = 0; i < quiz.items().size(); i++) {
            String itemId = quiz.items().get(i).id();
            Response entry = live.get(itemId);
            if (entry instanceof Response.Unanswered || (entry == null && !answers.containsKey(itemId))) {
                unanswered.add(i + 1);
            } else if (entry != null) {
                unchecked.add(i + 1);
            }
        }
        return new BeforeSubmit(submitted, List.copyOf(unanswered), List.copyOf(unchecked));
    }

    /**
     * Checks every pending answer as its item's next try, dated {@code at} (now, or the deadline: no entry is
     * saved after it, since saving refuses an attempt whose time is up), and removes them all. A blank entry
     * after a try is checked too: the student cleared the answer, so it scores as no answer, as it looks.
     */
    void checkAll(long attemptId, Quiz quiz, RatingScale scale, Instant at) {
        var pending = store.pending(attemptId);
        var answers = store.answers(attemptId);
        for (Item item : quiz.items()) {
            var entry = pending.get(item.id());
            List<Response> committed = answers.getOrDefault(item.id(), List.of());
            if (entry != null && counts(item, committed, entry, quiz, scale)) {
                store.addTry(attemptId, item.id(), committed.size() + 1, entry, at);
            }
        }
        store.dropAllPending(attemptId);
    }
}
