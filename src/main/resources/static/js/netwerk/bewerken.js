/*
 * Editing today's network (coach only): add a person, add a tie, end a tie. User errors come back in Dutch next to
 * the forms; a conflicting change reloads the map.
 */
import {run, showMessage, userErrorText} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {personName} from '../lib/format.js';
import {SUPPORT_TYPES, SUPPORT_DIRECTIONS, TIE_QUALITIES, CONTACT_FREQUENCIES, RINGS} from '../lib/labels.js';
import {KINDS, fillSelect, mayEdit, state, tieLabel} from './staat.js';
import {loadDate} from './tijdschuif.js';

export const LABELS = {
    'input.familyId': 'Gezin',
    'input.givenName': 'Voornaam',
    'input.familyName': 'Achternaam',
    'input.birthDate': 'Geboortedatum',
    'input.areaId': 'Woonplaats',
    'input.validFrom': 'Datum vanaf',
    'input.validTo': 'Datum',
    'input.fromPersonId': 'Van',
    'input.toPersonId': 'Naar',
    'input.kind': 'Soort relatie',
    'input.ring': 'Nabijheid',
    'input.support': 'Steun',
    'input.quality': 'Kwaliteit',
    'input.frequency': 'Contact',
    'input.knownSince': 'Kennen elkaar sinds',
    'input.note': 'Notitie',
    'input.tieId': 'Relatie',
    'input.reason': 'Reden'
};

export function fillForms() {
    const section = document.getElementById('bewerken');
    section.hidden = !(state.viewer && state.viewer.role === 'COACH');
    // changes are made to today's network; an earlier map is for looking back
    for (const button of section.querySelectorAll('button[type=submit]')) {
        button.disabled = !mayEdit();
        button.title = mayEdit() ? '' : 'Zet de kaart op vandaag om het netwerk bij te werken.';
    }
    const persons = state.network.nodes
        .map(n => [n.id, personName(n.person) + (n.household ? ' (huishouden)' : '')]);
    const from = document.getElementById('relatie-van');
    const to = document.getElementById('relatie-naar');
    const keepFrom = from.value;
    const keepTo = to.value;
    fillSelect(from, persons);
    fillSelect(to, persons, 'Kies een persoon');
    if (keepFrom) {
        from.value = keepFrom;
    }
    if (keepTo) {
        to.value = keepTo;
    }
    fillSelect(document.getElementById('einde-relatie'),
        state.network.edges.map(t => [t.id, tieLabel(t)]), 'Kies een relatie');
}

export function staticFormOptions() {
    fillSelect(document.getElementById('relatie-soort'), Object.entries(KINDS).map(([k, v]) => [k, v.naam]));
    fillSelect(document.getElementById('relatie-ring'), [1, 2, 3, 4].map(r => [String(r), `${r} ${RINGS[r]}`]));
    fillSelect(document.getElementById('relatie-kwaliteit'), Object.entries(TIE_QUALITIES));
    fillSelect(document.getElementById('relatie-frequentie'), Object.entries(CONTACT_FREQUENCIES), 'Onbekend');
    const support = document.getElementById('relatie-steun');
    for (const [type, name] of Object.entries(SUPPORT_TYPES)) {
        const id = 'steun-' + type.toLowerCase();
        const row = element('div', {'class': 'nk-veld'});
        row.appendChild(element('label', {'for': id}, name));
        const select = element('select', {id: id, 'data-steun': type});
        fillSelect(select, Object.entries(SUPPORT_DIRECTIONS), 'geen');
        row.appendChild(select);
        support.appendChild(row);
    }
    fillSelect(document.getElementById('filter-steun'), Object.entries(SUPPORT_TYPES), 'Alle steun');
    fillSelect(document.getElementById('filter-soort'), Object.entries(KINDS).map(([k, v]) => [k, v.naam]), 'Alle soorten');
}

export function value(id) {
    const text = document.getElementById(id).value.trim();
    return text === '' ? null : text;
}

/**
 * Sends a form's mutation. A CONFLICT on input.expectedVersion means someone else changed the item since this
 * page read it: the map is read again, so the coach decides on what holds now instead of overwriting it.
 */
export async function submit(form, mutation, field, input, success, conflict) {
    const melding = document.getElementById('bewerk-melding');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
        const data = await run(mutation, {input: input});
        const payload = data[field];
        if (conflict && payload.userErrors.some(e => e.code === 'CONFLICT' && e.field === 'input.expectedVersion')) {
            await loadDate(state.today);
            showMessage(melding, conflict, 'fout');
            return;
        }
        if (payload.userErrors.length) {
            showMessage(melding, userErrorText(payload.userErrors, LABELS), 'fout');
            return;
        }
        showMessage(melding, success, 'ok');
        form.reset();
        await loadDate(state.today);
    } catch (e) {
        showMessage(melding, e.message, 'fout');
    } finally {
        button.disabled = !mayEdit();
    }
}

export function wireForms() {
    document.getElementById('form-persoon').addEventListener('submit', event => {
        event.preventDefault();
        submit(event.target, 'AddNetworkPerson', 'addNetworkPerson', {
            familyId: state.familyId,
            givenName: value('persoon-voornaam') || '',
            familyName: value('persoon-achternaam'),
            birthDate: value('persoon-geboren'),
            validFrom: value('persoon-vanaf')
        }, 'Persoon toegevoegd aan het netwerk.');
    });
    document.getElementById('form-relatie').addEventListener('submit', event => {
        event.preventDefault();
        const support = [...document.querySelectorAll('#relatie-steun select')]
            .filter(select => select.value)
            .map(select => ({type: select.dataset.steun, direction: select.value}));
        submit(event.target, 'AddNetworkTie', 'addNetworkTie', {
            familyId: state.familyId,
            fromPersonId: value('relatie-van'),
            toPersonId: value('relatie-naar'),
            kind: value('relatie-soort'),
            ring: Number(value('relatie-ring')),
            quality: value('relatie-kwaliteit'),
            support: support,
            frequency: value('relatie-frequentie'),
            knownSince: value('relatie-bekend'),
            note: value('relatie-notitie'),
            validFrom: value('relatie-vanaf')
        }, 'Relatie toegevoegd.');
    });
    document.getElementById('form-einde').addEventListener('submit', event => {
        event.preventDefault();
        const tieId = value('einde-relatie');
        const seen = state.network.edges.find(t => t.id === tieId);
        submit(event.target, 'EndNetworkTie', 'endNetworkTie', {
            tieId: tieId,
            validTo: value('einde-datum'),
            reason: value('einde-reden'),
            expectedVersion: seen ? seen.version : null
        }, 'Relatie beëindigd. Op de kaart van vandaag staat ze niet meer; schuif terug in de tijd om haar te zien.',
        'Iemand anders heeft deze relatie intussen gewijzigd of beëindigd. De kaart toont nu de nieuwste stand; ' +
        'kijk of u de relatie nog wilt beëindigen.');
    });
}
