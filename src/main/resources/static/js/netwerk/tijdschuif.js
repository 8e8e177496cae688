/*
 * The map's date: the slider and date field load the map as it was (familyNetwork(asOf)) with what changed since
 * (networkChanges), in one request per date.
 */
import {run, showMessage} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {date, personName} from '../lib/format.js';
import {KINDS, addDays, daysBetween, setStatus, state} from './staat.js';
import {draw, legend} from './kaart-tekening.js';
import {summary} from './samenvatting.js';
import {fillForms} from './bewerken.js';
import {showList} from './lijst.js';

export const FIELD_NAMES = {
    ring: 'nabijheid', quality: 'kwaliteit', support: 'steun', frequency: 'contact', kind: 'soort',
    knownSince: 'bekend sinds', note: 'notitie'
};

export function showNetwork(network, summaryData, changes) {
    state.network = network;
    state.changes = changes || null;
    state.asOf = network.asOf;
    for (const node of network.nodes) {
        state.persons.set(node.id, node.person);
    }
    draw();
    summary(summaryData);
    changesPanel();
    legend();
    fillForms();
    showList();
    document.body.dataset.datum = network.asOf;
    document.getElementById('persoon-paneel').hidden = true;
}

/** Loads the map on a date: today is the map itself; an earlier date also brings what changed since. */
export async function loadDate(asOf) {
    const request = ++state.request;
    setStatus('laden');
    try {
        const earlier = asOf < state.today;
        const data = earlier
            ? await run('NetworkOnDate', {familyId: state.familyId, asOf: asOf})
            : await run('NetworkToday', {familyId: state.familyId});
        if (request !== state.request) {
            return;
        }
        showNetwork(data.familyNetwork, data.networkSummary, earlier ? data.networkChanges : null);
        setStatus('klaar');
    } catch (e) {
        if (request === state.request) {
            showMessage(document.getElementById('melding'), e.message, 'fout');
            setStatus('fout');
        }
    }
}

export function syncDateControls(asOf) {
    document.getElementById('datum').value = asOf;
    document.getElementById('datum-schuif').value = String(-daysBetween(asOf, state.today));
    showDateText(asOf);
}

/** The chosen date in words beside the slider, and for screen readers on the slider itself. */
function showDateText(asOf) {
    const text = asOf === state.today ? `vandaag, ${date(asOf)}` : date(asOf);
    document.getElementById('datum-tekst').textContent = text;
    document.getElementById('datum-schuif').setAttribute('aria-valuetext', text);
}

/** The slider reaches back to the earliest date the network knows, and at least two years. */
export function sliderRange(network) {
    const dates = network.nodes.map(n => n.person.inNetworkFrom).concat(network.edges.map(e => e.validFrom)).filter(Boolean);
    const earliest = dates.sort()[0];
    const days = earliest ? daysBetween(earliest, state.today) + 30 : 0;
    document.getElementById('datum-schuif').min = String(-Math.max(730, days));
}

export function changesPanel() {
    const panel = document.getElementById('veranderingen-paneel');
    const list = document.getElementById('veranderingen');
    list.textContent = '';
    const changes = state.changes;
    if (!changes) {
        panel.hidden = true;
        return;
    }
    document.getElementById('veranderingen-titel').textContent = `Veranderd sinds ${date(state.asOf)}`;
    const add = (kind, text) => list.appendChild(element('li', {'class': 'verandering', 'data-soort': kind}, text));
    const names = new Map(state.persons);
    for (const person of changes.addedPersons) {
        names.set(person.id, person);
    }
    const label = tie => `${personName(names.get(tie.fromPersonId))} — ${personName(names.get(tie.toPersonId))} (${KINDS[tie.kind].naam})`;
    changes.addedPersons.forEach(p => add('persoon-nieuw', `Nieuw in het netwerk: ${personName(p)}`));
    changes.removedPersons.forEach(p => add('persoon-weg', `Uit het netwerk: ${personName(p)}`));
    changes.addedTies.forEach(t => add('relatie-nieuw', `Nieuwe relatie: ${label(t)}`));
    changes.endedTies.forEach(t => add('relatie-einde', `Beëindigd: ${label(t)}`));
    changes.changedTies.forEach(c => add('relatie-gewijzigd', `Gewijzigd: ${label(c.after)}, `
        + c.changedFields.map(f => FIELD_NAMES[f] || f).join(', ')));
    if (!list.children.length) {
        list.appendChild(element('li', {}, 'Niets veranderd.'));
    }
    panel.hidden = false;
}

/** The slider, the date field and "Vandaag". */
export function wireDate() {
    const slider = document.getElementById('datum-schuif');
    const dateInput = document.getElementById('datum');
    dateInput.max = state.today;
    let timer = null;
    slider.addEventListener('input', () => {
        const asOf = addDays(state.today, Number(slider.value));
        dateInput.value = asOf;
        showDateText(asOf);
        clearTimeout(timer);
        timer = setTimeout(() => loadDate(asOf), 250);
    });
    slider.addEventListener('change', () => {
        clearTimeout(timer);
        const asOf = addDays(state.today, Number(slider.value));
        dateInput.value = asOf;
        loadDate(asOf);
    });
    dateInput.addEventListener('change', () => {
        if (!dateInput.value || dateInput.value > state.today) {
            return;
        }
        if (daysBetween(dateInput.value, state.today) > -Number(slider.min)) {
            slider.min = String(-daysBetween(dateInput.value, state.today));
        }
        syncDateControls(dateInput.value);
        loadDate(dateInput.value);
    });
    document.getElementById('datum-vandaag').addEventListener('click', () => {
        syncDateControls(state.today);
        loadDate(state.today);
    });
}
