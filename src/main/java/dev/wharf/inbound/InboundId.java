package dev.wharf.inbound;

import org.jmolecules.ddd.types.Identifier;

public record InboundId(long value) implements Identifier {
}
