package io.minicrm.adapter.http.web.account;

import java.util.Locale;

/** A button of the sign-in page: one per identity provider configured, leading to its sign-in. */
public record SignInButton(String label, String href) {

    static SignInButton of(String provider) {
        String named = switch (provider) {
            case "google" -> "Google";
            case "oidc" -> "single sign-on";
            default -> provider.substring(0, 1).toUpperCase(Locale.ROOT) + provider.substring(1);
        };
        return new SignInButton("Sign in with " + named, "/oauth/login/" + provider);
    }
}
