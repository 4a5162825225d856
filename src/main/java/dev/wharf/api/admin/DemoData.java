package dev.wharf.api.admin;

import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.warehouse.NewWarehouse;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.Warehouses;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start on an empty embedded database, sets up a demo warehouse and a ShipAPI key
 * and logs them once, so a newcomer can make a call within a minute. Never on PostgreSQL.
 */
@Component
class DemoData {

    /** The logger of the demo key's one line: named so an operator knows what it holds (and can silence it). */
    static final String DEMO_KEY_LOGGER = "wharf.demo-key";
    private static final Logger DEMO_KEY = LoggerFactory.getLogger(DEMO_KEY_LOGGER);

    private final Warehouses warehouses;
    private final Accounts accounts;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final boolean enabled;

    DemoData(Warehouses warehouses, Accounts accounts, DataSource dataSource, TransactionTemplate transactions,
             Environment environment, DemoSettings demo) {
        this.warehouses = warehouses;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.environment = environment;
        this.enabled = demo.enabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnFirstStart() throws SQLException {
        if (!enabled || !embedded() || !warehouses.list().isEmpty()) {
            return;
        }
        var key = transactions.execute(status -> {
            var warehouse = warehouses.create(new NewWarehouse("DEMO1", "Wharf Demo Warehouse",
                    new Warehouse.Address("5 Turnpike Close", "Unit 1", "Norwich", null, "NR6 5BD", "GB"),
                    "+44 1603 000000", "demo@wharf.invalid", "GBP", ZoneId.of("Europe/London"), LocalTime.of(14, 0),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
            warehouses.addServicePlanItem(warehouse.id(), "Sticker Removal", new BigDecimal("2.35"), ServicePlanItem.Type.PER_PRODUCT);
            warehouses.addServicePlanItem(warehouse.id(), "Stretch Wrapping", new BigDecimal("4.50"), ServicePlanItem.Type.PER_PACKAGE);
            return accounts.open("Demo reseller", Dialect.SHIPAPI).apiKey();
        });
        var port = environment.getProperty("local.server.port", "8080");
        // One INFO line on a logger of its own, on the first start only: the demo key is a secret of a
        // throwaway embedded database, meant to be read off the log once (never printed again).
        DEMO_KEY.info("Wharf demo data created (first start, embedded database): warehouse DEMO1 (Wharf Demo Warehouse), "
                + "ShipAPI key: {} , try: curl -H 'Authorization: {}' http://localhost:{}/shipapi/warehouse/list , "
                + "Swagger UI: http://localhost:{}/swagger-ui.html", key, key, port, port);
    }

    private boolean embedded() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
    }
}
