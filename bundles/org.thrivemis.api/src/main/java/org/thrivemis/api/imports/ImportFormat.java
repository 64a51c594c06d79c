package org.thrivemis.api.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ThriveOnlineImportFormat}, typed, for a contributor's DS
 * component: {@code @Component @ImportFormat(id = "my-json", label = "My JSON export")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImportFormat {
    /** The prefix that makes {@link #id()} {@value ThriveOnlineImportFormat#FORMAT_ID}. */
    String PREFIX_ = "thrive.import.format.";

    /** {@value ThriveOnlineImportFormat#FORMAT_ID}: the format's stable id. */
    String id();

    /** {@value ThriveOnlineImportFormat#FORMAT_LABEL}: its name as shown to office staff. */
    String label();
}
