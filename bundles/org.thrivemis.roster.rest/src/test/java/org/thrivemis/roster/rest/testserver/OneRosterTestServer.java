package org.thrivemis.roster.rest.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A OneRoster REST provider on loopback for tests: serves a {@link TestTrust} under the 1.1 base path
 * ({@value #V11}) and the 1.2 one ({@value #V12}), with limit/offset paging (and deliberately wrong
 * X-Total-Count headers), the {@code dateLastModified>} filter, OAuth 1.0a signature checking
 * (HMAC-SHA1/SHA256, verified here with its own code, refused with 401), an OAuth 2 token endpoint
 * ({@value #TOKEN_PATH}) whose tokens expire, and faults injected on demand per collection.
 */
public final class OneRosterTestServer implements AutoCloseable {
    public static final String V11 = "/ims/oneroster/v1p1";
    public static final String V12 = "/ims/oneroster/rostering/v1p2";
    public static final String TOKEN_PATH = "/oauth/token";
    public static final String CONSUMER_KEY = "trust-consumer";
    public static final String CONSUMER_SECRET = "s3cret-consumer+/&=ÿ";
    public static final String CLIENT_ID = "trust-client";
    public static final String CLIENT_SECRET = "s3cret-client:%+";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestTrust trust;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "oneroster-test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, List<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    private volatile long reportedExpiresIn = 3600;

    public OneRosterTestServer(TestTrust trust) throws IOException {
        this.trust = trust;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        http.createContext("/", this::handle);
        http.setExecutor(executor);
        http.start();
    }

    /** http://127.0.0.1:port */
    public String origin() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public String baseUrl(String version) {
        return origin() + (version.equals("1.2") ? V12 : V11);
    }

    public String tokenUrl() {
        return origin() + TOKEN_PATH;
    }

    /** The next request for {@code collection} (e.g. "users", or "token") meets {@code fault}; queue several for several. */
    public void inject(String collection, Fault fault) {
        faults.computeIfAbsent(collection, k -> new CopyOnWriteArrayList<>()).add(fault);
    }

    /** Tokens live this long here, while the token response claims {@code claimedSeconds}. */
    public void tokenLifetime(Duration real, long claimedSeconds) {
        this.tokenLifetime = real;
        this.reportedExpiresIn = claimedSeconds;
    }

    /** Every issued token stops working (as a provider restart or a revocation would do). */
    public void revokeTokens() {
        tokens.clear();
    }

    /** "STATUS METHOD path?query" of every request answered, in order. */
    public List<String> requests() {
        return List.copyOf(log);
    }

    public long tokenRequests() {
        return log.stream().filter(l -> l.contains(TOKEN_PATH)).count();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals(TOKEN_PATH)) {
                token(ex);
                return;
            }
            String version = path.startsWith(V12 + "/") ? "1.2" : path.startsWith(V11 + "/") ? "1.1" : null;
            String collection = version == null ? "" : path.substring((version.equals("1.2") ? V12 : V11).length() + 1);
            List<TestTrust.Rec> records = version == null ? null : trust.collection(collection);
            if (records == null) {
                send(ex, 404, imsx("unknownobject", "No such collection: " + path));
                return;
            }
            String authProblem = authorise(ex);
            if (authProblem != null) {
                send(ex, 401, imsx("unauthorisedrequest", authProblem));
                return;
            }
            Fault fault = nextFault(collection);
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                fault = null;
            }
            if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                if (fault.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                send(ex, fault.status(), imsx("failure", "Injected HTTP " + fault.status()));
                return;
            }
            page(ex, collection, version, records, fault);
        }
    }

    private void page(HttpExchange ex, String collection, String version, List<TestTrust.Rec> records, Fault fault)
            throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        Instant since = Instant.MIN;
        String filter = q.get("filter");
        if (filter != null) {
            var m = java.util.regex.Pattern.compile("dateLastModified>'([^']+)'").matcher(filter);
            if (!m.matches()) {
                send(ex, 400, imsx("invalid_filter_field", "Unsupported filter: " + filter));
                return;
            }
            since = Instant.parse(m.group(1));
        }
        List<TestTrust.Rec> selected = records;
        if (filter != null) {
            selected = new ArrayList<>();
            for (TestTrust.Rec r : records) {
                if (r.modified().isAfter(since)) {
                    selected.add(r);
                }
            }
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray(collection);
        String base = origin() + (version.equals("1.2") ? V12 : V11);
        for (int i = offset; i < Math.min(selected.size(), offset + limit); i++) {
            array.add(TestTrust.render(collection, selected.get(i), version, base));
        }
        // wrong on purpose: a client must page until a short page, not trust the total
        ex.getResponseHeaders().add("X-Total-Count", Integer.toString(Math.max(1, selected.size() / 2)));
        byte[] bytes = JSON.writeValueAsBytes(body);
        if (fault != null) {
            bytes = switch (fault.kind()) {
            case TRUNCATED -> java.util.Arrays.copyOf(bytes, bytes.length / 2);
            case MALFORMED -> ("{\"" + collection + "\": [ {\"sourcedId\": oops ] <html>").getBytes(StandardCharsets.UTF_8);
            case WRONG_SHAPE -> ("{\"imsx_statusInfo\": {\"imsx_codeMajor\": \"success\"}, \"data\": "
                    + JSON.writeValueAsString(array) + "}").getBytes(StandardCharsets.UTF_8);
            default -> bytes;
            };
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
        logRequest(ex, 200);
    }

    private void token(HttpExchange ex) throws IOException {
        Fault fault = nextFault("token");
        if (fault != null && fault.kind() == Fault.Kind.STATUS) {
            send(ex, fault.status(), "{\"error\":\"server_error\"}");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic " + Base64.getEncoder().encodeToString((enc(CLIENT_ID) + ":" + enc(CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(ex.getRequestMethod()) || !expected.equals(auth)
                || !"client_credentials".equals(query(form).get("grant_type"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        byte[] t = new byte[24];
        random.nextBytes(t);
        String token = HexFormat.of().formatHex(t);
        tokens.put(token, Instant.now().plus(tokenLifetime));
        send(ex, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + reportedExpiresIn + "}");
    }

    /** Null when the request is authorised, else why not. */
    private String authorise(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null) {
            return "No Authorization header";
        }
        if (auth.startsWith("Bearer ")) {
            Instant until = tokens.get(auth.substring(7));
            return until != null && Instant.now().isBefore(until) ? null : "Unknown or expired token";
        }
        if (auth.startsWith("OAuth ")) {
            return checkSignature(ex, auth.substring(6));
        }
        return "Unsupported authorisation";
    }

    /** RFC 5849 §3.4 verification, written independently of the client's signer. */
    private String checkSignature(HttpExchange ex, String header) {
        Map<String, String> oauth = new HashMap<>();
        for (String part : header.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq < 0 || !p.endsWith("\"") || p.charAt(eq + 1) != '"') {
                return "Bad OAuth header";
            }
            oauth.put(dec(p.substring(0, eq)), dec(p.substring(eq + 2, p.length() - 1)));
        }
        if (!CONSUMER_KEY.equals(oauth.get("oauth_consumer_key"))) {
            return "Unknown consumer key";
        }
        String method = oauth.get("oauth_signature_method");
        String mac = "HMAC-SHA1".equals(method) ? "HmacSHA1" : "HMAC-SHA256".equals(method) ? "HmacSHA256" : null;
        if (mac == null) {
            return "Unsupported signature method " + method;
        }
        long ts = Long.parseLong(oauth.getOrDefault("oauth_timestamp", "0"));
        if (Math.abs(Instant.now().getEpochSecond() - ts) > 300) {
            return "Timestamp out of range";
        }
        if (!nonces.add(oauth.get("oauth_nonce") + ts)) {
            return "Nonce used before";
        }
        List<String> pairs = new ArrayList<>();
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature") && !k.equals("realm")) {
                pairs.add(enc(k) + "=" + enc(v));
            }
        });
        query(ex.getRequestURI().getRawQuery()).forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
        pairs.sort(null);
        String base = "GET&" + enc(origin() + ex.getRequestURI().getRawPath()) + "&" + enc(String.join("&", pairs));
        try {
            javax.crypto.Mac m = javax.crypto.Mac.getInstance(mac);
            m.init(new javax.crypto.spec.SecretKeySpec((enc(CONSUMER_SECRET) + "&").getBytes(StandardCharsets.UTF_8),
                    mac));
            String expected = Base64.getEncoder().encodeToString(m.doFinal(base.getBytes(StandardCharsets.UTF_8)));
            return expected.equals(oauth.get("oauth_signature")) ? null : "Invalid signature";
        } catch (java.security.GeneralSecurityException e) {
            return e.toString();
        }
    }

    private Fault nextFault(String collection) {
        List<Fault> queue = faults.get(collection);
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        return queue.remove(0);
    }

    private void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
        logRequest(ex, status);
    }

    private void logRequest(HttpExchange ex, int status) {
        String q = ex.getRequestURI().getRawQuery();
        log.add(status + " " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + (q == null ? "" : "?" + q));
    }

    private static String imsx(String minor, String description) {
        return "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\""
                + description.replace("\"", "'") + "\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{"
                + "\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"" + minor + "\"}]}}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(dec(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : dec(pair.substring(eq + 1)));
        }
        return q;
    }

    /** RFC 3986 encoding by way of form encoding, fixed up: an independent route to the client's. */
    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
