package org.thrivemis.roster.rest.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A {@link RestSourceConfig} as DS would build it: the given values, the annotation's defaults for the rest. */
final class TestConfig {
    private TestConfig() {
    }

    static RestSourceConfig of(Map<String, Object> values) {
        Map<String, Object> v = new HashMap<>(values);
        return (RestSourceConfig) Proxy.newProxyInstance(RestSourceConfig.class.getClassLoader(),
                new Class<?>[] { RestSourceConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return RestSourceConfig.class;
                    }
                    if (method.getName().equals("toString")) {
                        return "TestConfig";
                    }
                    return v.containsKey(method.getName()) ? v.get(method.getName()) : method.getDefaultValue();
                });
    }
}
