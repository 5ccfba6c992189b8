-- Failed sign-in counts (docs/security.md), shared by every app instance: one row per key, where a key is an
-- account name from one address or an address alone, stored as its SHA-256 (what was typed as a name is not
-- kept). A failure locks the row (select ... for update) to count, so concurrent failures are never lost.
create table login_throttle (
    throttle_key  char(64) primary key,
    failures      integer  not null,
    last_failure  timestamp with time zone not null,
    blocked_until timestamp with time zone not null
);

create index login_throttle_last_failure on login_throttle (last_failure);
