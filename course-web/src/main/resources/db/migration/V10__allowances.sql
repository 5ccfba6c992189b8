-- Per-student exceptions granted by a course's teachers: extra attempts at one activity, and a later
-- close date for the whole offering.
create table student_allowance (
    course_id      varchar(64) not null references course (id),
    username       varchar(32) not null,
    activity_id    varchar(64) not null,
    extra_attempts integer     not null,
    primary key (course_id, username, activity_id)
);

create table student_extension (
    course_id      varchar(64) not null references course (id),
    username       varchar(32) not null,
    extended_until timestamp with time zone not null,
    primary key (course_id, username)
);
