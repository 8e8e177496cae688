/*
 * What an HSDS import accepted as it came but does not fit the municipality (coordinates out of range, a service
 * area that names no kern, a term that maps to no life domain, ...): listed per import below the report, and per
 * resource under "Na te kijken na een HSDS-import" until someone fixes it. hsds.js tells it about each import with
 * the event nk:hsds-rapport.
 */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';

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
        const tr = element('tr');
        tr.appendChild(element('td', {}, flag.record + (flag.hsdsId ? ` (${flag.hsdsId})` : '')
            + (flag.name ? ` ${flag.name}` : '')));
        tr.appendChild(element('td', {}, flag.field));
        tr.appendChild(element('td', {}, reasonText(flag.reason)));
        body.appendChild(tr);
    }
    table.hidden = !(report.flags || []).length;
}

export async function loadFlagged() {
    const list = document.getElementById('hsds-nakijken');
    try {
        const settings = await run('HsdsMunicipality');
        const municipalityId = settings.mapSettings.municipality && settings.mapSettings.municipality.id;
        if (!municipalityId) {
            list.textContent = '';
            return;
        }
        const data = await run('HsdsFlagged', {areaId: municipalityId});
        list.textContent = '';
        const edges = data.communityResources.edges;
        if (!edges.length) {
            list.appendChild(element('li', {}, 'Niets na te kijken.'));
        }
        for (const {node} of edges) {
            const item = element('li', {'data-voorziening': node.name});
            item.appendChild(element('a', {href: `/voorziening.html?id=${encodeURIComponent(node.id)}`}, node.name));
            const flags = element('ul', {class: 'nk-klein'});
            for (const flag of node.hsdsFlags) {
                const at = flag.indexOf(': ');
                flags.appendChild(element('li', {}, at < 0 ? flag : `${flag.slice(0, at)}: ${reasonText(flag.slice(at + 2))}`));
            }
            item.appendChild(flags);
            list.appendChild(item);
        }
    } catch (e) {
        list.textContent = '';
        list.appendChild(element('li', {}, e.message));
    }
}

document.addEventListener('nk:hsds-rapport', event => {
    showFlags(event.detail);
    loadFlagged();
});
