-- What a student has entered in an item of an open attempt but not committed (an interactive answer not
-- checked yet): saved as it is entered, one per item, no try spent and never scored as it stands. At
-- submission, or at the deadline, each is checked as the item's final try and the row goes.
create table attempt_pending (
    attempt_id bigint      not null references attempt (id),
    item_id    varchar(64) not null,
    response   varchar(8000) not null,
    saved_at   timestamp with time zone not null,
    primary key (attempt_id, item_id)
);
