package vn.egov.identity.domain;

/** How one unit's work passed to another. */
public enum SuccessionKind {
    /** Several units became one (sáp nhập / hợp nhất). */
    MERGER,
    /** One unit became several (chia / tách). */
    SPLIT
}
