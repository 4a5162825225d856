package dev.wharf.account;

import org.jmolecules.ddd.types.Identifier;

public record AccountId(long value) implements Identifier {
}
