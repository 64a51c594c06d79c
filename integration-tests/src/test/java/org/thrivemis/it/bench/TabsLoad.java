package org.thrivemis.it.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Virtual users for the `tabs` benchmark: each its own signed-in session (cookies, one HTTP/1.1
 * connection), looping over the profile tab, the action plan tab and a static asset of the same
 * server in random order, for random measured pupils. Response time on loopback is the server time.
 */
final class TabsLoad {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final String STATIC = "/assets/govuk-frontend.min.css";

    /** What one request is for. */
    enum Kind { PROFILE, PLAN, STATIC }

    /** One timed request. */
    record Sample(Kind kind, long nanos) {
    }

    private final String base;
    private final List<String> pupils;

    TabsLoad(String base, List<String> pupils) {
        this.base = base;
        this.pupils = List.copyOf(pupils);
    }

    /** A signed-in client of the demo account, through the real sign-in form. */
    HttpClient signIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        String body = "username=" + user + "&password=demo" + (m.find()
                ? "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) : "");
        int status = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 303 && status != 302) {
            throw new IllegalStateException("sign-in as " + user + " answered " + status);
        }
        return client;
    }

    private static String path(Kind kind, String pupil) {
        return switch (kind) {
            case PROFILE -> "/pupils/" + pupil + "?tab=thrive-profile";
            case PLAN -> "/pupils/" + pupil + "?tab=thrive-action-plan";
            case STATIC -> STATIC;
        };
    }

    /**
     * Every client loops for {@code warmup} unmeasured, then for {@code measure}; returns the
     * measured samples. Any answer but 200 (or a tab without its content) stops the run.
     */
    List<Sample> run(List<HttpClient> clients, Duration warmup, Duration measure) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            HttpClient client = clients.get(i);
            Random random = new Random(i);
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get() && failures.isEmpty()) {
                        Kind kind = Kind.values()[random.nextInt(3)];
                        String path = path(kind, pupils.get(random.nextInt(pupils.size())));
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                        long nanos = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || (kind == Kind.PROFILE && !r.body().contains("profile-history"))
                                || (kind == Kind.PLAN && !r.body().contains("Lets an adult help them settle"))) {
                            failures.add(path + " answered " + r.statusCode() + ": "
                                    + r.body().substring(0, Math.min(400, r.body().length())));
                        } else if (measuring.get()) {
                            samples.add(new Sample(kind, nanos));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "vu-" + i);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        Thread.sleep(measure.toMillis());
        measuring.set(false);
        stop.set(true);
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " requests failed, first: " + failures.peek());
        }
        return new ArrayList<>(samples);
    }

    /** The {@code p}-th percentile (0–100) in milliseconds, nearest rank. */
    static double percentile(List<Sample> samples, Kind kind, double p) {
        List<Long> values = new ArrayList<>(samples.stream().filter(s -> s.kind() == kind).map(Sample::nanos).toList());
        if (values.isEmpty()) {
            throw new IllegalStateException("no " + kind + " samples");
        }
        Collections.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, rank - 1)) / 1e6;
    }
}
