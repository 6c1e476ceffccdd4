package vn.egov.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The province the platform serves, as named in the page header ({@code egov.province.*}). */
@ConfigurationProperties("egov.province")
public record ProvinceProperties(
        @DefaultValue("Ủy ban nhân dân tỉnh Hải Dương") String authorityVi,

        @DefaultValue("Hai Duong Provincial People's Committee")
        String authorityEn,

        @DefaultValue("Hệ thống Chính quyền điện tử") String portalVi,
        @DefaultValue("e-Government Platform") String portalEn,
        @DefaultValue("Số 45 Quang Trung, TP. Hải Dương") String address,
        @DefaultValue("0220 3853 335") String hotline) {}
