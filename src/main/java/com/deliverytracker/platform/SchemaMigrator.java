package com.deliverytracker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateOutput;

/**
 * Brings the database to the newest schema in {@code db/migration} while the application deploys, before
 * anything uses the persistence unit; a failed migration fails the deployment. The migrations are the only
 * source of the schema (docs/persistence.md).
 */
@Startup
@Singleton
// Flyway commits each migration on its own connection: no container transaction may hold that connection.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrations
                .forEach(SchemaMigrator::logApplied);
    }

    private static void logApplied(MigrateOutput migration) {
        LOG.info(() -> "Applied schema migration " + migration.version + " (" + migration.description + ") in "
                + migration.executionTime + " ms");
    }
}
