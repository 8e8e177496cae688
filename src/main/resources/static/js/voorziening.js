/*
 * A community resource's page for the municipality: edit all its fields (updateCommunityResource replaces them all)
 * and mark its details as checked (verifyCommunityResource). User errors are shown next to the field they name.
 */
import {run, showMessage, userErrorText} from './lib/graphql.js';
import {start, element, ready, showFailure} from './lib/layout.js';
import {date, dateTime} from './lib/format.js';

const KINDS = {
    VOLUNTEER_SUPPORT: 'Vrijwillige ondersteuning', CLUB: 'Vereniging', FACILITY: 'Voorziening (plek om heen te gaan)',
    GROUP: 'Groep', FUND: 'Fonds', SERVICE: 'Dienst'
};
const STATUSES = {ACTIVE: 'Actief', INACTIVE: 'Niet actief', TEMPORARILY_CLOSED: 'Tijdelijk gesloten', DEFUNCT: 'Opgeheven'};
const ACTIONS = {CREATE: 'aangemaakt', UPDATE: 'gewijzigd', VERIFY: 'gecontroleerd', IMPORT: 'geïmporteerd'};

/** Input field of the mutation -> the form element that holds it, with the label the errors use. */
const FIELDS = {
    name: ['naam', 'Naam'],
    description: ['omschrijving', 'Wat biedt het'],
    kind: ['soort', 'Soort'],
    status: ['status', 'Status'],
    minimumAge: ['minimumleeftijd', 'Leeftijd vanaf'],
    maximumAge: ['maximumleeftijd', 'Leeftijd tot en met'],
    languages: ['talen', 'Talen'],
    free: ['gratis', 'Gratis'],
    costDescription: ['kosten', 'Kosten'],
    eligibilityDescription: ['voorwaarden', 'Voor wie en hoe aanmelden'],
    email: ['email', 'E-mail'],
    phone: ['telefoon', 'Telefoon'],
    website: ['website', 'Website'],
    capacity: ['capaciteit', 'Open plekken'],
    lastVerifiedAt: ['gecontroleerd', 'Laatst gecontroleerd'],
    verifiedAt: ['gecontroleerd', 'Laatst gecontroleerd'],
    lifeDomains: ['leefdomeinen', 'Leefdomeinen'],
    expertiseIds: ['expertises', 'Expertises'],
    organisationId: ['organisatie', 'Organisatie'],
    locationId: ['locatie', 'Ligt in'],
    servesAreaIds: ['bedient', 'Voor inwoners van']
};

let resourceId = null;

function option(select, value, text, selected) {
    const node = element('option', {value: value}, text);
    node.selected = !!selected;
    select.appendChild(node);
}

function optionsOnce(select, items, selectedIds) {
    const seen = new Set();
    for (const item of items) {
        if (!seen.has(item.id)) {
            seen.add(item.id);
            option(select, item.id, item.name, selectedIds.includes(item.id));
        }
    }
}

function municipalityOf(location) {
    let area = location;
    while (area && area.kind !== 'MUNICIPALITY') {
        area = area.partOf;
    }
    return area ? area.id : null;
}

