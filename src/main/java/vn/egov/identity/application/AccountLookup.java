package vn.egov.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.StaffDirectory;
import vn.egov.identity.StaffDuty;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;
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

    @Override
    public List<StaffDuty> dutiesIn(Collection<OrgUnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        var assignments =
                roles.findByOrgUnitIdIn(units.stream().map(OrgUnitId::value).collect(Collectors.toSet()));
        Map<java.util.UUID, Account> active =
                accounts
                        .findByIdIn(assignments.stream()
                                .map(r -> r.account().value())
                                .collect(Collectors.toSet()))
                        .stream()
                        .filter(a -> a.status() == AccountStatus.ACTIVE)
                        .collect(Collectors.toMap(a -> a.id().value(), a -> a));
        return assignments.stream()
                .filter(r -> active.containsKey(r.account().value()))
                .map(r -> new StaffDuty(
                        r.account(), active.get(r.account().value()).displayName(), r.role(), r.orgUnit()))
                .toList();
    }

    @Override
    public Map<AccountId, String> namesOf(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(ids.stream().map(AccountId::value).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
    }

    @Override
    public Optional<SignedInUser> actingOfficial(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(account -> account.kind() == AccountKind.OFFICIAL && account.status() == AccountStatus.ACTIVE)
                .map(account -> new ActingOfficial(
                        account.id(), account.displayName(), account.loginName(), rolesOf(account.id())));
    }

    /** An official acting outside any request (demo seeding, tests): plain values, like the session's principal. */
    record ActingOfficial(AccountId accountId, String displayName, String loginName, List<RoleInUnit> roles)
            implements SignedInUser {

        ActingOfficial {
            roles = List.copyOf(roles);
        }

        @Override
        public AccountKind kind() {
            return AccountKind.OFFICIAL;
        }
    }
}
