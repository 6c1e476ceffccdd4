package vn.egov.notice.application;

/** How a notice reaches the applicant. */
public enum NoticeChannel {
    EMAIL,
    SMS
}
