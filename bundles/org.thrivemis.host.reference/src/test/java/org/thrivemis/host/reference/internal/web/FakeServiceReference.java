package org.thrivemis.host.reference.internal.web;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * A service registration outside a framework, for tests: its properties, and the framework's
 * ordering (higher {@code service.ranking} first, then lower {@code service.id}).
 */
public final class FakeServiceReference<S> implements ServiceReference<S> {

    private static long nextId = 1;
    private final Hashtable<String, Object> properties = new Hashtable<>();

    public FakeServiceReference(Map<String, Object> properties) {
        this.properties.putAll(properties);
        this.properties.put(Constants.SERVICE_ID, nextId++);
    }

    @Override
    public Object getProperty(String key) {
        return properties.get(key);
    }

    @Override
    public String[] getPropertyKeys() {
        return properties.keySet().toArray(new String[0]);
    }

    @Override
    public Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle[] getUsingBundles() {
        return null;
    }

    @Override
    public boolean isAssignableTo(Bundle bundle, String className) {
        return true;
    }

    @Override
    public int compareTo(Object other) {
        FakeServiceReference<?> that = (FakeServiceReference<?>) other;
        int byRanking = Integer.compare(ranking(), that.ranking());
        return byRanking != 0 ? byRanking : Long.compare(that.id(), id());
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(properties);
    }

    @Override
    public <A> A adapt(Class<A> type) {
        return null;
    }

    private int ranking() {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
    }

    private long id() {
        return (Long) properties.get(Constants.SERVICE_ID);
    }
}
