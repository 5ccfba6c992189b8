-- Course drafts being edited in the browser: the same files as content/ holds, saved as typed, even with
-- errors. Publishing validates them with the one reader and stores a new immutable version.
create table course_draft (
    course_id      varchar(64) primary key,
    owner_username varchar(32) not null,
    updated_at     timestamp with time zone not null
);

create table course_draft_file (
    course_id varchar(64)  not null references course_draft (course_id),
    path      varchar(255) not null,
    content   text         not null,
    primary key (course_id, path)
);
