package vn.egov.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese first, English on request ({@code ?lang=en}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.of("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocales("egov-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    /** Ahead of the security chain (which reads forms for CSRF tokens), so an oversized upload gets our 413. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
            java.util.List<vn.egov.shared.FormPage> forms,
            @org.springframework.beans.factory.annotation.Value("${egov.files.max-file-size:20MB}")
                    org.springframework.util.unit.DataSize fileLimit,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:40MB}")
                    org.springframework.util.unit.DataSize containerCeiling) {
        UploadLimitFilter.checkCeiling(fileLimit, containerCeiling);
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new UploadLimitFilter(forms, fileLimit));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(
                jakarta.servlet.DispatcherType.REQUEST,
                jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.FORWARD);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /**
     * The shell's files, folder by folder, fingerprinted by their content, and the web libraries' (their version
     * found by the webjars locator).
     * Not Spring Boot's default "/**": the resource chain (on because of that locator) writes every link of a page
     * through the mappings, and with "/**" each link — each procedure of a search, each menu entry — was looked up
     * in the jar as a possible file, and, being none, looked up again on the next page: a third of the search
     * page's time.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // every link a page writes names its file's version (the webjar's in its path, ours as a hash of the
        // content: /css/egov-3f2a….css), so browsers and proxies may keep them for a year and a new build is
        // fetched at once because its links change
        org.springframework.http.CacheControl forever = org.springframework.http.CacheControl.maxAge(
                        java.time.Duration.ofDays(365))
                .cachePublic()
                .immutable();
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(forever)
                .resourceChain(true);
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(forever)
                    .resourceChain(true)
                    .addResolver(new org.springframework.web.servlet.resource.VersionResourceResolver()
                            .addContentVersionStrategy("/**"))
                    .addTransformer(new org.springframework.web.servlet.resource.CssLinkResourceTransformer());
        }
    }

    /** Only the two languages the platform speaks; anything else falls back to Vietnamese. */
    static final class SupportedLocales extends CookieLocaleResolver {
        SupportedLocales(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            super.setLocale(request, response, english ? Locale.ENGLISH : VIETNAMESE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = super.resolveLocale(request);
            return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        }
    }
}