function fill(resource, context) {
    document.title = resource.name + ' · Netwerkkaart';
    document.getElementById('titel').textContent = resource.name;
    document.getElementById('naam').value = resource.name;
    document.getElementById('omschrijving').value = resource.description || '';
    document.getElementById('soort').value = resource.kind;
    document.getElementById('status').value = resource.status;
    document.getElementById('minimumleeftijd').value = resource.minimumAge ?? '';
    document.getElementById('maximumleeftijd').value = resource.maximumAge ?? '';
    document.getElementById('talen').value = resource.languages.join(', ');
    document.getElementById('gratis').checked = resource.free;
    document.getElementById('kosten').value = resource.costDescription || '';
    document.getElementById('voorwaarden').value = resource.eligibilityDescription || '';
    document.getElementById('email').value = resource.email || '';
    document.getElementById('telefoon').value = resource.phone || '';
    document.getElementById('website').value = resource.website || '';
    document.getElementById('capaciteit').value = resource.capacity ?? '';
    document.getElementById('gecontroleerd').value = resource.lastVerifiedAt || '';

    const domains = document.querySelector('#leefdomeinen .nk-keuzes');
    domains.textContent = '';
    for (const domain of context.lifeDomains) {
        const label = element('label');
        const box = element('input', {type: 'checkbox', name: 'lifeDomains', value: domain.code});
        box.checked = resource.lifeDomains.includes(domain.code);
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + domain.name));
        domains.appendChild(label);
    }

    const expertises = document.getElementById('expertises');
    expertises.textContent = '';
    optionsOnce(expertises, [...resource.expertises, ...context.expertises].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        resource.expertises.map(e => e.id));

    const organisation = document.getElementById('organisatie');
    organisation.textContent = '';
    option(organisation, '', '— geen —', !resource.organisation);
    optionsOnce(organisation, [...(resource.organisation ? [resource.organisation] : []), ...context.organisations],
        resource.organisation ? [resource.organisation.id] : []);

    const location = document.getElementById('locatie');
    const serves = document.getElementById('bedient');
    location.textContent = '';
    serves.textContent = '';
    const areas = [...context.areas, resource.location, ...resource.serves];
    optionsOnce(location, areas, [resource.location.id]);
    optionsOnce(serves, areas, resource.serves.map(a => a.id));

    const verified = resource.lastVerifiedAt ? `Laatst gecontroleerd op ${date(resource.lastVerifiedAt)}.` : 'Nog nooit gecontroleerd.';
    const status = document.getElementById('controle-status');
    status.textContent = resource.stale ? verified + ' De gegevens zijn verouderd: loop ze na.' : verified;
    status.className = resource.stale ? 'nk-min' : 'nk-plus';
    status.dataset.verouderd = resource.stale ? 'ja' : 'nee';

    const origin = document.getElementById('herkomst');
    origin.textContent = '';
    const facts = [
        ['Herkomst', resource.hsdsId ? `Open Referral HSDS-import (id ${resource.hsdsId})` : 'Hier aangemaakt'],
        ['Plaats', [resource.locationName, resource.address].filter(Boolean).join(', ') || '—'],
        ['Wijzigingen', resource.changes.slice(0, 5).map(c =>
            `${dateTime(c.changedAt)} ${ACTIONS[c.action] || c.action} door ${c.changedBy}`).join('; ') || '—']
    ];
    for (const [term, text] of facts) {
        origin.appendChild(element('dt', {}, term));
        origin.appendChild(element('dd', {}, text));
    }
}

function optionalNumber(id) {
    const text = document.getElementById(id).value.trim();
    return text === '' ? null : Number(text);
}

function optionalText(id) {
    const text = document.getElementById(id).value.trim();
    return text === '' ? null : text;
}

function selected(id) {
    return [...document.getElementById(id).selectedOptions].map(o => o.value);
}

function input() {
    return {
        id: resourceId,
        name: document.getElementById('naam').value.trim(),
        description: optionalText('omschrijving'),
        kind: document.getElementById('soort').value,
        status: document.getElementById('status').value,
        minimumAge: optionalNumber('minimumleeftijd'),
        maximumAge: optionalNumber('maximumleeftijd'),
        languages: document.getElementById('talen').value.split(',').map(s => s.trim()).filter(Boolean),
        free: document.getElementById('gratis').checked,
        costDescription: optionalText('kosten'),
        eligibilityDescription: optionalText('voorwaarden'),
        email: optionalText('email'),
        phone: optionalText('telefoon'),
        website: optionalText('website'),
        capacity: optionalNumber('capaciteit'),
        lastVerifiedAt: optionalText('gecontroleerd'),
        lifeDomains: [...document.querySelectorAll('#leefdomeinen input:checked')].map(box => box.value),
        expertiseIds: selected('expertises'),
        organisationId: document.getElementById('organisatie').value || null,
        locationId: document.getElementById('locatie').value,
        servesAreaIds: selected('bedient')
    };
}

