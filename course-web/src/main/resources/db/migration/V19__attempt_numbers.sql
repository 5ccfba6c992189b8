-- Two tabs (or two instances) starting the same quiz at the same moment each counted the student's attempts and
-- inserted one, so a student could hold two open attempts. Each attempt now carries its number among the
-- student's attempts at that activity, unique, so the second insert fails and that tab continues the first.
alter table attempt add column attempt_no integer;
update attempt a set attempt_no = (
    select count(*) from attempt b
    where b.username = a.username and b.course_id = a.course_id and b.activity_id = a.activity_id and b.id <= a.id);
alter table attempt alter column attempt_no set not null;
alter table attempt add constraint attempt_number_unique unique (username, course_id, activity_id, attempt_no);

-- The same for vignettes (a skip is an attempt too).
alter table vignette_attempt add column attempt_no integer;
update vignette_attempt a set attempt_no = (
    select count(*) from vignette_attempt b
    where b.username = a.username and b.course_id = a.course_id and b.vignette_id = a.vignette_id and b.id <= a.id);
alter table vignette_attempt alter column attempt_no set not null;
alter table vignette_attempt add constraint vignette_attempt_number_unique
    unique (username, course_id, vignette_id, attempt_no);
