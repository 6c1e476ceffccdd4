package vn.egov.identity.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.StaffDirectory;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.TaxCode;

/** Finds accounts by what people type in the sign-in form: a username, e-mail, CCCD number or tax code. */
@Service
@Transactional(readOnly = true)
public class AccountLookup implements StaffDirectory {

    private final Accounts accounts;
    private final RoleAssignments roles;

    AccountLookup(Accounts accounts, RoleAssignments roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    public Optional<Account> byLogin(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String text = login.strip();
        if (EmailAddress.looksLikeOne(text)) {
            return accounts.findByEmailIgnoreCase(text);
        }
        if (CitizenIdNumber.looksLikeOne(text)) {
            return accounts.findByCitizenId(text);
        }
        if (TaxCode.looksLikeOne(text)) {
            try {
                return accounts.findByTaxCode(new TaxCode(text).value());
            } catch (vn.egov.shared.RuleViolation notATaxCode) {
                // ten digits with a wrong check digit: can still be a username
            }
        }
        return accounts.findByUsername(text.toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<Account> byId(AccountId id) {
        return accounts.findById(id.value());
    }

    @Override
    public List<RoleInUnit> dutiesOf(AccountId official) {
        return rolesOf(official);
    }

    public List<RoleInUnit> rolesOf(AccountId id) {
        return roles.findByAccountId(id.value()).stream()
                .map(r -> new RoleInUnit(r.role(), r.orgUnit()))
                .toList();
    }
}
