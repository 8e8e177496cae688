/* The tent session itself: date, place, director, participants, agreements; a professional answers the invitation. */
import {read} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {date, personName} from '../lib/format.js';
import {label, SESSION_STATUS, PARTICIPATION} from '../lib/labels.js';
import {badge} from '../lib/timeline.js';
import {mutate, state} from './staat.js';

export function definition(list, term, value) {
    list.appendChild(element('dt', {}, term));
    const dd = element('dd', {});
    if (value instanceof Node) {
        dd.appendChild(value);
    } else {
        dd.textContent = value;
    }
    list.appendChild(dd);
}

export function renderSession() {
    const session = state.session;
    const family = session.family;
    document.title = `Expertisetent ${family.name} · Netwerkkaart`;
    document.getElementById('titel').textContent = `Expertisetent · ${family.name}`;
    document.getElementById('tent-info').textContent = [
        date(session.date),
        session.location,
        label(SESSION_STATUS, session.status),
        family.reference ? 'dossier ' + family.reference : null,
        family.area ? 'woont in ' + family.area.name : null
    ].filter(Boolean).join(' · ');
    document.getElementById('dossier-link').href = '/dossier.html?gezin=' + encodeURIComponent(family.id);
    document.getElementById('netwerk-link').href = '/netwerk.html?gezin=' + encodeURIComponent(family.id);

    const list = document.getElementById('sessie-gegevens');
    list.textContent = '';
    definition(list, 'Datum', date(session.date));
    definition(list, 'Plaats', session.location || '—');
    definition(list, 'Status', label(SESSION_STATUS, session.status) + (session.cancellationReason ? ` (${session.cancellationReason})` : ''));
    definition(list, 'Procesregisseur', session.director ? session.director.name : '—');
    definition(list, 'Aanwezig van het gezin', session.presentMembers.map(personName).join(', ') || '—');
    const participants = element('ul', {'class': 'nk-deelnemers', id: 'deelnemerslijst'});
    for (const participant of session.participants) {
        const item = element('li', {'data-beroepskracht': participant.professionalId}, participant.name + ' ');
        item.appendChild(badge(label(PARTICIPATION, participant.status), participant.status.toLowerCase()));
        participants.appendChild(item);
    }
    if (!session.participants.length) {
        participants.appendChild(element('li', {}, 'Nog niemand uitgenodigd.'));
    }
    definition(list, 'Deelnemers', participants);
    if (session.agreements) {
        definition(list, 'Afspraken', session.agreements);
    }
    if (session.agreementItems.length) {
        const agreements = element('ul', {});
        for (const item of session.agreementItems) {
            const who = [item.responsible ? item.responsible.name : null, item.dueDate ? 'vóór ' + date(item.dueDate) : null]
                .filter(Boolean).join(', ');
            agreements.appendChild(element('li', {}, item.text + (who ? ` (${who})` : '')));
        }
        definition(list, 'Afspraakpunten', agreements);
    }
    renderInvitation();
}

/** A professional invited to a planned session answers the invitation here. */
export function renderInvitation() {
    const box = document.getElementById('uitnodiging');
    const me = state.viewer.professional;
    const own = me && state.session.participants.find(participant => participant.professionalId === me.id);
    box.hidden = !(state.viewer.role === 'PROFESSIONAL' && own && state.session.status === 'PLANNED');
    if (!box.hidden) {
        document.getElementById('uitnodiging-tekst').textContent = `U bent uitgenodigd voor deze tent (${label(PARTICIPATION, own.status)}).`;
    }
}

export async function respond(accept) {
    const ok = await mutate(document.getElementById('melding'), 'RespondToTentInvitation', 'respondToTentInvitation',
        {tentSessionId: state.sessionId, accept: accept}, accept ? 'U komt naar de tent.' : 'U heeft afgezegd.');
    if (ok) {
        await reloadSession();
    }
}

export async function reloadSession() {
    const data = await read('TentPage', {id: state.sessionId});
    const previous = new Map((state.session ? state.session.helpQuestions : []).map(question => [question.id, question]));
    state.session = data.tentSession;
    for (const question of state.session.helpQuestions) {
        const known = previous.get(question.id) || {};
        question.ladder = known.ladder;
        question.analysis = known.analysis || null;
        question.matches = known.matches || [];
    }
    renderSession();
}
