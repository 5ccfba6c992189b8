-- Reflection answers: private to the student unless they choose to share them with the course's instructors.
create table reflection_answer (
    username      varchar(32)   not null,
    course_id     varchar(64)   not null references course (id),
    reflection_id varchar(64)   not null,
    answer        varchar(8000) not null,
    shared        boolean       not null,
    updated_at    timestamp with time zone not null,
    primary key (username, course_id, reflection_id)
);
