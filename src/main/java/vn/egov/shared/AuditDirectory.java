package vn.egov.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit log needs to speak of people, units and objects by name rather than by identifier. The audit log
 * depends on no module (it only listens to {@link AuditableEvent}s); the modules that own the people, units and
 * objects contribute a bean of this type each, answering for what they own and nothing for the rest.
 */
public interface AuditDirectory {

    /** A thing's name as people read it, and its page ({@code null} when it has none). */
    record Reference(String name, String link) {}

    /**
     * The kinds of identifier an entry's subject can be: which one an action's subject is, is written in
     * docs/audit-events.md.
     */
    enum SubjectKind {
        /** An account's id. */
        ACCOUNT,
        /** A login as typed (user name, e-mail or CCCD number). */
        LOGIN,
        /** An org unit's id. */
        ORG_UNIT,
        /** An org unit's agency code (QCVN 102:2016). */
        AGENCY_CODE,
        /** A procedure's national code. */
        PROCEDURE,
        /** A dossier's code, or its id before it has one. */
        DOSSIER
    }

    /** A unit to filter the log by. */
    record Unit(String id, String name, int depth) {}

    /** The accounts (their logins and ids) who match a person filter or work in a unit. */
    record People(Set<String> logins, Set<String> accountIds) {
        public static final People NONE = new People(Set.of(), Set.of());
    }

    /** Names (and pages) of the people acting, by login; logins this module does not know are left out. */
    default Map<String, Reference> actors(Collection<String> logins) {
        return Map.of();
    }

    /** Names (and pages) of subjects of the kind, by identifier; ones this module does not own are left out. */
    default Map<String, Reference> subjects(SubjectKind kind, Collection<String> identifiers) {
        return Map.of();
    }

    /** The accounts whose name or login contains the text. */
    default People peopleMatching(String text) {
        return People.NONE;
    }

    /** The units one may filter by, in the order of the unit tree; empty from modules that own no units. */
    default List<Unit> units() {
        return List.of();
    }

    /** The unit's identifiers (id, agency code) and of the units under it, for entries about them. */
    default Set<String> unitIdentifiers(String unitId) {
        return Set.of();
    }

    /** The officials holding a duty in the unit or in a unit under it. */
    default People staffOf(String unitId) {
        return People.NONE;
    }
}
