package io.minicrm.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where Redis is and how to reach it, read from one URL: {@code redis://[user:password@]host[:port][/database]}, or
 * {@code rediss://…} for TLS as hosted Redis services require. The password never appears in {@link #toString()}.
 */
public record RedisSettings(
        boolean tls, String host, int port, int database, Optional<String> username, Optional<String> password) {

    private static final String SHAPE =
            "a Redis URL is redis://[user:password@]host[:port][/database], or rediss://… for TLS";

    public RedisSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(SHAPE + "; the host is missing");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(SHAPE + "; the port " + port + " is not between 1 and 65535");
        }
        if (database < 0) {
            throw new IllegalArgumentException(SHAPE + "; the database " + database + " is negative");
        }
    }

    public static RedisSettings parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException(SHAPE + "; this one is malformed at index " + malformed.getIndex());
        }
        String scheme = String.valueOf(uri.getScheme());
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException(SHAPE + "; '" + scheme + "' is not redis or rediss");
        }
        String path = Optional.ofNullable(uri.getPath()).orElse("").replaceFirst("^/", "");
        if (!path.isEmpty() && !path.matches("\\d{1,5}")) {
            throw new IllegalArgumentException(SHAPE + "; the database '" + path + "' is not a number");
        }
        Optional<String> userInfo = Optional.ofNullable(uri.getRawUserInfo());
        return new RedisSettings(
                scheme.equals("rediss"),
                uri.getHost(),
                uri.getPort() == -1 ? 6379 : uri.getPort(),
                path.isEmpty() ? 0 : Integer.parseInt(path),
                userInfo.map(info -> info.split(":", 2)[0])
                        .filter(user -> !user.isEmpty())
                        .map(RedisSettings::decoded),
                userInfo.filter(info -> info.contains(":")).map(info -> decoded(info.split(":", 2)[1])));
    }

    /** The server's address as Redisson takes it, without credentials. */
    String address() {
        return (tls ? "rediss" : "redis") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return address() + "/" + database + (password.isPresent() ? " (with a password)" : "");
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
