package dev.wharf.api.ops;

import dev.wharf.account.Operator;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.StorageSection;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The warehouse's storage sections: the floor lists them, a supervisor creates them. */
@RestController
@RequestMapping(path = "/ops/api/sections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sections", description = "Storage sections of the warehouse; putaway and picks name only existing ones")
class SectionOpsEndpoints {

    @Schema(description = "A place in the warehouse", requiredProperties = {"id", "code", "kind"})
    record SectionJson(long id, @Schema(description = "Unique within the warehouse", example = "A-01") String code,
                       @Schema(description = "STORAGE holds sellable stock; RECEIVING is the dock") StorageSection.Kind kind) {

        static SectionJson of(StorageSection s) {
            return new SectionJson(s.id().value(), s.code(), s.kind());
        }
    }

    @Schema(description = "A new storage section")
    record SectionRequest(@NotBlank @Schema(description = "Code printed on the section's label, 1 to 60 characters without spaces",
            example = "A-01") String code) {
    }

    private final Warehouses warehouses;

    SectionOpsEndpoints(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @GetMapping
    @Operation(operationId = "sections", summary = "The warehouse's sections by code, a page at a time (pass the last code seen as after)")
    List<SectionJson> list(@AuthenticationPrincipal Operator operator,
                           @RequestParam(required = false) @Parameter(description = "Answer sections whose code sorts after this one")
                           String after,
                           @RequestParam(defaultValue = "50") @Parameter(description = "Page size, 1 to 200") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "must be 1 to 200");
        }
        return warehouses.sections(operator.warehouseId(), after, limit).stream().map(SectionJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "Only a supervisor creates sections")
    @ApiResponse(responseCode = "409", description = "A section with this code exists in the warehouse")
    @Operation(operationId = "createSection", summary = "Create a storage section (supervisors)")
    SectionJson create(@AuthenticationPrincipal Operator operator, @Valid @RequestBody SectionRequest r) {
        return SectionJson.of(warehouses.createSection(operator.warehouseId(), r.code(), operator.isSupervisor()));
    }
}
