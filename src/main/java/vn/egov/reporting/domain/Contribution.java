package vn.egov.reporting.domain;

import java.time.LocalDate;

/** A dossier's part of one daily count: {@code weight} added to {@code metric} on {@code day}. */
public record Contribution(Metric metric, LocalDate day, long weight) {

    public Contribution {
        if (weight <= 0) {
            throw new IllegalArgumentException("a contribution adds something: " + weight);
        }
    }

    public static Contribution one(Metric metric, LocalDate day) {
        return new Contribution(metric, day, 1);
    }
}
