package vn.egov.identity.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.AccountProfiles;

/** The profiles of citizens' and businesses' accounts, for the modules that act for them. */
@Service
@Transactional(readOnly = true)
class AccountProfileDirectory implements AccountProfiles {

    private final vn.egov.identity.persistence.Accounts accounts;

    AccountProfileDirectory(vn.egov.identity.persistence.Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountProfile> profileOf(AccountId account) {
        if (account == null) {
            return Optional.empty();
        }
        return accounts.findById(account.value())
                .filter(found -> found.kind() != AccountKind.OFFICIAL)
                .map(found -> new AccountProfile(
                        found.id(),
                        found.kind(),
                        found.fullName(),
                        found.citizenId(),
                        found.taxCode(),
                        found.organisationName(),
                        found.phone(),
                        found.email(),
                        found.address()));
    }
}
