package dev.wharf.api.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One OpenAPI document per dialect, each with its own authentication scheme. */
@Configuration
class OpenApiGroups {

    @Bean
    OpenAPI wharfOpenApi() {
        return new OpenAPI().info(new Info().title("Wharf").version("0.1")
                .description("Open warehouse backend: one core, several published API dialects."));
    }

    @Bean
    GroupedOpenApi shipApiGroup() {
        return GroupedOpenApi.builder().group("shipapi").displayName("ShipAPI").pathsToMatch("/shipapi/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("ShipAPI").version("1")
                                .description("The prefulfilment warehouse API: Authorization carries the API key as it is."))
                        .addSecurityItem(new SecurityRequirement().addList("apiKey")))
                .addOpenApiCustomizer(api -> components(api).addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("Authorization")))
                .build();
    }

    @Bean
    GroupedOpenApi logisticsGroup() {
        return GroupedOpenApi.builder().group("logistics").displayName("Logistics Orders API 2024-04")
                .pathsToMatch("/logistics/api/2024-04/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("Logistics Orders API").version("2024-04")
                                .description("Create, read, retry and cancel orders; products, bundles and inbounds. Bearer token."))
                        .addSecurityItem(new SecurityRequirement().addList("BEARER")))
                .addOpenApiCustomizer(api -> components(api).addSecuritySchemes("BEARER",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .build();
    }

    @Bean
    GroupedOpenApi deliverrGroup() {
        return GroupedOpenApi.builder().group("deliverr").displayName("3PL partner API (Deliverr)").pathsToMatch("/deliverr/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("3PL partner API").version("1")
                                .description("Products, ASNs, inventory, movements and shipments, called by Deliverr with HTTP Basic."))
                        .addSecurityItem(new SecurityRequirement().addList("basic")))
                .addOpenApiCustomizer(api -> components(api).addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .build();
    }

    @Bean
    GroupedOpenApi opsGroup() {
        return GroupedOpenApi.builder().group("ops").displayName("Operations").pathsToMatch("/ops/api/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("Wharf operations API").version("1")
                                .description("The warehouse floor: receive, put away, count, pick, pack, label, ship. "
                                        + "POST /ops/api/login, then Bearer <token>."))
                        .addSecurityItem(new SecurityRequirement().addList("bearer")))
                .addOpenApiCustomizer(api -> components(api).addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .build();
    }

    @Bean
    GroupedOpenApi adminGroup() {
        return GroupedOpenApi.builder().group("admin").displayName("Admin").pathsToMatch("/admin/api/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("Wharf admin API").version("1")
                                .description("Bootstrap: warehouses, price lists, API accounts. Bearer WHARF_ADMIN_TOKEN."))
                        .addSecurityItem(new SecurityRequirement().addList("bearer")))
                .addOpenApiCustomizer(api -> components(api).addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .build();
    }

    /** The generated components (schemas), created if the document has none yet: add to them, never replace them. */
    private static Components components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        return api.getComponents();
    }
}
