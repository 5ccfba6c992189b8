-- Teachers' reads by activity (item analysis: each student's latest submitted attempt at one quiz or vignette)
-- find a course's attempts at that activity without scanning every course's attempts; the owner indexes begin
-- with the username and cannot serve them. The username comes last so that the "no later attempt by the same
-- student" check is an index lookup whichever of the two indexes the planner picks (H2 picked this one when it
-- ended at the activity, and scanned every attempt at the quiz for each attempt: quadratic).
create index attempt_activity on attempt (course_id, activity_id, username);
create index vignette_attempt_activity on vignette_attempt (course_id, vignette_id, username);
