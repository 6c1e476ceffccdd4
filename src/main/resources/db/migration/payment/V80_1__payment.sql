create schema if not exists payment;

-- Receipt numbers of online payments (e-receipts), one series for the province.
create sequence payment.receipt_number;

-- What an applicant owes on a dossier, to be paid online: at most one open order per dossier, paid at most once.
create table payment.payment_order (
    id                uuid primary key,
    dossier_id        uuid         not null,
    dossier_code      varchar(40)  not null,
    payer_account_id  uuid         not null,
    kind              varchar(30)  not null,
    amount_vnd        bigint       not null check (amount_vnd > 0),
    procedure_name_vi varchar(500) not null,
    procedure_name_en varchar(500) not null,
    state             varchar(10)  not null check (state in ('OPEN', 'PAID', 'CANCELLED')),
    created_at        timestamptz  not null,
    paid_at           timestamptz,
    paid_txn_ref      varchar(40),
    receipt_number    varchar(30) unique,
    check ((state = 'PAID') = (paid_at is not null and receipt_number is not null))
);
create unique index payment_order_one_open on payment.payment_order (dossier_id) where state = 'OPEN';
create index payment_order_dossier_code on payment.payment_order (dossier_code);

-- One try at the gateway, identified by the transaction reference sent to it (vnp_TxnRef). A cancelled or failed
-- attempt is followed by a new one; a success for an order already paid is DOUBLE_PAID (to be refunded).
create table payment.payment_attempt (
    txn_ref        varchar(40) primary key,
    order_id       uuid        not null references payment.payment_order (id),
    gateway        varchar(20) not null,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    state          varchar(20) not null check (state in ('PENDING', 'SUCCEEDED', 'CANCELLED', 'FAILED', 'DOUBLE_PAID')),
    created_at     timestamptz not null,
    finished_at    timestamptz,
    gateway_txn_no varchar(40),
    bank_code      varchar(20),
    response_code  varchar(10),
    paid_at        timestamptz
);
create index payment_attempt_order on payment.payment_attempt (order_id);
create index payment_attempt_paid_at on payment.payment_attempt (paid_at) where paid_at is not null;

-- Every disagreement between the gateway and our records that someone must look at: found when a notice arrives
-- (a second payment of a paid order, a payment for an obligation gone meanwhile) or by the daily reconciliation.
create table payment.mismatch (
    id                 bigserial primary key,
    day                date        not null,
    kind               varchar(20) not null check (kind in
                           ('GATEWAY_ONLY', 'OURS_ONLY', 'AMOUNT_DIFFERS', 'DOUBLE_PAYMENT', 'NOT_DUE')),
    source             varchar(20) not null check (source in ('NOTICE', 'RECONCILIATION')),
    txn_ref            varchar(40),
    dossier_code       varchar(40),
    our_amount_vnd     bigint,
    gateway_amount_vnd bigint,
    found_at           timestamptz not null
);
create index mismatch_day on payment.mismatch (day);

-- One row per reconciled day (Vietnam's day): the scheduled run happens once per cluster.
create table payment.reconciliation (
    day                  date primary key,
    ran_at               timestamptz  not null,
    ran_by               varchar(200) not null,
    gateway_transactions int          not null,
    our_transactions     int          not null,
    mismatches           int          not null
);

-- The demo's simulated gateway keeps its own book (web of the demo only: egov.demo.gateway.enabled).
create table payment.demo_gateway_transaction (
    txn_ref        varchar(40)   primary key,
    transaction_no varchar(20)   not null unique,
    amount_vnd     bigint        not null,
    order_info     varchar(255),
    return_url     varchar(1000) not null,
    locale         varchar(5),
    response_code  varchar(10),
    created_at     timestamptz   not null,
    finished_at    timestamptz
);
