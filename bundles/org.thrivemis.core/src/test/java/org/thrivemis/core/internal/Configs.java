package org.thrivemis.core.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Builds a configuration annotation instance the way DS does: given values where set, the
 * annotation's own defaults otherwise (so tests see the real defaults).
 */
final class Configs {
    private Configs() {
    }

    static <A> A of(Class<A> type, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class || method.getParameterCount() > 0) {
                return switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
        });
        return type.cast(proxy);
    }
}
