-- A free-text vignette reply as it is typed, kept until the student sends it, so that a session that ends
-- (idle sign-out, a closed tab) loses nothing. A draft never counts: grading reads free_text only, and sending
-- the reply clears the draft.
alter table vignette_attempt add column draft_text varchar(8000);
