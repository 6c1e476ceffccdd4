package vn.egov.identity;

/** What an org unit is in the administrative structure. */
public enum OrgUnitKind {
    /** The province (tỉnh / thành phố trực thuộc trung ương): the root of the tree. */
    PROVINCE,
    /** People's Committee (Ủy ban nhân dân) of the province. */
    PEOPLES_COMMITTEE,
    /** An office serving a committee (Văn phòng UBND). */
    OFFICE,
    /** A specialised department (sở, ban, ngành). */
    DEPARTMENT,
    /** A district-level unit (huyện, thị xã, thành phố thuộc tỉnh); abolished from 1 July 2025. */
    DISTRICT,
    /** A commune-level unit (xã, phường, thị trấn). */
    COMMUNE,
    /** An internal division (phòng, chi cục, trung tâm). */
    DIVISION,
    /** A one-stop desk (Bộ phận Một cửa / Trung tâm Phục vụ hành chính công). */
    ONE_STOP_DESK;

    /** Whether an agency can hold dossiers and issue decisions under its own name. */
    public boolean isAgency() {
        return this != DIVISION && this != ONE_STOP_DESK;
    }
}
