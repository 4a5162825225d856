package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.account.Operators;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/ops/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Login", description = "Log in for a bearer token; who is logged in")
class LoginEndpoints {

    private static final String OPERATOR_EXAMPLE = """
            {
              "username": "jane",
              "password": "correct horse battery"
            }
            """;

    @Schema(description = "An operator's credentials, as the admin API created them")
    record LoginRequest(@NotBlank @Schema(description = "Login name", example = "jane") String username,
                        @NotBlank @Schema(description = "Password", example = "correct horse battery") String password) {
    }

    @Schema(description = "The logged-in operator", requiredProperties = {"id", "username", "role", "warehouseId", "warehouseCode"})
    record OperatorJson(long id, String username, @Schema(allowableValues = {"operator", "supervisor"}) String role, long warehouseId,
                        String warehouseCode) {
    }

    @Schema(description = "A session", requiredProperties = {"token", "expiresAt", "operator"})
    record LoginAnswer(@Schema(description = "Send as 'Authorization: Bearer <token>'") String token,
                       @Schema(description = "When the token stops working") Instant expiresAt, OperatorJson operator) {
    }

    private final Operators operators;
    private final Warehouses warehouses;

    LoginEndpoints(Operators operators, Warehouses warehouses) {
        this.operators = operators;
        this.warehouses = warehouses;
    }

    @PostMapping("/login")
    @Operation(operationId = "login", summary = "Log in; the answer's token goes in 'Authorization: Bearer <token>'",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "operator", value = OPERATOR_EXAMPLE))))
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Logged in", content = @Content(schema = @Schema(implementation = LoginAnswer.class)))
    @ApiResponse(responseCode = "401", description = "The username or password is wrong")
    ResponseEntity<Object> login(@Valid @RequestBody LoginRequest request) {
        return operators.login(request.username(), request.password())
                .<ResponseEntity<Object>>map(s -> ResponseEntity.ok(new LoginAnswer(s.token(), s.expiresAt(), json(s.operator()))))
                .orElseGet(() -> {
                    var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            "username or password is wrong");
                    problem.setProperty("code", "UNAUTHORIZED");
                    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                });
    }

    @GetMapping("/me")
    @Operation(operationId = "me", summary = "Who is logged in, and in which warehouse")
    OperatorJson me(@AuthenticationPrincipal Operator operator) {
        return json(operator);
    }

    private OperatorJson json(Operator operator) {
        var warehouse = warehouses.require("warehouse", operator.warehouseId());
        return new OperatorJson(operator.id(), operator.username(), operator.role().name().toLowerCase(),
                warehouse.id().value(), warehouse.code());
    }
}
