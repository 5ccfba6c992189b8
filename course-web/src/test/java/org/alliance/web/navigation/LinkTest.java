package org.alliance.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void a_link_fills_the_template_with_its_values() {
        assertThat(Links.quiz("therapeutic-relationship", "q1").location())
                .isEqualTo("courses/therapeutic-relationship/quizzes/q1");
        assertThat(Links.home().location()).isEmpty();
    }

    @Test
    void a_value_is_encoded_as_one_path_segment() {
        assertThat(Links.studentAttempts("c1", "a b/c").location()).isEqualTo("teaching/c1/gradebook/a%20b%2Fc");
    }

    @Test
    void a_link_refuses_parameters_its_route_does_not_take() {
        assertThatThrownBy(() -> new Link(Routes.COURSE, Map.of("course", "c1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("courseId");
        assertThatThrownBy(() -> new Link(Routes.LESSON, Map.of("courseId", "c1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
