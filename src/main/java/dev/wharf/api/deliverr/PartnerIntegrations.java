package dev.wharf.api.deliverr;

import dev.wharf.account.AccountId;
import dev.wharf.shared.TimeSource;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a partner integration's Label API and status receiver are, and how Wharf signs in to them. */
@Component
public class PartnerIntegrations {

    /** The settings of one integration; nulls mean "not used". */
    public record Settings(String labelBaseUrl, String labelUsername, String labelPassword, String labelToken,
                           String pushUrl, String pushUsername, String pushPassword, String pushToken) {

        boolean buysLabels() {
            return labelBaseUrl != null && !labelBaseUrl.isBlank();
        }

        boolean pushesStatus() {
            return pushUrl != null && !pushUrl.isBlank();
        }
    }

    private final JdbcClient jdbc;
    private final TimeSource time;

    PartnerIntegrations(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    public void save(AccountId account, Settings s) {
        jdbc.sql("delete from partner_integration where account_id = :a").param("a", account.value()).update();
        jdbc.sql("""
                insert into partner_integration (account_id, label_base_url, label_username, label_password, label_token,
                    push_url, push_username, push_password, push_token, updated_at)
                values (:a, :lb, :lu, :lp, :lt, :pu, :puu, :pp, :pt, :now)""")
                .param("a", account.value()).param("lb", s.labelBaseUrl()).param("lu", s.labelUsername())
                .param("lp", s.labelPassword()).param("lt", s.labelToken()).param("pu", s.pushUrl())
                .param("puu", s.pushUsername()).param("pp", s.pushPassword()).param("pt", s.pushToken())
                .param("now", time.nowUtc()).update();
    }

    public Optional<Settings> find(AccountId account) {
        return jdbc.sql("select * from partner_integration where account_id = :a").param("a", account.value())
                .query((rs, n) -> new Settings(rs.getString("label_base_url"), rs.getString("label_username"),
                        rs.getString("label_password"), rs.getString("label_token"), rs.getString("push_url"),
                        rs.getString("push_username"), rs.getString("push_password"), rs.getString("push_token")))
                .optional();
    }
}
