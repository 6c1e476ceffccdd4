package vn.egov.catalogue.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureVersion;
import vn.egov.catalogue.persistence.Procedures;
import vn.egov.shared.AuditDirectory;

/** Names procedures in the audit log: by the name of their newest version, with their administration page. */
@Component
class CatalogueAuditNames implements AuditDirectory {

    private final Procedures procedures;

    CatalogueAuditNames(Procedures procedures) {
        this.procedures = procedures;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Reference> subjects(SubjectKind kind, Collection<String> identifiers) {
        if (kind != SubjectKind.PROCEDURE) {
            return Map.of();
        }
        Map<String, Reference> named = new HashMap<>();
        for (String code : identifiers) {
            procedures
                    .findByCode(code)
                    .ifPresent(p -> named.put(code, new Reference(name(p), "/admin/procedures/" + code)));
        }
        return named;
    }

    private static String name(Procedure procedure) {
        return procedure
                .latestPublished()
                .or(procedure::draft)
                .or(() -> procedure.versions().stream().findFirst())
                .map(ProcedureVersion::nameVi)
                .orElse(procedure.code().value());
    }
}
