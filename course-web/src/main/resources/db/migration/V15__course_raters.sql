-- Raters: instructors a course's owner (or an admin) adds to grade that course's free-text answers and
-- nothing else, typically to resolve a dispute between two raters. They are not co-instructors: teaching
-- checks never read this table, only grading's do.
create table course_rater (
    course_id varchar(64) not null references course (id),
    username  varchar(32) not null,
    added_by  varchar(32) not null,
    added_at  timestamp with time zone not null,
    primary key (course_id, username)
);

create index course_rater_user on course_rater (username);
