-- The moment an account's sessions had to end (password changed or reset, account disabled, role changed).
-- Every instance checks it on each request, so a session signed in before it ends on whichever instance holds
-- it, not only on the instance that made the change. kept_session_id is the session that changed its own
-- password and stays signed in.
create table account_session_cutoff (
    account_id      bigint primary key references account (id) on delete cascade,
    not_before      timestamp with time zone not null,
    kept_session_id varchar(128)
);
