package vn.egov.identity.security;

import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.identity.AccountDisabled;
import vn.egov.identity.AccountId;
import vn.egov.identity.ConsentWithdrawn;
import vn.egov.identity.PasswordChanged;
import vn.egov.identity.RoleRevoked;
import vn.egov.identity.SignedInUser;

/**
 * Ends an account's sessions when what they were granted no longer holds: a role taken away, the account disabled,
 * the password changed. A session's principal is a snapshot taken at sign-in, so without this the old rights would
 * live on until the session expired. Sessions are in the shared store, found by the principal name index (the
 * account id), so a session is ended whichever node serves it.
 *
 * <p>The listeners run inside the transaction that makes the change, before it commits (the session store writes
 * in its own transaction): if the sessions cannot be ended the change fails, rather than committing while the old
 * rights live on.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(RoleRevoked revoked) {
        endAllExcept(revoked.account(), null);
    }

    @EventListener
    void on(AccountDisabled disabled) {
        endAllExcept(disabled.account(), null);
    }

    /** Withdrawing consent closes the account: every session ends, the one it was withdrawn in too. */
    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        endAllExcept(withdrawn.account(), null);
    }

    /**
     * A password changed by its holder keeps the session they changed it in (the controller renews its id) and
     * ends every other one, a stolen session among them; changed by a reset link or an administrator, it ends all.
     */
    @EventListener
    void on(PasswordChanged changed) {
        endAllExcept(changed.account(), currentSessionOf(changed.account()));
    }

    /** A session in the middle of signing in (password given, code to come) is found and ended like the others. */
    static void index(HttpSession session, AccountId account) {
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, account.toString());
    }

    static void unindex(HttpSession session) {
        session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
    }

    private void endAllExcept(AccountId account, String keep) {
        Set<String> ids = sessions.findByPrincipalName(account.toString()).keySet();
        for (String id : ids) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
    }

    /** The session of the current request, when the account signed in there is the one whose password changed. */
    private static String currentSessionOf(AccountId account) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !user.accountId().equals(account)) {
            return null;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
