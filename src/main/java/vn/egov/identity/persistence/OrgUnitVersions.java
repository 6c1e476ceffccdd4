package vn.egov.identity.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.identity.domain.OrgUnitVersion;

/** The versions of all org units, for reading the tree as it stood on a day. */
public interface OrgUnitVersions extends JpaRepository<OrgUnitVersion, UUID> {

    @Query("select v from OrgUnitVersion v where v.validFrom <= :day and (v.validTo is null or v.validTo > :day)")
    List<OrgUnitVersion> validOn(LocalDate day);
}
