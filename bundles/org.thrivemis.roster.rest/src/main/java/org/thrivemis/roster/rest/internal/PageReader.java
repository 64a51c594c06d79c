package org.thrivemis.roster.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterSink;

/**
 * Pages through one OneRoster collection with {@code limit} and {@code offset}, stopping on a short or
 * empty page (never trusting {@code X-Total-Count} or {@code Link}), with the {@code dateLastModified}
 * filter for a delta. A body that is not JSON, is cut short, or is not a page of the collection is a
 * {@link FetchFailure} naming the URL: the caller never mistakes a half-read collection for a whole one.
 */
final class PageReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpFetcher fetcher;
    private final String base;
    private final int pageSize;
    private final Optional<Instant> changedSince;
    private final RosterSink sink;

    PageReader(HttpFetcher fetcher, URI baseUri, int pageSize, Optional<Instant> changedSince, RosterSink sink) {
        this.fetcher = fetcher;
        String b = baseUri.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.pageSize = pageSize;
        this.changedSince = changedSince;
        this.sink = sink;
    }

    /** Hands every record of {@code collection} to {@code each}, with the URL of its page; returns the count. */
    long read(String collection, BiConsumer<JsonNode, Origin> each) throws FetchFailure {
        long offset = 0;
        String previousFirst = null;
        while (true) {
            URI uri = pageUri(collection, offset);
            sink.progress("Reading " + collection + " from " + offset);
            JsonNode records = page(uri, collection);
            if (records.isEmpty()) {
                return offset;
            }
            String first = RecordMapper.text(records.get(0), "sourcedId");
            if (offset > 0 && !first.isEmpty() && first.equals(previousFirst)) {
                throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " returned the same page as"
                        + " the previous offset: the provider ignores offset, so the collection cannot be read"
                        + " completely. Ask the provider to support limit/offset paging.");
            }
            previousFirst = first;
            Origin origin = new Origin(uri.toString(), 0);
            for (JsonNode record : records) {
                each.accept(record, origin);
            }
            offset += records.size();
            if (records.size() < pageSize) {
                return offset;
            }
        }
    }

    URI pageUri(String collection, long offset) {
        StringBuilder q = new StringBuilder().append("limit=").append(pageSize).append("&offset=").append(offset);
        changedSince.ifPresent(t -> q.append("&filter=").append(OAuth1Signer.encode(
                "dateLastModified>'" + DateTimeFormatter.ISO_INSTANT.format(t) + "'")));
        return URI.create(base + "/" + collection + "?" + q);
    }

    /** The page's array of records, checked to be one. */
    private JsonNode page(URI uri, String collection) throws FetchFailure {
        byte[] body = fetcher.get(uri);
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonEOFException e) {
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " answered HTTP 200 but the"
                    + " JSON is cut short after " + body.length + " bytes (truncated response). Try again; if it"
                    + " persists, report it to the provider.");
        } catch (JsonProcessingException e) {
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " answered HTTP 200 but the"
                    + " body is not valid JSON (" + e.getOriginalMessage() + "). Check the base URL points at the"
                    + " OneRoster API; if it does, report it to the provider.");
        } catch (IOException e) {
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " answered HTTP 200 but the"
                    + " body could not be read (" + e.getMessage() + "). Try again later.");
        }
        JsonNode records = root == null ? null : root.get(collection);
        if (root == null || !root.isObject() || records == null || !records.isArray()) {
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " answered HTTP 200 but not with"
                    + " a OneRoster page: expected a JSON object with an array \"" + collection + "\". Check the"
                    + " base URL and the OneRoster version.");
        }
        for (JsonNode r : records) {
            if (!r.isObject()) {
                throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 200, uri + " answered HTTP 200 but"
                        + " the \"" + collection + "\" array holds something other than records: " + r.getNodeType()
                        + ". Report it to the provider.");
            }
        }
        return records;
    }
}
