-- Teachers' reads by activity (item analysis: each student's latest submitted attempt at one quiz or vignette)
-- find a course's attempts at that activity without scanning every course's attempts; the owner indexes begin
-- with the username and cannot serve them.
create index attempt_activity on attempt (course_id, activity_id);
create index vignette_attempt_activity on vignette_attempt (course_id, vignette_id);
