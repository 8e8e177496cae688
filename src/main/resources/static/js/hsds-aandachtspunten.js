/*
 * What an HSDS import accepted as it came but does not fit the municipality (coordinates out of range, a service
 * area that names no kern, a term that maps to no life domain, ...): listed per import below the report, and per
 * resource under "Na te kijken na een HSDS-import" until someone fixes it. A module of its own beside kaart.js, which
 * tells it about each import with the event nk:hsds-rapport.
 */
const nk = window.Netwerkkaart;

const MUNICIPALITY = `query HsdsMunicipality { mapSettings { municipality { id } } }`;

const FLAGGED = `query HsdsFlagged($areaId: ID!) {
    communityResources(filter: {flagged: true, areaIds: [$areaId], statuses: [ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED]},
                       first: 100) {
        totalCount
        edges { node { id name hsdsId hsdsFlags location { id name } } }
    }
}`;

/** Dutch for the reasons the import gives; anything else is shown as it came. */
const REASONS = [
    [/^is not a WGS84 latitude \(-90 to 90\): (.*)$/, m => `is geen WGS84-breedtegraad (-90 tot 90): ${m[1]}`],
    [/^is not a WGS84 longitude \(-180 to 180\): (.*)$/, m => `is geen WGS84-lengtegraad (-180 tot 180): ${m[1]}`],
    [/^lies more than (\d+) km from every kern of (.*); placed in the municipality as a whole$/,
        m => `ligt meer dan ${m[1]} km van elke kern van ${m[2]}; geplaatst in de gemeente als geheel`],
    [/^names no area of (.*?): (.*)$/, m => `noemt geen gebied van ${m[1]}: ${m[2]}`],
    [/^names no area; the whole municipality is served$/, () => 'noemt geen gebied; de hele gemeente wordt bediend'],
    [/^no taxonomy term maps to a life domain or expertise/,
        () => 'geen taxonomieterm verwijst naar een leefdomein of expertise (zie netwerkkaart.hsds.taxonomy-mapping)'],
    [/^must not be below minimum_age$/, () => 'mag niet lager zijn dan minimum_age'],
    [/^is not a whole number of years from 0 to 120$/, () => 'is geen geheel aantal jaren van 0 tot 120'],
    [/^lies in the future$/, () => 'ligt in de toekomst'],
    [/^is not an ISO date/, () => 'is geen datum (JJJJ-MM-DD)'],
    [/^is not a time HH:MM$/, () => 'is geen tijd (UU:MM)'],
    [/^is not an http\(s\) address$/, () => 'is geen http(s)-adres'],
    [/^is not an e-mail address$/, () => 'is geen e-mailadres'],
    [/^is longer than (\d+) characters/, m => `is langer dan ${m[1]} tekens; bewaard, maar niet getoond`],
    [/^is not an ISO 639-1 code/, () => 'is geen ISO 639-1-taalcode; bewaard, maar niet gebruikt om op taal te zoeken'],
    [/^is not a whole number from 0 to 10000/, () => 'is geen geheel getal van 0 tot 10000; bewaard, maar niet getoond']
];

function reasonText(reason) {
    for (const [pattern, text] of REASONS) {
        const match = pattern.exec(reason || '');
        if (match) {
            return text(match);
        }
    }
    return reason;
}

function showFlags(report) {
    const table = document.getElementById('hsds-aandachtspunten');
    const body = table.querySelector('tbody');
    body.textContent = '';
    for (const flag of report.flags || []) {
        const tr = nk.element('tr');
        tr.appendChild(nk.element('td', {}, flag.record + (flag.hsdsId ? ` (${flag.hsdsId})` : '')
            + (flag.name ? ` ${flag.name}` : '')));
        tr.appendChild(nk.element('td', {}, flag.field));
        tr.appendChild(nk.element('td', {}, reasonText(flag.reason)));
        body.appendChild(tr);
    }
    table.hidden = !(report.flags || []).length;
}

async function loadFlagged() {
    const list = document.getElementById('hsds-nakijken');
    try {
        const settings = await nk.graphql(MUNICIPALITY, {});
        const municipalityId = settings.mapSettings.municipality && settings.mapSettings.municipality.id;
        if (!municipalityId) {
            list.textContent = '';
            return;
        }
        const data = await nk.graphql(FLAGGED, {areaId: municipalityId});
        list.textContent = '';
        const edges = data.communityResources.edges;
        if (!edges.length) {
            list.appendChild(nk.element('li', {}, 'Niets na te kijken.'));
        }
        for (const {node} of edges) {
            const item = nk.element('li', {'data-voorziening': node.name});
            item.appendChild(nk.element('a', {href: `/voorziening.html?id=${encodeURIComponent(node.id)}`}, node.name));
            const flags = nk.element('ul', {class: 'nk-klein'});
            for (const flag of node.hsdsFlags) {
                const at = flag.indexOf(': ');
                flags.appendChild(nk.element('li', {}, at < 0 ? flag : `${flag.slice(0, at)}: ${reasonText(flag.slice(at + 2))}`));
            }
            item.appendChild(flags);
            list.appendChild(item);
        }
    } catch (e) {
        list.textContent = '';
        list.appendChild(nk.element('li', {}, e.message));
    }
}

document.addEventListener('nk:hsds-rapport', event => {
    showFlags(event.detail);
    loadFlagged();
});
loadFlagged();
