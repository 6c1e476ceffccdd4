package vn.egov.catalogue;

/** The level of government that carries out a procedure. */
public enum ProcedureLevel {
    PROVINCE,
    /** District level, abolished from 1 July 2025; kept for procedures and dossiers of before. */
    DISTRICT,
    COMMUNE
}
