package org.thrivemis.host.reference.internal.web.pupils;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thrivemis.mis.api.CurrentUser;

/**
 * Separates a request's query parameters from its posted form fields. The servlet container
 * merges both into one parameter map, query values first (Servlet spec 3.1.1), so the form's
 * values of a name are what follows that name's query values.
 */
final class FormFields {

    private FormFields() {
    }

    /** The query-string parameters, decoded as UTF-8; malformed pairs are skipped. */
    static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return result;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                result.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException malformed) {
                // A broken %-escape: the container skips it too.
            }
        }
        return result;
    }

    /** The posted form fields without the query parameters and without the CSRF token. */
    static Map<String, List<String>> posted(HttpServletRequest request) {
        Map<String, List<String>> query = query(request.getQueryString());
        Map<String, List<String>> result = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            int fromQuery = query.getOrDefault(name, List.of()).size();
            if (!name.equals(CurrentUser.CSRF_FIELD) && values.length > fromQuery) {
                result.put(name, List.of(values).subList(fromQuery, values.length));
            }
        });
        return result;
    }
}
