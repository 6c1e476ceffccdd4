package vn.egov.identity;

import java.util.UUID;

/** Identifies a person's or organisation's account. */
public record AccountId(UUID value) implements java.io.Serializable {

    public static AccountId of(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
