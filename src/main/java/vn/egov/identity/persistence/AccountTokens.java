package vn.egov.identity.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.identity.domain.AccountToken;
import vn.egov.identity.domain.TokenPurpose;

/** Links sent by e-mail, by the hash of their secret. */
public interface AccountTokens extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(UUID accountId, TokenPurpose purpose);
}
