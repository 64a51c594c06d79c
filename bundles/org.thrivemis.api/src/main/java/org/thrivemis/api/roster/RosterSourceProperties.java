package org.thrivemis.api.roster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Typed service properties of a {@link RosterSource} with a fixed identity:
 * {@code @RosterSourceProperties(id = "host", label = "This MIS", kind = "host")}. Factory-configured
 * sources take id and label from their configuration instead.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RosterSourceProperties {
    /** Prefix turning {@code id} into {@value RosterSource#ID} and so on. */
    String PREFIX_ = "roster.source.";

    /** {@value RosterSource#ID}. */
    String id();

    /** {@value RosterSource#LABEL}. */
    String label();

    /** {@value RosterSource#KIND}. */
    String kind();
}
