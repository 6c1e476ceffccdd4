-- actor_ip holds only addresses that were read as IP addresses. When the address a request claimed could not be
-- read (a trusted proxy forwarded something else), the entry says so here and actor_ip stays empty: the entry is
-- written all the same, never refused for its address.
alter table audit.audit_entry add column actor_ip_unparseable boolean not null default false;
