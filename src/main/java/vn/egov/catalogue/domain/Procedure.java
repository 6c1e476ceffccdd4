package vn.egov.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.shared.RuleViolation;

/**
 * An administrative procedure and all its versions. Only a draft can be changed; publishing a draft from a day
 * ends the version in force on that day, so the history of what applied when is never rewritten.
 */
@Entity
@Table(schema = "catalogue", name = "procedure")
public class Procedure {

    @Id
    private UUID id;

    private String code;
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    @OrderBy("versionNo")
    private List<ProcedureVersion> versions = new ArrayList<>();

    protected Procedure() {}

    public static Procedure create(ProcedureCode code, ProcedureContent content, Instant now, String by) {
        Procedure procedure = new Procedure();
        procedure.id = UUID.randomUUID();
        procedure.code = code.value();
        procedure.createdAt = now;
        procedure.versions.add(new ProcedureVersion(procedure.id, code.value(), 1, content, now, by));
        return procedure;
    }

    public ProcedureCode code() {
        return new ProcedureCode(code);
    }

    public List<ProcedureVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ProcedureVersion> draft() {
        return versions.stream()
                .filter(v -> v.status() == ProcedureStatus.DRAFT)
                .findFirst();
    }

    public Optional<ProcedureVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    /** The newest published version, in force now or from a future day. */
    public Optional<ProcedureVersion> latestPublished() {
        return versions.stream()
                .filter(v -> v.status() == ProcedureStatus.PUBLISHED)
                .max(Comparator.comparing(ProcedureVersion::validFrom));
    }

    /** Writes the draft, starting one (numbered after the last version) when there is none. */
    public ProcedureVersion saveDraft(ProcedureContent content, Instant now, String by) {
        Optional<ProcedureVersion> draft = draft();
        if (draft.isPresent()) {
            draft.get().setContent(content, now, by);
            return draft.get();
        }
        int next = versions.stream().mapToInt(ProcedureVersion::versionNo).max().orElse(0) + 1;
        ProcedureVersion version = new ProcedureVersion(id, code, next, content, now, by);
        versions.add(version);
        return version;
    }

    /** Puts the draft in force from {@code from}; the version in force before ends that day. */
    public ProcedureVersion publish(LocalDate from, Instant now, String by) {
        ProcedureVersion draft = draft().orElseThrow(() -> new RuleViolation("procedure.error.noDraft", code));
        Optional<ProcedureVersion> previous = latestPublished();
        if (previous.isPresent()) {
            ProcedureVersion before = previous.get();
            if (!from.isAfter(before.validFrom())) {
                throw new RuleViolation("procedure.error.publishBefore", before.validFrom());
            }
            if (before.validTo() == null || before.validTo().isAfter(from)) {
                before.endOn(from);
            }
        }
        draft.publish(from, now, by);
        return draft;
    }

    public void discardDraft() {
        draft().ifPresent(versions::remove);
    }

    /** The procedure is abolished from {@code on}: the version in force ends that day and none follows. */
    public void abolish(LocalDate on) {
        ProcedureVersion current =
                latestPublished().orElseThrow(() -> new RuleViolation("procedure.error.notPublished"));
        if (!on.isAfter(current.validFrom())) {
            throw new RuleViolation("procedure.error.publishBefore", current.validFrom());
        }
        current.endOn(on);
    }
}
