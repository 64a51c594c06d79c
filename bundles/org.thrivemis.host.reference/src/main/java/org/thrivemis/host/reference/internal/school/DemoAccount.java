package org.thrivemis.host.reference.internal.school;

import java.util.Objects;

/**
 * A sign-in of the sample school for demonstrations; every demo account's password is
 * {@value #PASSWORD}.
 *
 * @param username what to type in the sign-in form
 * @param role the host role the account holds
 * @param staffId the member of staff it signs in as
 * @param description who the account is, for the sign-in page
 */
public record DemoAccount(String username, String role, String staffId, String description) {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo";

    public DemoAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(description, "description");
    }
}
