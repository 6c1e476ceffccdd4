package vn.egov.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AstronomyTest {

    @Test
    void newMoonMatchesMeeusWorkedExample49a() {
        // Meeus, Astronomical Algorithms, example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118.
        assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00001));
    }

    @Test
    void sunLongitudeMatchesMeeusWorkedExample25a() {
        // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895° (low-accuracy method).
        assertThat(Astronomy.apparentSunLongitude(2448908.5)).isCloseTo(199.90895, within(0.0001));
    }

    @Test
    void deltaTIsAboutOneMinuteAroundTheYear2000() {
        assertThat(Astronomy.deltaTSeconds(2451545.0)).isCloseTo(63.9, within(0.5));
        assertThat(Astronomy.deltaTSeconds(2415020.0)).isCloseTo(-2.8, within(0.5));
    }

    @Test
    void consecutiveNewMoonsAreALunationApart() {
        for (long k = -1500; k < 2500; k++) {
            double gap = Astronomy.newMoonUt(k + 1) - Astronomy.newMoonUt(k);
            assertThat(gap).isBetween(29.26, 29.84);
        }
    }
}
