package org.thrivemis.api.dataprotection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A documented request to erase a pupil's Thrive data. Nothing here may identify the pupil: it is
 * what the audit keeps after the erasure.
 *
 * @param reference the school's reference of the documented request, e.g. {@code DPO-2026-014}
 * @param requester who asked
 * @param ground the UK GDPR Article 17 ground
 * @param receivedOn when the school received the request
 */
public record ErasureRequest(String reference, Requester requester, ErasureGround ground, LocalDate receivedOn) {
    public ErasureRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
