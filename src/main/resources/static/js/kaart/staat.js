/* What the parts of the map page share: the page's state, the gap classes and their colours, counts that may be suppressed. */
import {element} from '../lib/layout.js';

export const KINDS = {
    VOLUNTEER_SUPPORT: 'vrijwillige ondersteuning', CLUB: 'vereniging', FACILITY: 'voorziening', GROUP: 'groep',
    FUND: 'fonds', SERVICE: 'dienst'
};

export const STATUSES = {ACTIVE: 'actief', INACTIVE: 'niet actief', DEFUNCT: 'opgeheven', TEMPORARILY_CLOSED: 'tijdelijk gesloten'};

export const LADDER = {NETWORK: 'eigen netwerk', COMMUNITY: 'voorziening in de buurt', FIRST_LINE: 'eerste lijn', SPECIALIST: 'specialistisch'};

export const OUTCOMES = {
    HELPED: 'geholpen', REFERRED: 'doorverwezen', NO_CLICK: 'geen klik', NOT_REACHED: 'geen contact',
    NOT_SUITABLE: 'niet passend', NO_CAPACITY: 'geen capaciteit', NO_LONGER_NEEDED: 'niet meer nodig'
};

/** Gap classes from no demand to large gaps; the colour goes from pale to dark red. */
export const GAP_CLASSES = [
    {key: 'geen-vraag', label: 'geen vraag', color: '#f1f5f6', test: gap => gap === 0},
    {key: 'gat-1', label: 'gat tot 0,5', color: '#fde9b6', test: gap => gap <= 0.5},
    {key: 'gat-2', label: '0,5 – 1', color: '#f9c06a', test: gap => gap <= 1},
    {key: 'gat-3', label: '1 – 2', color: '#ef8a3c', test: gap => gap <= 2},
    {key: 'gat-4', label: '2 – 4', color: '#d4512a', test: gap => gap <= 4},
    {key: 'gat-5', label: 'meer dan 4', color: '#9e1f1a', test: () => true}
];

export const SUPPRESSED = {key: 'onderdrukt', label: 'onderdrukt', color: '#b9c3c7'};

export const NO_DATA = {key: 'geen-gegevens', label: 'geen gegevens', color: '#ffffff'};

export const number = new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 2});

export const percent = new Intl.NumberFormat('nl-NL', {style: 'percent', maximumFractionDigits: 0});

export const state = {
    settings: null,
    domains: [],
    municipalityId: null,
    kernen: [],
    coverage: null,
    map: null,
    areaLayer: null,
    markerLayer: null,
    spots: new Map(),
    charts: {}
};

export function gapClass(cell) {
    if (!cell) {
        return NO_DATA;
    }
    if (cell.demand.suppressed || cell.gapScore === null) {
        return SUPPRESSED;
    }
    return GAP_CLASSES.find(c => c.test(cell.gapScore));
}

export function domainName(code) {
    const domain = state.domains.find(d => d.code === code);
    return domain ? domain.name : code;
}

export function countText(count) {
    return count.suppressed ? 'onderdrukt' : number.format(count.value);
}

export function countElement(tag, count, attributes) {
    const node = element(tag, attributes || {}, countText(count));
    if (count.suppressed) {
        node.classList.add('nk-onderdrukt');
        node.title = 'Onderdrukt: minder dan ' + state.minimumCellSize
            + ', of verborgen zodat het niet uit de totalen af te leiden is';
    }
    return node;
}

export function period() {
    return {from: document.getElementById('van').value, to: document.getElementById('tot').value};
}

export function isoDate(date) {
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

// --- the map --------------------------------------------------------------------------------------------------

export function value(count) {
    return count.suppressed ? null : count.value;
}
