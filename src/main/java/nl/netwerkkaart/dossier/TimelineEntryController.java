package nl.netwerkkaart.dossier;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.tent.TentSession;
import nl.netwerkkaart.tent.TentSessionService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TimelineEntryController {

    private final DossierService service;
    private final TentSessionService sessions;

    TimelineEntryController(DossierService service, TentSessionService sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    @QueryMapping
    Connection<TimelineEntry> caseTimeline(@Argument String familyId, @Argument Integer first, @Argument String after) {
        return service.caseTimeline(familyId, PageRequest.of(first, after));
    }

    @BatchMapping
    Map<TimelineEntry, TentSession> tentSession(List<TimelineEntry> entries) {
        var withSession = entries.stream().filter(entry -> entry.tentSessionId() != null).toList();
        return Batches.join(withSession, TimelineEntry::tentSessionId,
                sessions.byIds(Batches.ids(withSession, TimelineEntry::tentSessionId)), null);
    }

    @BatchMapping
    Map<TimelineEntry, HandoverNote> handoverNote(List<TimelineEntry> entries) {
        var withNote = entries.stream().filter(entry -> entry.handoverNoteId() != null).toList();
        return Batches.join(withNote, TimelineEntry::handoverNoteId,
                service.notes(Batches.ids(withNote, TimelineEntry::handoverNoteId)), null);
    }
}
