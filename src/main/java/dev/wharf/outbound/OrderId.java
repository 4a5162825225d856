package dev.wharf.outbound;

import org.jmolecules.ddd.types.Identifier;

public record OrderId(long value) implements Identifier {
}
