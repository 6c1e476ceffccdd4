-- The public servants' holiday schedules the government announced for 2023-2025, recorded as decisions on top of
-- the Labour Code's default rules (only what differs from them). Later years are recorded by administrators at
-- Quản trị → Lịch làm việc when the government announces them.
insert into calendar.day_decision (id, day, type, kind, name_vi, name_en, decision_ref, recorded_at, recorded_by) values
 ('00000000-0000-0000-0030-000000002301', '2023-01-20', 'DAY_OFF', 'TET', 'Nghỉ Tết Nguyên đán', 'Lunar New Year (Tết) holiday', 'Lịch nghỉ Tết Quý Mão 2023 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002302', '2023-01-27', 'CANCELLED_HOLIDAY', null, null, null, 'Lịch nghỉ Tết Quý Mão 2023 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002401', '2024-02-08', 'DAY_OFF', 'TET', 'Nghỉ Tết Nguyên đán', 'Lunar New Year (Tết) holiday', 'Lịch nghỉ Tết Giáp Thìn 2024 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002402', '2024-02-15', 'CANCELLED_HOLIDAY', null, null, null, 'Lịch nghỉ Tết Giáp Thìn 2024 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002403', '2024-04-29', 'DAY_OFF', 'DAY_OFF_BY_DECISION', 'Nghỉ hoán đổi dịp 30/4–1/5/2024', 'Day off swapped for Saturday 4 May 2024', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2024', now(), 'system'),
 ('00000000-0000-0000-0030-000000002404', '2024-05-04', 'WORKING_DAY', null, 'Đi làm bù theo quyết định hoán đổi ngày làm việc', 'Working day in exchange for a swapped day off', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2024', now(), 'system'),
 ('00000000-0000-0000-0030-000000002501', '2025-01-27', 'DAY_OFF', 'TET', 'Nghỉ Tết Nguyên đán', 'Lunar New Year (Tết) holiday', 'Lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002502', '2025-02-01', 'CANCELLED_HOLIDAY', null, null, null, 'Lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức', now(), 'system'),
 ('00000000-0000-0000-0030-000000002503', '2025-05-02', 'DAY_OFF', 'DAY_OFF_BY_DECISION', 'Nghỉ hoán đổi dịp 30/4–1/5/2025', 'Day off swapped for Saturday 26 April 2025', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025', now(), 'system'),
 ('00000000-0000-0000-0030-000000002504', '2025-04-26', 'WORKING_DAY', null, 'Đi làm bù theo quyết định hoán đổi ngày làm việc', 'Working day in exchange for a swapped day off', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025', now(), 'system');
