package org.thrivemis.imports.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.osgi.framework.BundleContext;
import org.thrivemis.store.internal.JdbcThriveStore;
import org.thrivemis.store.internal.StoreConfig;

/**
 * The real store (pool, Liquibase migrations, JDBC repositories) on an H2 file database in a test's
 * directory, built through the component's own constructor with its default configuration.
 */
final class TestStore implements AutoCloseable {
    final JdbcThriveStore store;

    TestStore(Path dir) {
        StoreConfig defaults = (StoreConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StoreConfig.class}, (proxy, method, args) -> method.getName().equals("annotationType")
                        ? StoreConfig.class : method.getDefaultValue());
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return "thrive.data.dir".equals(args[0]) ? dir.toString() : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store = new JdbcThriveStore(defaults, new OsgiDataSourceFactory(new Driver()), context);
    }

    @Override
    public void close() throws Exception {
        // the component's @Deactivate method is package-private in the store bundle
        Method close = JdbcThriveStore.class.getDeclaredMethod("close");
        close.setAccessible(true);
        close.invoke(store);
    }
}
