package nl.netwerkkaart.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ids of the events this instance committed that no checkpoint of this instance covers yet. Until a checkpoint
 * covers an event, only this memory knows that it exists: the sealer looks for each of them after every run, so an
 * event deleted before it is sealed, or removed from the end of the chain before a checkpoint, is noticed and
 * recorded as an alarm. Rolled-back events never get here. Memory is bounded: past {@link #LIMIT} ids (sealing has
 * stalled for long) new events are not watched, which is logged.
 */
@Component
class CommittedEvents {

    static final int LIMIT = 200_000;

    private static final Logger log = LoggerFactory.getLogger(CommittedEvents.class);

    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean full = new AtomicBoolean();

    void committed(List<String> eventIds) {
        if (ids.size() + eventIds.size() > LIMIT) {
            if (full.compareAndSet(false, true)) {
                log.warn("{} audit events wait for a checkpoint; until sealing catches up, events written now are not "
                        + "watched for deletion before they are sealed", ids.size());
            }
            return;
        }
        full.set(false);
        ids.addAll(eventIds);
    }

    List<String> watched() {
        return List.copyOf(ids);
    }

    void settled(Collection<String> eventIds) {
        ids.removeAll(eventIds);
    }
}