function clearErrors() {
    document.querySelectorAll('.nk-veldfout').forEach(node => node.remove());
    document.querySelectorAll('[aria-invalid]').forEach(node => node.removeAttribute('aria-invalid'));
}

/** Each user error next to its field (input.maximumAge, input.servesAreaIds[1]); the rest in the page's message. */
function showErrors(userErrors) {
    const unplaced = [];
    for (const error of userErrors) {
        const key = error.field.replace(/^input\./, '').replace(/[[.].*$/, '');
        const field = FIELDS[key];
        const input = field && document.getElementById(field[0]);
        const text = userErrorText([error], {[error.field]: field ? field[1] : undefined})[0];
        if (!input) {
            unplaced.push(text);
            continue;
        }
        input.setAttribute('aria-invalid', 'true');
        const message = element('p', {'class': 'nk-veldfout', id: 'fout-' + field[0], 'data-veld': error.field}, text);
        input.setAttribute('aria-describedby', message.id);
        input.parentElement.appendChild(message);
    }
    showMessage(document.getElementById('melding'),
        ['Niet opgeslagen: verbeter de gemarkeerde velden.', ...unplaced], 'fout');
    const first = document.querySelector('[aria-invalid="true"]');
    if (first) {
        first.focus();
    }
}

async function submit(mutation, variables, context, success) {
    const melding = document.getElementById('melding');
    clearErrors();
    try {
        const data = await run(mutation, variables);
        const payload = Object.values(data)[0];
        if (payload.userErrors.length) {
            showErrors(payload.userErrors);
            return;
        }
        fill(payload.communityResource, context);
        showMessage(melding, success, 'ok');
    } catch (e) {
        showMessage(melding, e.message, 'fout');
    }
}

async function main() {
    await start();
    const melding = document.getElementById('melding');
    resourceId = new URLSearchParams(window.location.search).get('id');
    if (!resourceId) {
        showFailure(melding, 'Geen voorziening gekozen. Kies er een op de sociale kaart.', BACK);
        return;
    }
    let context;
    try {
        const data = await run('ResourcePage', {id: resourceId});
        const resource = data.communityResource;
        const municipalityId = (data.mapSettings.municipality && data.mapSettings.municipality.id) || municipalityOf(resource.location);
        let areas = [];
        if (municipalityId) {
            const tree = (await run('ResourceAreas', {id: municipalityId})).area;
            areas = [tree];
            for (const kern of tree.parts) {
                areas.push(kern);
                kern.parts.forEach(wijk => areas.push({id: wijk.id, name: `${wijk.name} (${kern.name})`}));
            }
        }
        context = {
            lifeDomains: data.lifeDomains,
            expertises: data.expertises.edges.map(e => e.node),
            organisations: data.organisations.edges.map(e => e.node),
            areas: areas
        };
        const kinds = document.getElementById('soort');
        Object.entries(KINDS).forEach(([value, text]) => option(kinds, value, text));
        const statuses = document.getElementById('status');
        Object.entries(STATUSES).forEach(([value, text]) => option(statuses, value, text));
        fill(resource, context);
    } catch (e) {
        showFailure(melding, e.errors && e.errors.some(err => err.extensions && err.extensions.classification === 'FORBIDDEN')
            ? 'Deze pagina is alleen voor de gemeente en beheerders: u heeft geen toegang tot deze gegevens.'
            : e.message, BACK);
        return;
    }
    document.getElementById('inhoud').hidden = false;
    document.getElementById('voorziening').addEventListener('submit', event => {
        event.preventDefault();
        submit('UpdateResource', {input: input()}, context, 'Opgeslagen.');
    });
    document.getElementById('controleren').addEventListener('click', () =>
        submit('VerifyResource', {input: {id: resourceId}}, context, 'Gemarkeerd als vandaag gecontroleerd.'));
    ready();
}

const BACK = {href: '/kaart.html', label: 'Terug naar de sociale kaart'};
await main();
