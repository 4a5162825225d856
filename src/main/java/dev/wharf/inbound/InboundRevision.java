package dev.wharf.inbound;

import java.util.List;

/**
 * A partial change of what the merchant announced: a null part keeps what is there. {@code packages}
 * replaces every package and line; {@code trackNumber} applies to every package (after any replacement).
 */
public record InboundRevision(InboundOrigin origin, List<InboundDraft.Package> packages, String trackNumber) {
}
