package dev.wharf.catalog;

import org.jmolecules.ddd.types.Identifier;

public record ProductId(long value) implements Identifier {
}
