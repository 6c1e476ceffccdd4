package vn.egov.workflow.engine;

import java.math.BigDecimal;
import java.util.Objects;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;

/** One step of a procedure version's internal process, as the catalogue lists it: what, by whom, in how long. */
record Step(LocalizedText name, Role role, BigDecimal days) {

    Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
