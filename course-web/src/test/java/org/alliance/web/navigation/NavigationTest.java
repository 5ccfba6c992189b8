package org.alliance.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliance.web.AllianceTest;
import org.alliance.web.ui.RouteLinks;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every route constant and every link builder names a route the running app registers, with exactly that route's
 * parameters, so a link can only point at a page that exists. Routes are read from Vaadin's own registry, filled by
 * the Spring add-on's scan of the {@code @Route} views.
 */
@AllianceTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "INSTRUCTOR"})
class NavigationTest extends SpringBrowserlessTest {

    /** Each registered template (a route's own or an alias) with the view it opens. */
    private Map<String, Class<?>> registered() {
        Map<String, Class<?>> templates = new HashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            templates.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> templates.put(alias.getTemplate(), route.getNavigationTarget()));
        }
        return templates;
    }

    private static List<String> constants() {
        return Stream.of(Routes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Every builder of {@link Links}, called with distinct sample values ("value0", "value1"...). */
    private static Map<String, Link> builtLinks() throws ReflectiveOperationException {
        Map<String, Link> links = new HashMap<>();
        for (Method builder : Links.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(builder.getModifiers())) {
                continue;
            }
            Object[] values = IntStream.range(0, builder.getParameterCount())
                    .mapToObj(i -> "value" + i)
                    .toArray();
            links.put(builder.getName(), (Link) builder.invoke(null, values));
        }
        return links;
    }

    @Test
    void every_route_constant_is_a_registered_route() {
        assertThat(registered().keySet()).containsAll(constants());
    }

    @Test
    void every_registered_route_has_its_constant() {
        assertThat(constants()).containsAll(registered().keySet());
    }

    @Test
    void every_route_has_a_link_builder() throws ReflectiveOperationException {
        assertThat(builtLinks().values().stream().map(Link::template).toList())
                .containsExactlyInAnyOrderElementsOf(constants());
    }

    @Test
    void every_link_builder_opens_its_route_with_the_values_given_in_order() throws ReflectiveOperationException {
        var routes = RouteConfiguration.forApplicationScope();
        for (var built : builtLinks().entrySet()) {
            Link link = built.getValue();
            Class<?> view = registered().get(link.template());
            assertThat(view).as(built.getKey()).isNotNull();
            List<String> names = Link.parameterNames(link.template());
            assertThat(link.parameters()).as(built.getKey()).hasSize(names.size());
            for (int i = 0; i < names.size(); i++) {
                assertThat(link.parameters().get(names.get(i)))
                        .as(built.getKey() + " " + names.get(i))
                        .isEqualTo("value" + i);
            }
            assertThat(routes.getRoute(link.location())).as(built.getKey()).contains(view.asSubclass(Component.class));
        }
    }

    @Test
    void a_router_link_made_from_a_link_has_the_address_the_view_class_would_give() throws Exception {
        var routes = RouteConfiguration.forApplicationScope();
        for (Link link : builtLinks().values()) {
            boolean alias = routes.getAvailableRoutes().stream()
                    .noneMatch(r -> r.getTemplate().equals(link.template()));
            if (alias) {
                assertThatThrownBy(() -> RouteLinks.target(link)).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            var view = RouteLinks.target(link);
            assertThat(RouteLinks.to("text", link).getHref())
                    .as(link.template())
                    .isEqualTo(routes.getUrl(view, new RouteParameters(link.parameters())))
                    .isEqualTo(link.location());
        }
    }
}
