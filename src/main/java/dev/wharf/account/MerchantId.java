package dev.wharf.account;

import org.jmolecules.ddd.types.Identifier;

public record MerchantId(long value) implements Identifier {
}
