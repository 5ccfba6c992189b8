-- The published version a draft started from, so that publishing it over a later version (a rollback, an
-- import) is never silent. A new course's draft has none. Drafts opened before this column existed are
-- taken to start from their course's latest version, the best guess left.
alter table course_draft add column base_version_id bigint;

update course_draft set base_version_id =
    (select max(v.id) from course_version v where v.course_id = course_draft.course_id);
