package dev.wharf.returns;

public record ReturnId(long value) {
}
