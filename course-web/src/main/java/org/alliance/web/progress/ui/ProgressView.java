package org.alliance.web.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import org.alliance.core.model.ActivityKind;
import org.alliance.web.drill.PracticeLog;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.progress.Progress;
import org.alliance.web.progress.TranscriptPdf;
import org.alliance.web.progress.Transcripts;
import org.alliance.web.ui.BarChart;
import org.alliance.web.ui.RouteLinks;
import org.alliance.web.vignette.VignettePracticeLog;

/** My progress: each course's completion and grade, mastery per concept, and what to practise next. */
@Route(Routes.PROGRESS)
@PermitAll
@Menu(title = "nav.progress", order = 20, icon = "vaadin:chart-3d")
public class ProgressView extends Div implements HasDynamicTitle {

    Anchor transcript = new Anchor();

    ProgressView(Progress progress, PracticeLog practice, VignettePracticeLog replays, Transcripts transcripts) {
        addClassName("page");
        var overview = progress.overview();
        add(new H1(getTranslation("progress.title")));
        // Built when followed, in that request and for whoever is signed in then: one's own transcript only.
        transcript = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] pdf = TranscriptPdf.render(transcripts.mine(), this::getTranslation, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "transcript.pdf", "application/pdf", pdf.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("transcript.download"));
        transcript.setId("transcript-download");
        transcript.addClassName("download-link");
        add(transcript);
        if (overview.courses().isEmpty()) {
            add(new Paragraph(getTranslation("progress.none")));
            return;
        }
        var courses = new Div();
        courses.addClassName("course-grid");
        overview.courses().forEach(s -> courses.add(standing(s)));
        add(courses);

        add(new H2(getTranslation("progress.mastery")));
        if (overview.mastery().isEmpty()) {
            add(new Paragraph(getTranslation("progress.mastery.none")));
        } else {
            add(new Paragraph(getTranslation("progress.mastery.help")));
            var bars = overview.mastery().stream()
                    .map(m -> new BarChart.Bar(
                            m.term(),
                            m.level(),
                            0,
                            1,
                            getTranslation("progress.mastery.value", Math.round(m.level() * 100), m.items())))
                    .toList();
            var chart = new BarChart(bars, getTranslation("progress.mastery"));
            chart.setId("mastery-chart");
            add(chart);
        }
        if (!overview.practiseNext().isEmpty()) {
            var list = new UnorderedList();
            list.setId("practise-next");
            overview.practiseNext().forEach(p -> list.add(new ListItem(practice(p))));
            add(new H2(getTranslation("progress.practise")), list);
        }
        add(new PracticeLogPanel(practice.mine(), replays.mine()));
    }

    private Component standing(Progress.Standing s) {
        var title = new H3(RouteLinks.to(s.title(), Links.course(s.courseId())));
        double done = (s.lessonsRead() + s.activitiesDone()) / (double) Math.max(1, s.lessons() + s.activities());
        var bar = new ProgressBar(0, 1, done);
        bar.getElement().setAttribute("aria-label", getTranslation("progress.completion", Math.round(done * 100)));
        var lines = new Div(
                new Paragraph(getTranslation("progress.lessons", s.lessonsRead(), s.lessons())),
                new Paragraph(getTranslation("progress.activities", s.activitiesDone(), s.activities())),
                new Paragraph(
                        s.grade().gradeSoFar().isPresent()
                                ? getTranslation(
                                        "progress.grade",
                                        Math.round(s.grade().gradeSoFar().getAsDouble() * 100),
                                        Math.round(s.passMark() * 100))
                                : getTranslation("progress.grade.none")));
        if (s.grade().passed()) {
            lines.add(new Paragraph(getTranslation("progress.passed")));
        }
        var card = new Div(title, bar, lines);
        card.addClassName("course-card");
        card.setId("standing-" + s.courseId());
        return card;
    }

    private Component practice(Progress.Practice p) {
        var link = RouteLinks.to(
                p.title(),
                p.kind() == ActivityKind.VIGNETTE
                        ? Links.vignette(p.courseId(), p.activityId())
                        : Links.quiz(p.courseId(), p.activityId()));
        var item = new Div(link, new Paragraph(getTranslation("progress.practise.for", p.term())));
        item.addClassName("practice-item");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " · " + getTranslation("app.name");
    }
}
