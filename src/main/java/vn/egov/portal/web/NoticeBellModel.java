package vn.egov.portal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.egov.identity.SignedInUser;
import vn.egov.portal.application.NoticeBell;
import vn.egov.shared.Role;

/**
 * The bell in every page's header (layout.html reads {@code noticeBell}): the unread count of a signed-in citizen or
 * organisation, one indexed count per page; nothing for visitors and officials, who have no portal notices.
 */
@ControllerAdvice(annotations = Controller.class)
class NoticeBellModel {

    private final NoticeBell bell;

    NoticeBellModel(NoticeBell bell) {
        this.bell = bell;
    }

    @ModelAttribute("noticeBell")
    Long noticeBell() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !(user.kind().role() == Role.CITIZEN || user.kind().role() == Role.ORGANISATION)) {
            return null;
        }
        return bell.unread(user.accountId());
    }
}
