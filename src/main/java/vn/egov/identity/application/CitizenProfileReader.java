package vn.egov.identity.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.CitizenProfile;
import vn.egov.identity.CitizenProfiles;
import vn.egov.identity.persistence.Accounts;

/** Reads the account for {@link CitizenProfiles}. */
@Service
class CitizenProfileReader implements CitizenProfiles {

    private final Accounts accounts;

    CitizenProfileReader(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CitizenProfile> of(AccountId id) {
        return accounts.findById(id.value())
                .filter(account -> account.kind() != AccountKind.OFFICIAL)
                .map(account -> new CitizenProfile(
                        account.id(),
                        account.kind(),
                        account.fullName(),
                        account.citizenId(),
                        account.birthDate(),
                        account.address(),
                        account.phone(),
                        account.email(),
                        account.taxCode(),
                        account.organisationName(),
                        account.identityVouchedAt() != null));
    }
}
