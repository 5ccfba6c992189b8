package org.alliance.web.learning.ui;

import com.vaadin.flow.component.Component;

/**
 * Glossary definitions show on hover and focus with CSS alone (LessonRenderer's markup); this adds what CSS
 * cannot: Escape hides the definition under the pointer or focus (WCAG 1.4.13, dismissible), until the
 * pointer or focus enters the term again. The listeners are installed once per page.
 */
public final class GlossaryTerms {
    private static final String SCRIPT = """
            if (!window.allianceTerms) {
              window.allianceTerms = true;
              document.addEventListener('keydown', e => {
                if (e.key !== 'Escape') return;
                document.querySelectorAll('.term-wrap').forEach(w => {
                  if (w.matches(':hover') || w.contains(document.activeElement)) w.classList.add('dismissed');
                });
              });
              const reopen = e => {
                const w = e.target instanceof Element ? e.target.closest('.term-wrap') : null;
                if (w && (e.type === 'focusin' || e.target === w)) w.classList.remove('dismissed');
              };
              document.addEventListener('focusin', reopen);
              document.addEventListener('mouseenter', reopen, true);
            }
            """;

    private GlossaryTerms() {}

    /** Call on a view whose text may hold glossary terms. */
    public static void dismissOnEscape(Component view) {
        view.addAttachListener(e -> e.getUI().getPage().executeJs(SCRIPT));
    }
}
