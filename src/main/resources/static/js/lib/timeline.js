/*
 * The case timeline that the tent page and the dossier share: caseTimeline, read page by page until complete, drawn
 * as a list; and the small badge and helper-name pieces both pages use.
 */
import {read} from './graphql.js';
import {element} from './layout.js';
import {date, dateTime, personName} from './format.js';
import {label, LADDER_STEPS, MATCH_STATUS, OUTCOMES, SESSION_STATUS, TIMELINE_KINDS} from './labels.js';

/** A small coloured label: <span class="nk-label nk-label-<kind>">. */
export function badge(text, kind) {
    return element('span', {'class': 'nk-label' + (kind ? ' nk-label-' + kind : '')}, text);
}

/** The name of a match helper: a professional, a community resource or a network person. */
export function helperName(helper) {
    if (!helper) {
        return 'onbekend';
    }
    return helper.name || personName(helper);
}

/** All entries of the family's timeline, oldest first. */
export async function loadTimeline(familyId) {
    const entries = [];
    let after = null;
    for (;;) {
        const data = await read('CaseTimeline', {familyId: familyId, after: after});
        const page = data.caseTimeline;
        entries.push(...page.edges.map(edge => edge.node));
        if (!page.pageInfo.hasNextPage) {
            return entries;
        }
        after = page.pageInfo.endCursor;
    }
}

function entryDetails(entry) {
    const details = [];
    if (entry.kind === 'MATCH') {
        if (entry.helperName) {
            details.push(entry.helperName);
        }
        if (entry.ladderStep) {
            details.push(label(LADDER_STEPS, entry.ladderStep));
        }
        if (entry.matchStatus) {
            details.push(label(MATCH_STATUS, entry.matchStatus));
        }
        if (entry.matchOutcome) {
            details.push('uitkomst: ' + label(OUTCOMES, entry.matchOutcome));
        }
    }
    if (entry.tentSession && entry.kind === 'TENT_SESSION') {
        details.push(label(SESSION_STATUS, entry.tentSession.status));
        if (entry.tentSession.location && entry.tentSession.location !== entry.text) {
            details.push(entry.tentSession.location);
        }
    }
    if (entry.handoverNote) {
        if (entry.handoverNote.author) {
            details.push('door ' + entry.handoverNote.author.name);
        }
        if (entry.handoverNote.recipient) {
            details.push('voor ' + entry.handoverNote.recipient.name);
        }
    }
    return details;
}

/** Draws the entries into an (empty) list element; questionTexts maps help question ids to their text. */
export function renderTimeline(list, entries, questionTexts) {
    list.textContent = '';
    for (const entry of entries) {
        const item = element('li', {'class': 'nk-tijdlijn-item', 'data-soort': entry.kind, 'data-item': entry.itemId});
        // a tent session and its agreements count from the start of the session's day: no time of day
        const dayOnly = entry.kind === 'TENT_SESSION' || entry.kind === 'AGREEMENT';
        item.appendChild(element('time', {datetime: entry.at, 'class': 'nk-tijdlijn-tijd'},
            dayOnly ? date(entry.at) : dateTime(entry.at)));
        const head = element('div', {'class': 'nk-tijdlijn-kop'});
        head.appendChild(badge(label(TIMELINE_KINDS, entry.kind), entry.kind.toLowerCase()));
        head.appendChild(element('strong', {'class': 'nk-tijdlijn-titel'}, entry.title));
        item.appendChild(head);
        const details = entryDetails(entry);
        if (details.length) {
            item.appendChild(element('div', {'class': 'nk-tijdlijn-details'}, details.join(' · ')));
        }
        if (entry.text) {
            item.appendChild(element('p', {'class': 'nk-tijdlijn-tekst'}, entry.text));
        }
        const question = entry.helpQuestionId && questionTexts && questionTexts[entry.helpQuestionId];
        if (question && entry.kind !== 'HELP_QUESTION') {
            item.appendChild(element('div', {'class': 'nk-tijdlijn-vraag'}, 'Hulpvraag: ' + question));
        }
        list.appendChild(item);
    }
    if (!entries.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Het dossier is nog leeg.'));
    }
}
