package vn.egov.audit.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.shared.AuditDirectory.SubjectKind;

/**
 * What the log page knows of each action (docs/audit-events.md): the group an administrator filters by, and what
 * kind of identifier its subject is, to name it. An action not listed here (a new event) is shown under "other"
 * with its subject as recorded.
 */
final class AuditActions {

    /** The groups of actions, in the order of the filter. */
    enum Group {
        SIGN_IN,
        ACCOUNTS,
        ORG_UNITS,
        CATALOGUE,
        CALENDAR,
        DOSSIERS,
        OTHER
    }

    private record Known(Group group, SubjectKind subject) {}

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("SIGN_IN_SUCCEEDED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("SIGN_IN_FAILED", new Known(Group.SIGN_IN, SubjectKind.LOGIN)),
            Map.entry("SIGNED_OUT", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("ACCOUNT_LOCKED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("ACCOUNT_UNLOCKED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("PASSWORD_RESET_REQUESTED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("PASSWORD_CHANGED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("SECOND_FACTOR_ENROLLED", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("SECOND_FACTOR_RESET", new Known(Group.SIGN_IN, SubjectKind.ACCOUNT)),
            Map.entry("ACCOUNT_REGISTERED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("EMAIL_VERIFIED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("PROFILE_UPDATED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("PERSONAL_DATA_EXPORTED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("CONSENT_WITHDRAWN", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("OFFICIAL_CREATED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("ACCOUNT_DISABLED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("ACCOUNT_ENABLED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("ROLE_GRANTED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("ROLE_REVOKED", new Known(Group.ACCOUNTS, SubjectKind.ACCOUNT)),
            Map.entry("DATA_IMPORTED", new Known(Group.ACCOUNTS, null)),
            Map.entry("ORG_UNIT_CREATED", new Known(Group.ORG_UNITS, SubjectKind.AGENCY_CODE)),
            Map.entry("ORG_UNIT_CHANGED", new Known(Group.ORG_UNITS, SubjectKind.ORG_UNIT)),
            Map.entry("ORG_UNITS_MERGED", new Known(Group.ORG_UNITS, SubjectKind.ORG_UNIT)),
            Map.entry("ORG_UNIT_SPLIT", new Known(Group.ORG_UNITS, SubjectKind.ORG_UNIT)),
            Map.entry("ORG_UNIT_DISSOLVED", new Known(Group.ORG_UNITS, SubjectKind.ORG_UNIT)),
            Map.entry("PROCEDURE_DRAFT_SAVED", new Known(Group.CATALOGUE, SubjectKind.PROCEDURE)),
            Map.entry("PROCEDURE_PUBLISHED", new Known(Group.CATALOGUE, SubjectKind.PROCEDURE)),
            Map.entry("CATALOGUE_IMPORTED", new Known(Group.CATALOGUE, null)),
            Map.entry("CALENDAR_DECISION_RECORDED", new Known(Group.CALENDAR, null)),
            Map.entry("CALENDAR_DECISION_REMOVED", new Known(Group.CALENDAR, null)),
            Map.entry("PAYMENT_NOTICE_REFUSED", new Known(Group.DOSSIERS, SubjectKind.DOSSIER)));

    /** Detail fields that hold an identifier of a kind that can be named. */
    static final Map<String, SubjectKind> NAMED_DETAILS = Map.of(
            "account", SubjectKind.ACCOUNT,
            "orgUnit", SubjectKind.ORG_UNIT,
            "merged", SubjectKind.ORG_UNIT,
            "into", SubjectKind.ORG_UNIT,
            "successor", SubjectKind.ORG_UNIT);

    /** Detail fields whose values are codes with a text of their own ({@code audit.value.<field>.<code>}). */
    static final Set<String> CODED_DETAILS = Set.of("reason", "method", "kind", "role", "type", "step", "from", "to");

    private AuditActions() {}

    static Group groupOf(String action) {
        if (action != null && action.startsWith("DOSSIER_")) {
            return Group.DOSSIERS;
        }
        Known known = KNOWN.get(action);
        return known == null ? Group.OTHER : known.group();
    }

    /** The kind of the action's subject; {@code null} when it names nothing that has a name of its own. */
    static SubjectKind subjectOf(String action) {
        if (action != null && action.startsWith("DOSSIER_")) {
            return SubjectKind.DOSSIER;
        }
        Known known = KNOWN.get(action);
        return known == null ? null : known.subject();
    }

    /** Every action this page knows, for the message bundles' test. */
    static List<String> known() {
        return KNOWN.keySet().stream().sorted().toList();
    }
}
