package vn.egov.dossier.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierStatus;

/** One step of a dossier's history: who did what, when, from which status to which, on which step, the note. */
@Entity
@Table(schema = "dossier", name = "history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID dossierId;
    private Instant at;

    @Enumerated(EnumType.STRING)
    private DossierAction action;

    @Convert(converter = StatusColumn.class)
    private DossierStatus fromStatus;

    @Convert(converter = StatusColumn.class)
    private DossierStatus toStatus;

    private UUID actorId;
    private String actorName;
    private UUID unitId;
    private String stepName;
    private String note;

    protected HistoryEntry() {}

    public HistoryEntry(
            UUID dossierId,
            Dossier.Transition transition,
            Instant at,
            UUID actorId,
            String actorName,
            UUID unitId,
            String stepName) {
        this.dossierId = dossierId;
        this.at = at;
        this.action = transition.action();
        this.fromStatus = transition.from();
        this.toStatus = transition.to();
        this.actorId = actorId;
        this.actorName = actorName;
        this.unitId = unitId;
        this.stepName = stepName;
        this.note = transition.note() == null ? null : truncate(transition.note(), 4000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public Instant at() {
        return at;
    }

    public DossierAction action() {
        return action;
    }

    public DossierStatus fromStatus() {
        return fromStatus;
    }

    public DossierStatus toStatus() {
        return toStatus;
    }

    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public UUID unitId() {
        return unitId;
    }

    public String stepName() {
        return stepName;
    }

    public String note() {
        return note;
    }
}
