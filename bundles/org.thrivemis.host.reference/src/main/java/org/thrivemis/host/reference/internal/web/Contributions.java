package org.thrivemis.host.reference.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.thrivemis.mis.api.Viewer;

/**
 * The services currently contributed to one whiteboard. DS binds and unbinds them at any time
 * (a bundle stopped, a bundle started), so they live in a concurrent map and every page load
 * reads what is there now. When two services share an id the one the framework ranks higher
 * ({@link ServiceReference#compareTo}: higher {@code service.ranking}, then older) is used and the
 * clash is logged when it appears. A service without an id or a permission, or with an id the host
 * keeps for itself, is never shown.
 */
public final class Contributions<T> {

    /** Position of a contribution that does not say. */
    public static final int DEFAULT_ORDER = 100;

    private static final Comparator<Contribution<?>> DISPLAY_ORDER = Comparator
            .comparingInt((Contribution<?> c) -> c.order()).thenComparing(Contribution::id);

    private final String kind;
    private final String idProperty;
    private final String orderProperty;
    private final String permissionProperty;
    private final Set<String> reservedIds;
    private final Consumer<String> log;
    private final ConcurrentMap<Long, Contribution<T>> byServiceId = new ConcurrentHashMap<>();

    /**
     * @param kind what a contribution is, for log messages ("pupil-record tab")
     * @param idProperty the service property holding the id
     * @param orderProperty the service property holding the order (null when there is none)
     * @param permissionProperty the service property naming the required permission
     * @param reservedIds ids the host's own entries use
     * @param log where problems with contributions are reported
     */
    public Contributions(String kind, String idProperty, String orderProperty, String permissionProperty,
            Set<String> reservedIds, Consumer<String> log) {
        this.kind = kind;
        this.idProperty = idProperty;
        this.orderProperty = orderProperty;
        this.permissionProperty = permissionProperty;
        this.reservedIds = Set.copyOf(reservedIds);
        this.log = log;
    }

    /** Records a bound (or modified) service. */
    public void add(ServiceReference<?> reference, T service) {
        Long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        String id = text(reference.getProperty(idProperty));
        String permission = text(reference.getProperty(permissionProperty));
        if (id.isEmpty() || permission.isEmpty()) {
            byServiceId.remove(serviceId);
            log.accept("Ignoring " + kind + " " + describe(reference) + ": it must have the service properties "
                    + idProperty + " and " + permissionProperty);
            return;
        }
        if (reservedIds.contains(id)) {
            byServiceId.remove(serviceId);
            log.accept("Ignoring " + kind + " " + describe(reference) + ": " + idProperty + "=" + id
                    + " is the host's own; choose another id");
            return;
        }
        Contribution<T> added = new Contribution<>(id, order(reference), permission, reference, service);
        byServiceId.put(serviceId, added);
        List<Contribution<T>> sameId = byServiceId.values().stream().filter(c -> c.id().equals(id)).toList();
        if (sameId.size() > 1) {
            Contribution<T> winner = sameId.stream().max(Contributions::byRanking).orElseThrow();
            log.accept("Several " + kind + "s have " + idProperty + "=" + id + ": "
                    + sameId.stream().map(c -> describe(c.reference())).toList() + "; showing "
                    + describe(winner.reference()) + ", the highest service.ranking");
        }
    }

    /** Forgets an unbound service. */
    public void remove(ServiceReference<?> reference) {
        byServiceId.remove((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** The contributions in use now: one per id (the highest ranked), in display order. */
    public List<Contribution<T>> current() {
        Map<String, Contribution<T>> winners = new LinkedHashMap<>();
        for (Contribution<T> c : byServiceId.values()) {
            winners.merge(c.id(), c, (a, b) -> byRanking(a, b) >= 0 ? a : b);
        }
        List<Contribution<T>> result = new ArrayList<>(winners.values());
        result.sort(DISPLAY_ORDER);
        return result;
    }

    /** The contributions in use now that the viewer has the permission for, in display order. */
    public List<Contribution<T>> permittedFor(Viewer viewer) {
        return current().stream().filter(c -> viewer.has(c.permission())).toList();
    }

    private static int byRanking(Contribution<?> a, Contribution<?> b) {
        return a.reference().compareTo(b.reference());
    }

    private int order(ServiceReference<?> reference) {
        Object value = orderProperty == null ? null : reference.getProperty(orderProperty);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value != null) {
            try {
                return Integer.parseInt(value.toString().strip());
            } catch (NumberFormatException e) {
                log.accept("The " + kind + " " + describe(reference) + " has " + orderProperty + "=" + value
                        + ", not a whole number; placing it at " + DEFAULT_ORDER);
            }
        }
        return DEFAULT_ORDER;
    }

    private static String text(Object value) {
        if (value instanceof String[] values) {
            return values.length == 0 ? "" : values[0].strip();
        }
        return value == null ? "" : value.toString().strip();
    }

    private static String describe(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return "service " + reference.getProperty(Constants.SERVICE_ID)
                + (bundle == null ? "" : " of bundle " + bundle.getSymbolicName())
                + " (service.ranking " + (reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0) + ")";
    }
}
