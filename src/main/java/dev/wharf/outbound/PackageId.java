package dev.wharf.outbound;

import org.jmolecules.ddd.types.Identifier;

public record PackageId(long value) implements Identifier {
}
