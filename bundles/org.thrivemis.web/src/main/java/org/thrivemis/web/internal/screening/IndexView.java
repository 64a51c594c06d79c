package org.thrivemis.web.internal.screening;

import java.util.List;

/** The classes the viewer can screen or read, each linking to its screening page. */
public record IndexView(Page page, List<ClassLink> classes) {
    public record ClassLink(String name, String href) {
    }
}
