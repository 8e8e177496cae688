/*
 * The minimal dossier of a family (dossier.html?gezin=<id>) for handovers: the family, its help questions with
 * analysis and matches, and the whole case timeline, laid out to print (or save as PDF from the print dialog).
 * The coach adds handover notes here.
 */
import {read, run, showMessage, userErrorText} from './lib/graphql.js';
import {start, element, ready, showFailure} from './lib/layout.js';
import {date, dateTime, personName} from './lib/format.js';
import {label, lifeDomainList, LADDER_STEPS, MATCH_STATUS, MEMBER_ROLES, OUTCOMES, QUESTION_STATUS, SESSION_STATUS, URGENCY} from './lib/labels.js';
import {helperName, loadTimeline, renderTimeline} from './lib/timeline.js';

const LABELS = {'input.text': 'Notitie', 'input.recipientProfessionalId': 'Voor', 'input.familyId': 'Gezin'};

const el = (tag, attributes, text) => element(tag, attributes, text);

let family = null;

function definition(list, term, value) {
    list.appendChild(el('dt', {}, term));
    list.appendChild(el('dd', {}, value));
}

function renderFamily(viewer) {
    document.title = `Dossier ${family.name} · Netwerkkaart`;
    document.getElementById('titel').textContent = `Minimaal dossier · ${family.name}`;
    document.getElementById('dossier-info').textContent = [
        family.reference ? 'dossier ' + family.reference : null,
        family.area ? 'woont in ' + family.area.name : null,
        family.coach ? 'gezinscoach ' + family.coach.name : null
    ].filter(Boolean).join(' · ');
    const list = document.getElementById('gezin-gegevens');
    list.textContent = '';
    definition(list, 'Gezin', family.name + (family.reference ? ` (${family.reference})` : ''));
    definition(list, 'Woont in', family.area ? family.area.name : '—');
    definition(list, 'Gezinscoach', family.coach
        ? [family.coach.name, family.coach.email, family.coach.phone].filter(Boolean).join(' · ') : '—');
    definition(list, 'Gezinsleden', family.members.map(member => {
        const age = member.person.age === null || member.person.age === undefined ? '' : `, ${member.person.age} jaar`;
        return `${personName(member.person)} (${label(MEMBER_ROLES, member.role)}${age}${member.authority ? ', gezag' : ''})`;
    }).join('; ') || '—');
    definition(list, 'Expertisetenten', family.tentSessions.map(session =>
        `${date(session.date)} (${label(SESSION_STATUS, session.status)})`).join('; ') || '—');
    const printed = `Afgedrukt op ${dateTime(new Date().toISOString())} door `
        + (viewer.professional ? viewer.professional.name : viewer.userId) + '.';
    document.getElementById('afgedrukt').textContent = printed;
}

function renderQuestions() {
    const box = document.getElementById('hulpvragen');
    box.textContent = '';
    if (!family.helpQuestions.length) {
        box.appendChild(el('p', {'class': 'nk-leeg'}, 'Geen hulpvragen.'));
        return;
    }
    // oldest first, as the timeline
    const questions = [...family.helpQuestions].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const question of questions) {
        const item = el('article', {'class': 'nk-dossier-vraag', 'data-hulpvraag': question.id});
        item.appendChild(el('h3', {}, question.text));
        item.appendChild(el('p', {'class': 'nk-vraag-meta'}, [
            label(QUESTION_STATUS, question.status),
            'urgentie ' + label(URGENCY, question.urgency),
            lifeDomainList(question.lifeDomains),
            question.about ? 'over ' + personName(question.about) : null,
            'gesteld ' + date(question.createdAt),
            question.closedAt ? 'afgesloten ' + date(question.closedAt) : null
        ].filter(Boolean).join(' · ')));
        if (question.analysis) {
            const analysis = question.analysis;
            const lines = [];
            if (analysis.summary) {
                lines.push('Analyse: ' + analysis.summary);
            }
            if (analysis.hypotheses.length) {
                lines.push('Hypothesen: ' + analysis.hypotheses.map(hypothesis => hypothesis.text).join(' / '));
            }
            if (analysis.protectiveFactors.length) {
                lines.push('Beschermend: ' + analysis.protectiveFactors.map(factor => factor.text).join(' / '));
            }
            for (const line of lines) {
                item.appendChild(el('p', {}, line));
            }
        }
        if (question.matches.length) {
            const matches = el('ul', {'class': 'nk-dossier-koppelingen'});
            for (const match of question.matches) {
                matches.appendChild(el('li', {}, `${helperName(match.helper)} (${label(LADDER_STEPS, match.ladderStep)}): `
                    + label(MATCH_STATUS, match.status) + (match.outcome ? ', ' + label(OUTCOMES, match.outcome) : '')));
            }
            item.appendChild(matches);
        }
        box.appendChild(item);
    }
}

