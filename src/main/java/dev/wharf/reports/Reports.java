package dev.wharf.reports;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Tenant;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.Secrets;
import dev.wharf.shared.TimeSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reports a merchant asks for, built in the background ({@link ReportBuilder}) and downloaded
 * through a signed, expiring link: the signature is an HMAC of the reference and the expiry under
 * a secret of the report's own, so any instance can check it and a link cannot be stretched.
 */
@Service
public class Reports {

    /** A finished report's file, written to the caller's stream one stored chunk at a time. */
    public record Download(String filename, long reportId) {
    }

    private final ReportRepository repository;
    private final ReportBuilder builder;
    private final TimeSource time;

    Reports(ReportRepository repository, ReportBuilder builder, TimeSource time) {
        this.repository = repository;
        this.builder = builder;
        this.time = time;
    }

    /** Records the request and starts building after commit; answers the report's reference. */
    @Transactional
    public String request(Tenant tenant, MerchantId merchant, ReportType type, Instant from, Instant to) {
        var now = time.now();
        var start = from == null ? Instant.EPOCH : from;
        var end = to == null ? now : to;
        if (!end.isAfter(start)) {
            throw new InvalidInput("endDate", "must be after startDate");
        }
        var reference = "RPT" + Secrets.generate(24);
        long id = repository.insert(reference, tenant.accountId(), merchant, type, start, end, Secrets.generate(40), now);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                builder.kick(id);
            }
        });
        return reference;
    }

    /** The caller's own report; another account's reference is as unknown as a made-up one. */
    public Optional<ReportView> find(Tenant tenant, String reference) {
        return repository.findByReference(reference).filter(r -> r.accountId() == tenant.accountId().value()).map(ReportRepository.Row::view);
    }

    /** The signature of a download link for the caller's finished report, valid until {@code expires}. */
    public Optional<String> sign(Tenant tenant, String reference, Instant expires) {
        return repository.findByReference(reference)
                .filter(r -> r.accountId() == tenant.accountId().value() && r.status() == ReportStatus.SUCCESS)
                .map(r -> hmac(r.downloadSecret(), reference, expires.getEpochSecond()));
    }

    /** The file a link names, if the link is genuine, unexpired and the report finished. */
    public Optional<Download> download(String reference, long expiresEpochSecond, String signature) {
        if (signature == null || Instant.ofEpochSecond(expiresEpochSecond).isBefore(time.now())) {
            return Optional.empty();
        }
        return repository.findByReference(reference)
                .filter(r -> r.status() == ReportStatus.SUCCESS)
                .filter(r -> Secrets.sameDigest(hmac(r.downloadSecret(), reference, expiresEpochSecond), signature))
                .map(r -> new Download(r.type().vendorName() + "-" + reference + ".csv", r.id()));
    }

    /** Streams the stored CSV: one chunk read and written at a time, no transaction held. */
    public void writeTo(Download download, OutputStream out) throws IOException {
        for (int seq : repository.chunkNumbers(download.reportId())) {
            out.write(repository.chunk(download.reportId(), seq));
        }
        out.flush();
    }

    private static String hmac(String secret, String reference, long expires) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((reference + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
