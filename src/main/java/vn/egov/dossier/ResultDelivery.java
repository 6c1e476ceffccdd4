package vn.egov.dossier;

/** How the applicant receives the result: at the desk, online (an electronic result), or by public post. */
public enum ResultDelivery {
    DESK,
    ONLINE,
    POST
}
