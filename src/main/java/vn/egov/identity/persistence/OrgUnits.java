package vn.egov.identity.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.identity.domain.OrgUnit;

/** All agencies and org units, with their histories. */
public interface OrgUnits extends JpaRepository<OrgUnit, UUID> {

    @Query("""
            select distinct u from OrgUnit u join u.versions v
            where v.code = :code and v.validFrom <= :day and (v.validTo is null or v.validTo > :day)
            """)
    List<OrgUnit> findByCodeOn(String code, LocalDate day);

    @Query("select distinct u from OrgUnit u join u.versions v where v.code = :code")
    List<OrgUnit> findEverHavingCode(String code);
}
