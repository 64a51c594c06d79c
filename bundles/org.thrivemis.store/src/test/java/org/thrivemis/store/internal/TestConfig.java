package org.thrivemis.store.internal;

import java.lang.annotation.Annotation;

/** A {@link StoreConfig} as ConfigAdmin would hand it to the component, for tests without a framework. */
record TestConfig(String url, String user, String _password, int poolSize, String dataSourceFactory_target)
        implements StoreConfig {

    /** The defaults: embedded H2, no credentials, a pool of 8. */
    static TestConfig defaults() {
        return new TestConfig("", "", "", 8, H2_DRIVER_TARGET);
    }

    TestConfig withUrl(String newUrl) {
        return new TestConfig(newUrl, user, _password, poolSize, dataSourceFactory_target);
    }

    TestConfig withCredentials(String newUser, String newPassword) {
        return new TestConfig(url, newUser, newPassword, poolSize, dataSourceFactory_target);
    }

    TestConfig withPoolSize(int newPoolSize) {
        return new TestConfig(url, user, _password, newPoolSize, dataSourceFactory_target);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return StoreConfig.class;
    }
}
