package org.thrivemis.roster.rest.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a request signing for a consumer without a token (RFC 5849 §3.4, "two-legged"), as
 * OneRoster 1.0/1.1 providers expect: the signature base string from the method, the base URI and
 * the normalised parameters (query and oauth_*), HMAC-SHA1 or HMAC-SHA256 keyed by the encoded
 * consumer secret and an empty token secret. Pure: nonce and timestamp are the caller's.
 */
final class OAuth1Signer {
    private final String consumerKey;
    private final Secret consumerSecret;
    private final String method;
    private final String macAlgorithm;

    OAuth1Signer(String consumerKey, Secret consumerSecret, AuthScheme scheme) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        switch (scheme) {
        case OAUTH1_HMAC_SHA1 -> {
            method = "HMAC-SHA1";
            macAlgorithm = "HmacSHA1";
        }
        case OAUTH1_HMAC_SHA256 -> {
            method = "HMAC-SHA256";
            macAlgorithm = "HmacSHA256";
        }
        default -> throw new IllegalArgumentException("not an OAuth 1.0a scheme: " + scheme);
        }
    }

    /** The {@code Authorization} header value for a request to {@code uri} (with its query). */
    String authorization(String httpMethod, URI uri, String nonce, long timestamp) {
        Map<String, String> oauth = oauthParameters(nonce, timestamp);
        oauth.put("oauth_signature", signature(baseString(httpMethod, uri, oauth), consumerSecret, macAlgorithm));
        return "OAuth " + oauth.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=\"" + encode(e.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }

    /** The oauth_* protocol parameters other than the signature, in a stable order. */
    Map<String, String> oauthParameters(String nonce, long timestamp) {
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_nonce", nonce);
        oauth.put("oauth_signature_method", method);
        oauth.put("oauth_timestamp", Long.toString(timestamp));
        oauth.put("oauth_version", "1.0");
        return oauth;
    }

    /**
     * RFC 5849 §3.4.1: METHOD&amp;encoded base URI&amp;encoded normalised parameters, where the
     * parameters are the decoded query parameters plus {@code oauth} (without oauth_signature),
     * each name and value encoded, sorted by name then value, joined with = and &amp;.
     */
    static String baseString(String httpMethod, URI uri, Map<String, String> oauth) {
        List<String[]> params = new ArrayList<>();
        for (String[] p : queryParameters(uri.getRawQuery())) {
            params.add(new String[] { encode(p[0]), encode(p[1]) });
        }
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature")) {
                params.add(new String[] { encode(k), encode(v) });
            }
        });
        params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        String normalised = params.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
        return httpMethod.toUpperCase(Locale.ROOT) + "&" + encode(baseUri(uri)) + "&" + encode(normalised);
    }

    /** RFC 5849 §3.4.1.2: lower-case scheme and host, the port only when not the default, no query. */
    static String baseUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }

    /** Decoded name/value pairs of a raw query ({@code +} is a space, as in form encoding). */
    static List<String[]> queryParameters(String rawQuery) {
        List<String[]> out = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(new String[] { decode(name), decode(value) });
        }
        return out;
    }

    static String signature(String baseString, Secret consumerSecret, String macAlgorithm) {
        // no token, so the key is the encoded consumer secret and an empty token secret
        String key = encode(consumerSecret.reveal()) + "&";
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), macAlgorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + macAlgorithm, e);
        }
    }

    /** RFC 5849 §3.6 / RFC 3986: every octet but ALPHA, DIGIT, '-', '.', '_', '~' as %XX (upper case). */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
