package org.alliance.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoodleFractionsTest {

    @Test
    void credits_map_to_the_nearest_grade_moodle_accepts() {
        assertThat(MoodleFractions.nearest(100)).isEqualTo(100);
        assertThat(MoodleFractions.nearest(100.0 / 3)).isEqualTo(33.33333);
        assertThat(MoodleFractions.nearest(-50)).isEqualTo(-50);
        assertThat(MoodleFractions.nearest(45)).isEqualTo(50); // a tie between 40 and 50 goes up
        assertThat(MoodleFractions.nearest(62)).isEqualTo(60);
        assertThat(MoodleFractions.nearest(2)).isEqualTo(0);
        assertThat(MoodleFractions.nearest(-2)).isEqualTo(0);
        assertThat(MoodleFractions.accepted(100.0 / 7)).isTrue();
        assertThat(MoodleFractions.accepted(45)).isFalse();
    }

    @Test
    void fractions_are_written_as_moodle_writes_them() {
        assertThat(MoodleXmlWriter.fraction(100)).isEqualTo("100");
        assertThat(MoodleXmlWriter.fraction(100.0 / 3)).isEqualTo("33.33333");
        assertThat(MoodleXmlWriter.fraction(-12.5)).isEqualTo("-12.5");
        assertThat(MoodleXmlWriter.fraction(-0.0)).isEqualTo("0");
    }
}
