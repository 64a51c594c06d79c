package org.thrivemis.mis.api.propertytypes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a {@link org.thrivemis.mis.api.ClassViewColumn}: put it on the
 * component and the properties {@code mis.column.id}, {@code mis.column.order} and
 * {@code mis.column.permission} are written for you.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MisColumn {
    /** Prefix of the generated property names. */
    String PREFIX_ = "mis.column.";

    /** Unique id ({@code mis.column.id}). */
    String id();

    /** Position, ascending ({@code mis.column.order}). */
    int order() default 100;

    /** Host permission the viewer needs ({@code mis.column.permission}). */
    String permission();
}
