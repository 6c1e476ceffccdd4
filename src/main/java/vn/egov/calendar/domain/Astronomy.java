package vn.egov.calendar.domain;

/**
 * The two astronomical quantities the lunisolar calendar is built from: the instant of each new moon and the
 * apparent longitude of the sun.
 *
 * <p>Formulas follow Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.): chapter 49 (mean phase plus the periodic
 * and planetary corrections) for new moons, accurate to a few seconds over 1800–2200, and chapter 25 (low accuracy
 * solar coordinates, about 0.01°, i.e. about 15 minutes of solar motion) for the sun. They are evaluated in
 * Terrestrial Time and converted to Universal Time with the Espenak–Meeus polynomial fit of ΔT, because the civil
 * calendar is defined on the clock of the people using it, not on dynamical time.
 *
 * <p>All Julian days here are continuous real numbers (JD 2451545.0 = 2000-01-01T12:00 TT).
 */
final class Astronomy {

    /** Mean length of a lunation in days (Meeus 49.1). */
    static final double SYNODIC_MONTH = 29.530588861;

    /** Julian day of 1970-01-01T00:00 UT: the origin of {@link java.time.LocalDate#toEpochDay()}. */
    static final double JD_UNIX_EPOCH = 2440587.5;

    private static final double JDE_NEW_MOON_K0 = 2451550.09766;
    private static final double RAD = Math.PI / 180.0;

    private Astronomy() {}

    /**
     * Instant of the true new moon number {@code k} (k = 0 is the new moon of 2000-01-06), as a Julian day in
     * Universal Time.
     */
    static double newMoonUt(long k) {
        double jde = newMoonJde(k);
        return jde - deltaTSeconds(jde) / 86400.0;
    }

    /** Index of the new moon nearest to the given Julian day (either time scale: a minute does not matter here). */
    static long nearestNewMoonIndex(double jd) {
        return Math.round((jd - JDE_NEW_MOON_K0) / SYNODIC_MONTH);
    }

    /** Meeus chapter 49: true new moon number {@code k} in Terrestrial Time (JDE). */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = JDE_NEW_MOON_K0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = RAD * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = RAD * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = RAD * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = RAD * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double periodic = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double planetary = 0.000325 * Math.sin(RAD * (299.77 + 0.107408 * k - 0.009173 * t2))
                + 0.000165 * Math.sin(RAD * (251.88 + 0.016321 * k))
                + 0.000164 * Math.sin(RAD * (251.83 + 26.651886 * k))
                + 0.000126 * Math.sin(RAD * (349.42 + 36.412478 * k))
                + 0.000110 * Math.sin(RAD * (84.66 + 18.206239 * k))
                + 0.000062 * Math.sin(RAD * (141.74 + 53.303771 * k))
                + 0.000060 * Math.sin(RAD * (207.14 + 2.453732 * k))
                + 0.000056 * Math.sin(RAD * (154.84 + 7.306860 * k))
                + 0.000047 * Math.sin(RAD * (34.52 + 27.261239 * k))
                + 0.000042 * Math.sin(RAD * (207.19 + 0.121824 * k))
                + 0.000040 * Math.sin(RAD * (291.34 + 1.844379 * k))
                + 0.000037 * Math.sin(RAD * (161.72 + 24.198154 * k))
                + 0.000035 * Math.sin(RAD * (239.56 + 25.513099 * k))
                + 0.000023 * Math.sin(RAD * (331.55 + 3.592518 * k));

        return jde + periodic + planetary;
    }

    /** Apparent geocentric longitude of the sun in degrees, in [0, 360), at the given Universal Time Julian day. */
    static double sunLongitudeAtUt(double jdUt) {
        return apparentSunLongitude(jdUt + deltaTSeconds(jdUt) / 86400.0);
    }

    /** Meeus chapter 25 (low accuracy): apparent longitude of the sun in degrees at the given JDE. */
    static double apparentSunLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = RAD * (357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = RAD * (125.04 - 1934.136 * t);
        double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        double normalised = apparent % 360.0;
        return normalised < 0 ? normalised + 360.0 : normalised;
    }

    /**
     * ΔT = TT − UT in seconds: the polynomial fits published by Espenak and Meeus (NASA "Five Millennium Canon of
     * Solar Eclipses"), which is a minute at most over the supported range; only its order of magnitude matters
     * for deciding on which civil day a new moon falls.
     */
    static double deltaTSeconds(double jd) {
        double y = 2000.0 + (jd - 2451544.5) / 365.2425;
        if (y < 1800) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1860) {
            double t = y - 1800;
            return 13.72
                    - 0.332447 * t
                    + 0.0068612 * t * t
                    + 0.0041116 * t * t * t
                    - 0.00037436 * Math.pow(t, 4)
                    + 0.0000121272 * Math.pow(t, 5)
                    - 0.0000001699 * Math.pow(t, 6)
                    + 0.000000000875 * Math.pow(t, 7);
        }
        if (y < 1900) {
            double t = y - 1860;
            return 7.62
                    + 0.5737 * t
                    - 0.251754 * t * t
                    + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4)
                    + Math.pow(t, 5) / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86
                    + 0.3345 * t
                    - 0.060374 * t * t
                    + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        if (y < 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }
}
