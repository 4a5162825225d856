package dev.wharf.warehouse;

import org.jmolecules.ddd.types.Identifier;

public record WarehouseId(long value) implements Identifier {
}
