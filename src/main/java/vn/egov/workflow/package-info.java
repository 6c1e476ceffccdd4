/**
 * Internal processing of dossiers on the Flowable BPMN engine, in the platform's PostgreSQL: a procedure
 * version's step list becomes a BPMN process when it is published, or a procedure carries an uploaded model
 * (parallel opinions of two agencies, say); tasks go to a role within an agency; the engine's business calendar
 * is the working-day calendar. It routes the work only — the dossier's status is decided and kept by the dossier.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workflow",
        allowedDependencies = {"shared", "identity", "calendar", "catalogue"})
package vn.egov.workflow;
