package vn.egov.calendar.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.egov.calendar.domain.DayOverride;
import vn.egov.calendar.domain.HolidayKind;

/** A decision an administrator recorded for one day; the newest for a day replaces an older one. */
@Entity
@Table(schema = "calendar", name = "day_decision")
public class DayDecision {

    /** What the decision does to the day. */
    public enum Type {
        DAY_OFF,
        WORKING_DAY,
        CANCELLED_HOLIDAY
    }

    @Id
    private UUID id;

    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private Type type;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    private String nameVi;
    private String nameEn;
    private String decisionRef;
    private Instant recordedAt;
    private String recordedBy;

    protected DayDecision() {}

    public DayDecision(DayOverride override, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.day = override.date();
        this.decisionRef = override.decisionReference();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        switch (override) {
            case DayOverride.DayOff off -> {
                type = Type.DAY_OFF;
                kind = off.kind();
                nameVi = off.nameVi();
                nameEn = off.nameEn();
            }
            case DayOverride.ExtraWorkingDay working -> {
                type = Type.WORKING_DAY;
                nameVi = working.nameVi();
                nameEn = working.nameEn();
            }
            case DayOverride.CancelledHoliday cancelled -> type = Type.CANCELLED_HOLIDAY;
        }
    }

    public DayOverride toOverride() {
        return switch (type) {
            case DAY_OFF -> new DayOverride.DayOff(day, kind, nameVi, nameEn, decisionRef);
            case WORKING_DAY -> new DayOverride.ExtraWorkingDay(day, nameVi, nameEn, decisionRef);
            case CANCELLED_HOLIDAY -> new DayOverride.CancelledHoliday(day, decisionRef);
        };
    }

    public UUID id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public Type type() {
        return type;
    }

    public HolidayKind kind() {
        return kind;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String decisionRef() {
        return decisionRef;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
