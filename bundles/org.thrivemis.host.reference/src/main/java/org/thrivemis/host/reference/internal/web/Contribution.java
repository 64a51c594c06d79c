package org.thrivemis.host.reference.internal.web;

import org.osgi.framework.ServiceReference;

/**
 * A service contributed to one of the host's whiteboards (a pupil-record tab, a class-view column,
 * an admin page), with the properties the host reads from its registration.
 *
 * @param id the contribution's id ({@code mis.tab.id}, …)
 * @param order its position, ascending
 * @param permission the host permission a viewer needs to see it
 * @param reference its registration (ranks contributions that share an id)
 * @param service the service object
 */
public record Contribution<T>(String id, int order, String permission, ServiceReference<?> reference, T service) {
}
