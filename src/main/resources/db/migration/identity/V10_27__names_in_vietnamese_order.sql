-- Lists of officials are paged by the database, so the database must sort names as people read them:
-- Vietnamese alphabetical order ("Đ" after "D", "Ngô" before "Nguyễn", "Phạm" before "Phan"), the same order as
-- vn.egov.shared.VietnameseOrder. The server's default collation sorts by code points (or by the OS locale) and
-- does not; ICU's Vietnamese collation does. Both the embedded server and Debian's PostgreSQL are built with ICU.
alter table identity.account alter column full_name type varchar(200) collate "vi-x-icu";
