-- When a scoring rule changes (not the content), past automatic scores are recomputed once, on the version each
-- attempt was taken on. Each upgrade is recorded here so that it runs once; each changed score keeps its audit
-- record, whose reason names the rule.
create table scoring_rule_upgrade (
    rule_id                   varchar(64) primary key,
    applied_at                timestamp with time zone not null,
    quiz_attempts_changed     integer not null,
    vignette_attempts_changed integer not null
);

alter table rescore_audit add column reason varchar(64);
alter table vignette_rescore_audit add column reason varchar(64);
