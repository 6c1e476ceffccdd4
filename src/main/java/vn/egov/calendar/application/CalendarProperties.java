package vn.egov.calendar.application;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours and the range of years the calendar covers ({@code egov.calendar.*}). The default sessions are
 * 07:30–11:30 and 13:00–17:00 (8 hours), Saturday and Sunday the weekly rest days.
 */
@ConfigurationProperties("egov.calendar")
public record CalendarProperties(
        @DefaultValue("07:30") LocalTime morningOpens,
        @DefaultValue("11:30") LocalTime morningCloses,
        @DefaultValue("13:00") LocalTime afternoonOpens,
        @DefaultValue("17:00") LocalTime afternoonCloses,
        @DefaultValue("2000") int firstYear,
        @DefaultValue("2100") int lastYear) {}
