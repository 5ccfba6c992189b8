package org.alliance.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.web.navigation.Link;

/**
 * Router links and navigation to a {@link Link}, so a view can link to another feature's page without importing
 * its view class. The page is found among the registered routes by its template; the link then behaves exactly as
 * one made from the view class (same address, navigation without a page load).
 */
public final class RouteLinks {
    /**
     * Views by route template. Every route is an annotated view registered once at start-up, so the answer never
     * changes; listing the registered routes costs a walk over all of them and their annotations, and a course
     * page makes some sixty links (JFR showed it on the course page, issue 15).
     */
    private static final Map<String, Class<? extends Component>> TARGETS = new ConcurrentHashMap<>();

    private RouteLinks() {}

    /** A router link with the given text to the page. */
    public static RouterLink to(String text, Link link) {
        return new RouterLink(text, target(link), new RouteParameters(link.parameters()));
    }

    /** Navigates the UI to the page. */
    public static void navigate(UI ui, Link link) {
        ui.navigate(target(link), new RouteParameters(link.parameters()));
    }

    /**
     * The view registered under the link's template.
     *
     * @throws IllegalArgumentException when no route has that template (an alias is not a route's own template)
     */
    public static Class<? extends Component> target(Link link) {
        Class<? extends Component> known = TARGETS.get(link.template());
        if (known != null) {
            return known;
        }
        Class<? extends Component> found = lookUp(link);
        TARGETS.put(link.template(), found);
        return found;
    }

    private static Class<? extends Component> lookUp(Link link) {
        return RouteConfiguration.forSessionScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().equals(link.template()))
                .map(RouteData::getNavigationTarget)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No route is registered as " + link.template()));
    }
}
