package org.thrivemis.mis.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a {@link org.thrivemis.mis.api.PupilRecordTab}: put it on the
 * component and the properties {@code mis.tab.id}, {@code mis.tab.order} and
 * {@code mis.tab.permission} are written for you.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MisTab {
    /** Prefix of the generated property names. */
    String PREFIX_ = "mis.tab.";

    /** Unique id ({@code mis.tab.id}). */
    String id();

    /** Position, ascending ({@code mis.tab.order}). */
    int order() default 100;

    /** Host permission the viewer needs ({@code mis.tab.permission}). */
    String permission();
}
