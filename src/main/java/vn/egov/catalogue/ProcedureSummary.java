package vn.egov.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.egov.shared.LocalizedText;

/** What a list of procedures shows of each: enough to choose one, read from the search index alone. */
public record ProcedureSummary(
        ProcedureCode code,
        ProcedureVersionId versionId,
        int versionNo,
        LocalDate validFrom,
        LocalizedText name,
        ProcedureLevel level,
        ProcedureContent.Field field,
        ProcedureContent.Agency implementingAgency,
        BigDecimal processingDays,
        OnlineLevel onlineLevel,
        List<ProcedureContent.Fee> fees) {}
