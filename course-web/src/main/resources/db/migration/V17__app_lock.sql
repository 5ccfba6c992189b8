-- Named locks for work that must happen once across instances (start-up seeding now, scheduled jobs later): a
-- transaction holds a name by locking its row (select ... for update), so others wait or skip it.
create table app_lock (
    name varchar(64) primary key
);

insert into app_lock (name) values ('startup');
