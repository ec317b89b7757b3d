package com.deliverytracker.it;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;

/**
 * The tracker's database as the tests reach it directly: PostgreSQL under the postgres profile; on Payara
 * Micro, its embedded H2 file through the AUTO_SERVER mode the pool URL turns on, with the H2 driver taken
 * from Payara Micro's own jar (the file format must match). WildFly's H2 lives in its memory: unreachable.
 */
public final class TrackerDatabase {

    private TrackerDatabase() {
    }

    public static boolean reachable() {
        return isPostgres() || "payara".equals(System.getProperty("arquillian.launch"));
    }

    public static boolean isPostgres() {
        return !System.getProperty("it.jdbcUrl", "").isBlank();
    }

    /** The suite's database. */
    public static Connection open() throws Exception {
        return isPostgres() ? postgres() : h2(Path.of(System.getProperty("it.microRoot")));
    }

    public static Connection postgres() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.jdbcUrl"), System.getProperty("it.jdbcUser"),
                System.getenv("TRACKER_DB_PASSWORD"));
    }

    /** The embedded database of the Payara Micro whose root directory is {@code microRoot}. */
    public static Connection h2(Path microRoot) throws Exception {
        Path driverJar = Path.of(System.getProperty("it.war")).resolveSibling("h2-of-payara-micro.jar").toAbsolutePath();
        if (!Files.exists(driverJar)) {
            try (JarFile micro = new JarFile(System.getProperty("it.microJar"));
                 InputStream h2 = micro.getInputStream(micro.getEntry("MICRO-INF/runtime/h2.jar"))) {
                Files.copy(h2, driverJar, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[]{driverJar.toUri().toURL()},
                TrackerDatabase.class.getClassLoader());
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        Properties credentials = new Properties();
        credentials.setProperty("user", "");
        credentials.setProperty("password", "");
        return Optional.ofNullable(driver.connect("jdbc:h2:" + microRoot.toAbsolutePath()
                + "/lib/databases/embedded_default;AUTO_SERVER=TRUE", credentials))
                .orElseThrow(() -> new SQLException("H2 refused the URL"));
    }
}
