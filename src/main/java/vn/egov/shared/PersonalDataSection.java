package vn.egov.shared;

import java.util.UUID;

/**
 * A module's part of what the platform holds about one person, for the copy of their own data they may ask for
 * (Decree 13/2023/NĐ-CP, Art. 9 and 14). The identity module gathers every section into the export without knowing
 * the modules that contribute them, as the shell gathers {@link NavigationItem}s.
 */
public interface PersonalDataSection {

    /** The section's key in the export, e.g. {@code dossiers}. */
    String name();

    /**
     * What this module holds about the person: records, lists and maps that serialise to JSON. Only what is tied to
     * the person's own account: a number typed at registration is not proof of who someone is, so nothing is matched
     * by it.
     */
    Object about(UUID accountId);
}
