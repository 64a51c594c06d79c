package org.thrivemis.host.reference.internal.web.classes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.mis.api.Pupil;

/**
 * How a class page is ordered and filtered, read from its query string so it works without
 * JavaScript and can be bookmarked: {@code sort} (a contributed column's id, {@code week}, or the
 * default {@code pupil} roll order), {@code order} ({@code asc}/{@code desc}) and any number of
 * {@code filter=<column id>:<facet id>} (a pupil is kept when their cells carry every filter chosen).
 *
 * @param sort what to sort by
 * @param descending whether the order is reversed
 * @param filters the filters chosen, as {@code column:facet}
 */
record RegisterView(String sort, boolean descending, Set<String> filters) {

    static final String BY_PUPIL = "pupil";
    static final String BY_WEEK = "week";

    RegisterView {
        sort = sort == null || sort.isBlank() ? BY_PUPIL : sort;
        filters = Set.copyOf(filters);
    }

    /** From the request's parameters (missing or repeated ones tolerated). */
    static RegisterView of(String sort, String order, String[] filters) {
        Set<String> chosen = new LinkedHashSet<>();
        if (filters != null) {
            for (String f : filters) {
                if (f != null && f.indexOf(':') > 0) {
                    chosen.add(f);
                }
            }
        }
        return new RegisterView(sort, "desc".equals(order), chosen);
    }

    /**
     * The pupils to show, in order. Sorting is stable on roll order; pupils without a value for the
     * sort (no cell, no register) come last in either direction. A sort or filter naming a column
     * that is not on the page (its bundle stopped) is ignored.
     */
    List<Pupil> apply(List<Pupil> roll, Map<String, Double> weekPercentages, List<RegisterColumns.Filled> columns) {
        List<Pupil> shown = new ArrayList<>();
        for (Pupil p : roll) {
            if (filters.stream().allMatch(f -> keeps(p.id(), f, columns))) {
                shown.add(p);
            }
        }
        Optional<Comparator<Pupil>> byValue = comparator(weekPercentages, columns);
        if (byValue.isEmpty()) {
            if (descending && BY_PUPIL.equals(sort)) {
                java.util.Collections.reverse(shown);
            }
            return shown;
        }
        List<Pupil> withValue = new ArrayList<>();
        List<Pupil> without = new ArrayList<>();
        for (Pupil p : shown) {
            (hasValue(p.id(), weekPercentages, columns) ? withValue : without).add(p);
        }
        Comparator<Pupil> order = descending ? byValue.get().reversed() : byValue.get();
        withValue.sort(order);
        withValue.addAll(without);
        return withValue;
    }

    /** The link for a column header: sorts by it ascending, or flips the order when already sorted by it. */
    String sortHref(String key) {
        boolean desc = key.equals(sort) && !descending;
        StringBuilder query = new StringBuilder("?sort=").append(encode(key)).append("&order=").append(desc ? "desc" : "asc");
        filters.stream().sorted().forEach(f -> query.append("&filter=").append(encode(f)));
        return query.toString();
    }

    /** The link that keeps this order and drops every filter. */
    String clearHref() {
        return "?sort=" + encode(sort) + "&order=" + (descending ? "desc" : "asc");
    }

    /** The header's {@code aria-sort} value. */
    String ariaSort(String key) {
        return key.equals(sort) ? (descending ? "descending" : "ascending") : "none";
    }

    /** Whether the filter (column:facet) is chosen. */
    boolean chosen(String filter) {
        return filters.contains(filter);
    }

    /** The filters that named a column on the page, for the summary line. */
    Set<String> effectiveFilters(List<RegisterColumns.Filled> columns) {
        return filters.stream().filter(f -> columns.stream().anyMatch(c -> f.startsWith(c.id() + ":")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean keeps(String pupilId, String filter, List<RegisterColumns.Filled> columns) {
        int colon = filter.indexOf(':');
        String column = filter.substring(0, colon);
        String facet = filter.substring(colon + 1);
        return columns.stream().filter(c -> c.id().equals(column)).findFirst()
                .map(c -> c.matches(pupilId, facet)).orElse(true);
    }

    private Optional<Comparator<Pupil>> comparator(Map<String, Double> weekPercentages,
            List<RegisterColumns.Filled> columns) {
        if (BY_WEEK.equals(sort)) {
            return Optional.of(Comparator.comparing(p -> weekPercentages.get(p.id())));
        }
        return columns.stream().filter(c -> c.id().equals(sort)).findFirst()
                .map(c -> Comparator.comparing(p -> c.sortKeyOf(p.id())));
    }

    private boolean hasValue(String pupilId, Map<String, Double> weekPercentages, List<RegisterColumns.Filled> columns) {
        if (BY_WEEK.equals(sort)) {
            return weekPercentages.get(pupilId) != null;
        }
        return columns.stream().filter(c -> c.id().equals(sort)).findFirst()
                .map(c -> !c.sortKeyOf(pupilId).isEmpty()).orElse(true);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
