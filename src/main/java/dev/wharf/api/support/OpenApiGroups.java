package dev.wharf.api.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One OpenAPI document per dialect, each with its own authentication scheme and error body ({@link DialectDocumentation}). */
@Configuration
class OpenApiGroups {

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * One server entry for every document: the host and port a Wharf listens on, as variables a
     * client sets (a generated document must not name a guessed host, nor the one that served it).
     */
    @Bean
    OpenAPI wharfOpenApi() {
        return new OpenAPI().info(new Info().title("Wharf").version("0.1")
                        .description("Open warehouse backend: one core, several published API dialects."))
                .servers(List.of(new Server().url("http://{host}:{port}")
                        .description("A Wharf server: its host, and the port it listens on (SERVER_PORT, 8080 by default).")
                        .variables(new ServerVariables()
                                .addServerVariable("host", new ServerVariable()._default("127.0.0.1").description("Host name or address"))
                                .addServerVariable("port", new ServerVariable()._default("8080").description("HTTP port")))));
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
                .addOpenApiCustomizer(documentation("ErrorEnvelope", ErrorSchemas::shipApiEnvelope, JSON, Map.of()))
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
                .addOpenApiCustomizer(documentation("Problem", ErrorSchemas::logisticsProblem, PROBLEM_JSON, Map.of()))
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
                .addOpenApiCustomizer(documentation("PartnerError", ErrorSchemas::partnerError, JSON, Map.of(
                        "Products", "The partner's products: create, replace, read by SKU",
                        "ASNs and inventory", "Inbound ASNs, stock on hand and stock movements per warehouse",
                        "Shipments", "Outbound shipments: create, read, cancel")))
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
                .addOpenApiCustomizer(documentation("Problem", ErrorSchemas::wharfProblem, PROBLEM_JSON, Map.of()))
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
                .addOpenApiCustomizer(documentation("Problem", ErrorSchemas::wharfProblem, PROBLEM_JSON, Map.of()))
                .build();
    }

    /** The shared documentation of a dialect whose errors are the given schema, written in the given media type. */
    private static DialectDocumentation documentation(String errorSchemaName, Supplier<Schema<?>> errorSchema, String mediaType,
                                                      Map<String, String> tagDescriptions) {
        return new DialectDocumentation(new DialectDocumentation.Dialect(errorSchemaName, errorSchema, mediaType, tagDescriptions));
    }

    /** The generated components (schemas), created if the document has none yet: add to them, never replace them. */
    static Components components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        return api.getComponents();
    }
}
