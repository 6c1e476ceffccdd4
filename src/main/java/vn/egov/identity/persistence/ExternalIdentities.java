package vn.egov.identity.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.identity.domain.ExternalIdentity;

/** Links between accounts and subjects at OpenID Connect providers. */
public interface ExternalIdentities extends JpaRepository<ExternalIdentity, ExternalIdentity.Key> {}
