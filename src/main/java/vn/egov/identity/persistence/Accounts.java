package vn.egov.identity.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.identity.AccountKind;
import vn.egov.identity.domain.Account;

/** All accounts. */
public interface Accounts extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmailIgnoreCase(String email);

    Optional<Account> findByCitizenId(String citizenId);

    Optional<Account> findByTaxCode(String taxCode);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByCitizenId(String citizenId);

    boolean existsByTaxCode(String taxCode);

    @Query("""
            select a from Account a
            where a.kind = :kind
              and (:text = '' or lower(a.fullName) like lower(concat('%', :text, '%'))
                   or lower(a.username) like lower(concat('%', :text, '%'))
                   or lower(a.email) like lower(concat('%', :text, '%')))
            order by a.fullName
            """)
    Page<Account> search(AccountKind kind, String text, Pageable page);

    List<Account> findByIdIn(java.util.Collection<UUID> ids);

    @Query("""
            select a from Account a
            where a.kind = vn.egov.identity.AccountKind.OFFICIAL
              and exists (select 1 from RoleAssignment r where r.accountId = a.id and r.orgUnitId in :units)
              and (:text = '' or lower(a.fullName) like lower(concat('%', :text, '%'))
                   or lower(a.username) like lower(concat('%', :text, '%'))
                   or lower(a.email) like lower(concat('%', :text, '%')))
            order by a.fullName
            """)
    Page<Account> searchOfficialsIn(java.util.Collection<UUID> units, String text, Pageable page);

    /** The accounts signing in with these logins (user name, e-mail or CCCD number), for naming them in the log. */
    @Query("""
            select a from Account a
            where a.username in :logins or lower(a.email) in :logins or a.citizenId in :logins
            """)
    List<Account> findByLogins(java.util.Collection<String> logins);

    /** Any kind of account whose name, user name or e-mail contains the text. */
    @Query("""
            select a from Account a
            where lower(a.fullName) like lower(concat('%', :text, '%'))
               or lower(a.username) like lower(concat('%', :text, '%'))
               or lower(a.email) like lower(concat('%', :text, '%'))
               or a.citizenId = :text
            """)
    List<Account> matching(String text, Pageable page);
}
