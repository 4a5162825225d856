package dev.wharf.warehouse;

import org.jmolecules.ddd.types.Identifier;

public record StorageSectionId(long value) implements Identifier {
}
