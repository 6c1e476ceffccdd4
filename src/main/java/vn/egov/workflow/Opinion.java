package vn.egov.workflow;

import java.time.Instant;
import vn.egov.identity.AccountId;
import vn.egov.shared.LocalizedText;

/** What an official wrote when ending a step, and how they ended it. */
public record Opinion(
        TaskKey task,
        String stepKey,
        LocalizedText stepName,
        AccountId author,
        StepOutcome outcome,
        String text,
        Instant at) {}
