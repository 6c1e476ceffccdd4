package vn.egov.shared;

import vn.egov.shared.AuditableEvent.Actor;

/** Who is acting right now, from where: the signed-in user and the client address of the current request. */
public interface Actors {

    Actor current();
}
