package vn.egov.catalogue.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.catalogue.domain.ProcedureVersion;

/** Versions of procedures, for lists of what is in force. */
public interface ProcedureVersions extends JpaRepository<ProcedureVersion, UUID> {

    @Query("""
            select v from ProcedureVersion v
            where v.status = vn.egov.catalogue.ProcedureStatus.PUBLISHED
              and v.validFrom <= :day and (v.validTo is null or v.validTo > :day)
            order by v.nameVi
            """)
    List<ProcedureVersion> inForceOn(LocalDate day);

    @Query("""
            select distinct v.fieldCode, v.fieldVi, v.fieldEn from ProcedureVersion v
            where v.status = vn.egov.catalogue.ProcedureStatus.PUBLISHED
              and v.validFrom <= :day and (v.validTo is null or v.validTo > :day)
            order by v.fieldVi
            """)
    List<Object[]> fieldsInForceOn(LocalDate day);

    @Query("""
            select distinct v.level from ProcedureVersion v
            where v.status = vn.egov.catalogue.ProcedureStatus.PUBLISHED
              and v.validFrom <= :day and (v.validTo is null or v.validTo > :day)
            """)
    List<String> levelsInForceOn(LocalDate day);

    @Query("""
            select distinct v.agencyKey, v.agencyVi, v.agencyEn from ProcedureVersion v
            where v.status = vn.egov.catalogue.ProcedureStatus.PUBLISHED
              and v.validFrom <= :day and (v.validTo is null or v.validTo > :day)
            order by v.agencyVi
            """)
    List<Object[]> agenciesInForceOn(LocalDate day);

    /**
     * Changes whenever any version is added, edited, published, ended or discarded: lets a node with its own search
     * index notice what other nodes wrote.
     */
    @Query(value = """
            select count(*) || ':' || coalesce(md5(string_agg(
                id::text || status || coalesce(valid_from::text, '') || coalesce(valid_to::text, '')
                    || updated_at::text, ',' order by id)), '')
            from catalogue.procedure_version
            """, nativeQuery = true)
    String revisionKey();
}
