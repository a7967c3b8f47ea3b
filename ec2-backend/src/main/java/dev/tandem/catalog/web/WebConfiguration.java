package dev.tandem.catalog.web;

import dev.tandem.catalog.config.TandemProperties;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's web settings: the admin token check, concrete content types, and JSON as the only data format. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Formats Spring MVC would otherwise read and write as soon as a library for them is on the classpath. */
    private static final Set<String> OTHER_DATA_FORMATS = Set.of("xml", "yaml", "cbor", "smile");

    private final AdminToken adminToken;

    WebConfiguration(TandemProperties properties) {
        this.adminToken = new AdminToken(properties.admin().token());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAuthInterceptor(adminToken)).addPathPatterns("/api/**");
        registry.addInterceptor(new WildcardContentTypeInterceptor()).addPathPatterns("/api/**");
    }

    /**
     * The API speaks JSON only, so that a body in any other format is a 415 whatever a dependency
     * happens to bring along (some AWS and emulator libraries bring an XML mapper).
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(
                converters -> converters.removeIf(WebConfiguration::handlesAnotherDataFormat));
    }

    private static boolean handlesAnotherDataFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(type -> OTHER_DATA_FORMATS.stream()
                .anyMatch(format -> type.getSubtype().contains(format)));
    }
}
