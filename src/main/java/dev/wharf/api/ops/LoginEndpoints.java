package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.account.Operators;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Login")
class LoginEndpoints {

    record LoginRequest(@NotBlank String username, @NotBlank String password) {
    }

    record OperatorJson(long id, String username, String role, long warehouseId, String warehouseCode) {
    }

    record LoginAnswer(String token, Instant expiresAt, OperatorJson operator) {
    }

    private final Operators operators;
    private final Warehouses warehouses;

    LoginEndpoints(Operators operators, Warehouses warehouses) {
        this.operators = operators;
        this.warehouses = warehouses;
    }

    @PostMapping("/login")
    @Operation(operationId = "login", summary = "Log in; the answer's token goes in 'Authorization: Bearer <token>'")
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
