-- Co-instructors: besides its owner, the instructors who teach a course. Admins teach every course.
create table course_instructor (
    course_id varchar(64) not null references course (id),
    username  varchar(32) not null,
    added_at  timestamp with time zone not null,
    primary key (course_id, username)
);