/** The note's possible recipients: professionals of the family's tents and matches. */
function fillRecipients() {
    const select = document.getElementById('overdracht-ontvanger');
    const names = new Map();
    for (const session of family.tentSessions) {
        for (const participant of session.participants) {
            names.set(participant.professionalId, participant.name);
        }
    }
    for (const question of family.helpQuestions) {
        for (const match of question.matches) {
            if (match.helper && match.helper.__typename === 'Professional') {
                names.set(match.helper.id, match.helper.name);
            }
        }
    }
    [...names.entries()].sort((a, b) => a[1].localeCompare(b[1], 'nl')).forEach(([id, name]) => {
        select.appendChild(el('option', {value: id}, name));
    });
}

async function showTimeline(entries) {
    entries = entries || await loadTimeline(family.id);
    const texts = Object.fromEntries(family.helpQuestions.map(question => [question.id, question.text]));
    renderTimeline(document.getElementById('tijdlijn'), entries, texts);
}

function wireNoteForm() {
    const form = document.getElementById('overdracht');
    const melding = document.getElementById('overdracht-melding');
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const button = form.querySelector('button[type=submit]');
        const recipient = document.getElementById('overdracht-ontvanger').value;
        button.disabled = true;
        try {
            const data = await run('AddHandoverNote', {input: {
                familyId: family.id,
                text: document.getElementById('overdracht-tekst').value,
                recipientProfessionalId: recipient || null
            }});
            const payload = data.addHandoverNote;
            if (payload.userErrors.length) {
                showMessage(melding, userErrorText(payload.userErrors, LABELS), 'fout');
                return;
            }
            form.reset();
            showMessage(melding, 'De notitie staat in het dossier.', 'ok');
            await showTimeline();
        } catch (e) {
            showMessage(melding, e.message, 'fout');
        } finally {
            button.disabled = false;
        }
    });
}

const melding = document.getElementById('melding');
const familyId = new URLSearchParams(window.location.search).get('gezin');
document.getElementById('afdrukken').addEventListener('click', () => window.print());
const back = {href: '/gezinnen.html', label: 'Terug naar de gezinnen'};
if (!familyId) {
    showFailure(melding, 'Geen gezin gekozen. Open het dossier vanuit de lijst met gezinnen.', back);
} else {
    try {
        // the parts are asked apart, so each request stays well within the service's time limit, but all at once
        const [viewer, data, questions, entries] = await Promise.all([start(), read('Dossier', {id: familyId}),
            read('DossierQuestions', {id: familyId}), loadTimeline(familyId)]);
        family = data.family;
        family.helpQuestions = questions.family.helpQuestions;
        renderFamily(viewer);
        renderQuestions();
        if (viewer.role === 'COACH') {
            fillRecipients();
            wireNoteForm();
            document.getElementById('overdracht-sectie').hidden = false;
        }
        await showTimeline(entries);
        document.body.dataset.geladen = 'ja';
        ready();
    } catch (e) {
        showFailure(melding, e.message, back);
    }
}
