-- Deliberate practice (drills): never graded. A round is one sitting of a drill; each statement the student
-- practises in it has one or more tries (each kept) and one difficulty rating, which moves the next statement's
-- level. drill_box is the spacing schedule (Leitner boxes) per student and statement; drill_feedback is an
-- instructor's answer to a try the student sent for feedback (outside two-rater grading and its statistics).
create table drill_round (
    id            varchar(36)  not null primary key,
    username      varchar(32)  not null,
    course_id     varchar(64)  not null references course (id),
    drill_id      varchar(64)  not null,
    number        integer      not null,
    start_level   varchar(16)  not null,
    started_at    timestamp with time zone not null,
    ended_at      timestamp with time zone,
    unique (username, course_id, drill_id, number)
);

create table drill_turn (
    id            varchar(36)  not null primary key,
    round_id      varchar(36)  not null references drill_round (id),
    position      integer      not null,
    statement_id  varchar(64)  not null,
    level         varchar(16)  not null,
    shown_at      timestamp with time zone not null,
    difficulty    varchar(16),
    rated_at      timestamp with time zone,
    unique (round_id, position)
);

create table drill_try (
    id              varchar(36)   not null primary key,
    turn_id         varchar(36)   not null references drill_turn (id),
    number          integer       not null,
    response        varchar(4000) not null,
    active_seconds  integer       not null,
    ticked          varchar(400)  not null,
    submitted_at    timestamp with time zone not null,
    unique (turn_id, number)
);

create table drill_box (
    username      varchar(32)  not null,
    course_id     varchar(64)  not null references course (id),
    drill_id      varchar(64)  not null,
    statement_id  varchar(64)  not null,
    box           integer      not null,
    due_round     integer      not null,
    primary key (username, course_id, drill_id, statement_id)
);

create table drill_feedback (
    try_id        varchar(36)   not null primary key references drill_try (id),
    requested_at  timestamp with time zone not null,
    answered_by   varchar(32),
    answered_at   timestamp with time zone,
    met           varchar(400),
    comment       varchar(4000),
    seen_at       timestamp with time zone
);

create index drill_round_owner on drill_round (username, course_id, drill_id);
create index drill_turn_round on drill_turn (round_id);
create index drill_try_turn on drill_try (turn_id);
create index drill_feedback_open on drill_feedback (answered_at);
