package nl.netwerkkaart.hsds;

import java.time.OffsetDateTime;
import java.util.List;

import nl.netwerkkaart.api.UserError;

/**
 * Result of {@code pullHsdsFeed}: the job that pulls, and from when it asks for changes; or why it did not start.
 *
 * @param modifiedAfter the {@code modified_after} the pull sends (when the last complete pull of this feed started);
 *                      null for a full pull
 */
record HsdsPullPayload(HsdsImportJobs.View job, OffsetDateTime modifiedAfter, List<UserError> userErrors) {

    static HsdsPullPayload failed(UserError error) {
        return new HsdsPullPayload(null, null, List.of(error));
    }
}
