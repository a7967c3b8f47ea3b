package dev.tandem.catalog.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API at {@code /v3/api-docs} (and in the Swagger UI), including which operations
 * need the admin token and the problems each can answer with ({@link ProblemResponses}), so that
 * the document says as much as the code enforces.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String ADMIN_TOKEN = "adminToken";

    @Bean
    OpenAPI catalogApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tandem catalog and orders")
                        .version("v1")
                        .description("Products, images and orders. Errors are application/problem+json with a "
                                + "stable 'type' under https://tandem.dev/problems/."))
                .components(new Components()
                        .addSecuritySchemes(
                                ADMIN_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("TANDEM_ADMIN_TOKEN")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return ProblemResponses::describe;
    }

    @Bean
    OpenApiCustomizer nullableFields() {
        return NullableFields::describe;
    }

    @Bean
    OperationCustomizer adminOperations() {
        return (operation, handler) -> handler.hasMethodAnnotation(AdminOnly.class)
                ? operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_TOKEN))
                : operation;
    }
}
