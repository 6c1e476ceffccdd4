-- Wrong passwords are counted per account and client address, so that a stranger's failures pause sign-in to an
-- account only from the stranger's address, never the holder's own. The account's own columns (failed_attempts,
-- locked_until) now count failures from everywhere and make unfamiliar addresses wait, longer after each one;
-- addresses the account signed in from before (last_succeeded_at) do not wait.
create table identity.sign_in_source (
    account_id        uuid        not null references identity.account (id) on delete cascade,
    address           varchar(45) not null,
    failures          int         not null default 0,
    last_failed_at    timestamptz,
    locked_until      timestamptz,
    last_succeeded_at timestamptz,
    constraint sign_in_source_pk primary key (account_id, address)
);

-- The old lock could be set by anyone against anyone; what it locked is released.
update identity.account set locked_until = null, failed_attempts = 0 where locked_until is not null;
