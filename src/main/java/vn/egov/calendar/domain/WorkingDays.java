package vn.egov.calendar.domain;

import java.math.BigDecimal;

/**
 * An amount of working days, in half days: procedures set their processing time in working days, sometimes with a
 * half day ("0,5 ngày làm việc"). One working day is the office time of one day
 * ({@link OfficeHours#workingDayLength()}), half a day is half of it.
 */
public record WorkingDays(long halfDays) implements Comparable<WorkingDays> {

    public static final WorkingDays ZERO = new WorkingDays(0);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public WorkingDays {
        if (halfDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + halfDays + " half days");
        }
    }

    public static WorkingDays of(long days) {
        return new WorkingDays(Math.multiplyExact(days, 2));
    }

    public static WorkingDays of(long days, long halfDays) {
        return new WorkingDays(Math.addExact(Math.multiplyExact(days, 2), halfDays));
    }

    public static WorkingDays ofHalfDays(long halfDays) {
        return new WorkingDays(halfDays);
    }

    /** From a decimal amount such as 2.5; only whole and half days are accepted. */
    public static WorkingDays of(BigDecimal days) {
        BigDecimal doubled = days.multiply(TWO);
        try {
            return new WorkingDays(doubled.longValueExact());
        } catch (ArithmeticException notWholeHalfDays) {
            throw new IllegalArgumentException("working days must be a multiple of 0.5: " + days, notWholeHalfDays);
        }
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(halfDays).divide(TWO).stripTrailingZeros();
    }

    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(halfDays, other.halfDays));
    }

    public boolean isZero() {
        return halfDays == 0;
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Long.compare(halfDays, other.halfDays);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " working days";
    }
}
