package vn.egov.identity;

import java.util.UUID;

/** Identifies an agency or org unit for its whole life, across renames and moves in the tree. */
public record OrgUnitId(UUID value) implements java.io.Serializable {

    public static OrgUnitId of(String text) {
        return new OrgUnitId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
