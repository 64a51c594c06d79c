package org.thrivemis.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Thrive store (PID {@value #PID}): which database, as whom, how many connections. */
@ObjectClassDefinition(id = StoreConfig.PID, name = "Thrive store",
        description = "The database that holds Thrive data. Leave the JDBC URL empty for the embedded H2"
                + " database under the framework property thrive.data.dir; set it (and the driver filter)"
                + " to use PostgreSQL.")
public @interface StoreConfig {

    /** The configuration PID. */
    String PID = "org.thrivemis.store";

    /** The default driver: the embedded H2 bundle's DataSourceFactory. */
    String H2_DRIVER_TARGET = "(osgi.jdbc.driver.class=org.h2.Driver)";

    @AttributeDefinition(name = "JDBC URL",
            description = "JDBC URL of the database, e.g. jdbc:postgresql://db.example.org:5432/thrive."
                    + " Empty: embedded H2 file database <thrive.data.dir>/thrive. Do not put the password"
                    + " here; use the password field.")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Database user name. Empty: the driver's default"
            + " (for embedded H2, the database's creator).")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
            description = "Database password. Stored as a private property: never logged, shown or"
                    + " published as a service property.")
    String _password() default "";

    @AttributeDefinition(name = "Pool size", min = "1",
            description = "Maximum number of open database connections (HikariCP maximumPoolSize).")
    int poolSize() default 8;

    @AttributeDefinition(name = "Driver filter",
            description = "LDAP filter selecting the org.osgi.service.jdbc.DataSourceFactory service,"
                    + " e.g. (osgi.jdbc.driver.class=org.postgresql.Driver) for PostgreSQL.")
    String dataSourceFactory_target() default H2_DRIVER_TARGET;
}
