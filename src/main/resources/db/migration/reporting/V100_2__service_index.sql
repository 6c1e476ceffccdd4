-- The service-quality index of Decision 766/QĐ-TTg (issue 15). Its indicators, thresholds and weights are data:
-- they have changed between versions of the decision and its guidance, so an administrator loads a new version
-- (a spreadsheet) and the period's last day picks the version that applied. Each indicator is a ratio of sums of
-- the statistics' figures (field names of the statistics API, joined by + and -); an indicator without a
-- numerator is one the platform cannot measure yet and is shown as such, never given points it did not earn.
create table reporting.index_version (
    id           bigint generated always as identity primary key,
    name         varchar(300) not null,
    legal_source varchar(500) not null,
    valid_from   date         not null,
    loaded_at    timestamptz  not null,
    loaded_by    varchar(300) not null
);

create table reporting.indicator (
    version_id    bigint        not null references reporting.index_version (id),
    position      int           not null,
    group_number  int           not null check (group_number between 1 and 9),
    group_name_vi varchar(300)  not null,
    group_name_en varchar(300)  not null,
    code          varchar(20)   not null,
    name_vi       varchar(500)  not null,
    name_en       varchar(500)  not null,
    numerator     varchar(500),
    denominator   varchar(500),
    threshold     numeric(5, 2) not null check (threshold > 0 and threshold <= 100),
    points        numeric(5, 2) not null check (points >= 0),
    legal_source  varchar(500)  not null,
    primary key (version_id, code)
);

insert into reporting.index_version (name, legal_source, valid_from, loaded_at, loaded_by)
values ('Bộ chỉ số Quyết định 766/QĐ-TTg (2022)', 'Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
        date '2022-06-23', timestamptz '2026-12-02 00:00:00+07', 'migration V100_2');

insert into reporting.indicator
    (version_id, position, group_number, group_name_vi, group_name_en, code, name_vi, name_en, numerator, denominator,
     threshold, points, legal_source)
select v.id, i.* from reporting.index_version v, (values
    (1, 1, 'Công khai, minh bạch', 'Public information', '1.1',
     'Thủ tục hành chính được công bố, công khai đúng hạn', 'Procedures published on time',
     null, null, 80.00, 9.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 1'),
    (2, 1, 'Công khai, minh bạch', 'Public information', '1.2',
     'Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia', 'Dossiers synchronized to the national portal',
     null, null, 80.00, 9.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 1'),
    (3, 2, 'Tiến độ giải quyết', 'Processing progress', '2.1',
     'Hồ sơ giải quyết đúng hoặc trước hạn', 'Dossiers processed on time or early',
     'processedEarly + processedOnTime', 'processed', 100.00, 10.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 2'),
    (4, 2, 'Tiến độ giải quyết', 'Processing progress', '2.2',
     'Hồ sơ đang giải quyết chưa quá hạn', 'Dossiers in progress not overdue',
     'inProgressNotDue', 'inProgressNotDue + inProgressOverdue', 100.00, 10.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 2'),
    (5, 3, 'Dịch vụ công trực tuyến', 'Online services', '3.1',
     'Hồ sơ nộp trực tuyến trên tổng hồ sơ tiếp nhận', 'Dossiers received online',
     'receivedOnline', 'received', 50.00, 12.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 3'),
    (6, 3, 'Thanh toán trực tuyến', 'Online payment', '3.2',
     'Hồ sơ có phí, lệ phí được thanh toán trực tuyến', 'Dossiers with fees paid online',
     'paidOnline', 'receivedWithFee', 80.00, 10.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 3'),
    (7, 4, 'Số hóa hồ sơ', 'Digitization', '4.1',
     'Hồ sơ được cấp kết quả điện tử', 'Dossiers with an electronic result',
     'electronicResult', 'processed', 80.00, 11.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 4'),
    (8, 4, 'Số hóa hồ sơ', 'Digitization', '4.2',
     'Hồ sơ được số hóa khi tiếp nhận', 'Dossiers digitized at receipt',
     'digitized', 'received', 80.00, 11.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 4'),
    (9, 5, 'Mức độ hài lòng', 'Satisfaction', '5.1',
     'Mức độ hài lòng: 100% trừ tỷ lệ trễ hạn và không hài lòng', 'Satisfaction: 100% less late and dissatisfied',
     'processed - processedLate - ratedDissatisfied', 'processed', 90.00, 18.00, 'QĐ 766/QĐ-TTg, Phụ lục, nhóm 5')
) as i(position, group_number, group_name_vi, group_name_en, code, name_vi, name_en, numerator, denominator,
       threshold, points, legal_source);
