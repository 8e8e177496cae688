/*
 * What the parts of the network page share: the state of the page (the family, the map shown, the date), the
 * colours of the kinds of tie, and small helpers.
 */
import {element} from '../lib/layout.js';
import {personName} from '../lib/format.js';
import {TIE_KINDS, SUPPORT_TYPES, SUPPORT_DIRECTIONS} from '../lib/labels.js';

/** The kinds of tie with their colour on the map; the names come from the shared labels. */
const KIND_COLOURS = {
    FAMILY: '#e6550d', FRIEND: '#3182bd', NEIGHBOUR: '#31a354', SCHOOL: '#9e6ac8', WORK: '#6b6b6b', CLUB: '#e7ba52',
    FAITH: '#8c6d31', ONLINE: '#17becf', PROFESSIONAL: '#7b4173'
};
export const KINDS = Object.fromEntries(Object.entries(KIND_COLOURS).map(([kind, colour]) => [kind, {naam: TIE_KINDS[kind], kleur: colour}]));

export const HOUSEHOLD_COLOUR = '#1f5f6b';

export const NO_TIE_COLOUR = '#bdbdbd';

export const state = {
    familyId: null,
    viewer: null,
    today: null,
    asOf: null,
    network: null,
    changes: null,
    candidates: null,
    persons: new Map(),
    request: 0,
    cy: null,
    chart: null
};

export function addDays(isoDate, days) {
    const date = new Date(isoDate + 'T12:00:00Z');
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().substring(0, 10);
}

export function daysBetween(from, to) {
    return Math.round((new Date(to + 'T12:00:00Z') - new Date(from + 'T12:00:00Z')) / 86400000);
}

export function nameOf(personId) {
    return personName(state.persons.get(personId));
}

export function fillSelect(select, entries, emptyLabel) {
    select.textContent = '';
    if (emptyLabel !== undefined) {
        select.appendChild(element('option', {value: ''}, emptyLabel));
    }
    for (const [value, label] of entries) {
        select.appendChild(element('option', {value: value}, label));
    }
}

export function tieLabel(tie) {
    return `${nameOf(tie.fromPersonId)} — ${nameOf(tie.toPersonId)} (${KINDS[tie.kind].naam})`;
}

export function supportText(tie) {
    if (!tie.support.length) {
        return 'geen steun vastgelegd';
    }
    return tie.support.map(s => `${SUPPORT_DIRECTIONS[s.direction]} ${SUPPORT_TYPES[s.type]}`).join(', ');
}

export function ringOf(node) {
    if (node.household) {
        return 0;
    }
    return node.ring === null || node.ring === undefined ? 5 : node.ring;
}

export function setStatus(status) {
    document.body.dataset.status = status;
}

export function mayEdit() {
    return state.viewer && state.viewer.role === 'COACH' && state.asOf === state.today;
}
