-- Thirty catalogue rows, titled "Course 01" to "Course 30" (bench/startup.sh waits for all of them).
create table item (
    id bigint primary key,
    title varchar(200) not null
);

insert into item (id, title)
select x, 'Course ' || lpad(cast(x as varchar), 2, '0') from system_range(1, 30);
