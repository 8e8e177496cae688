/*
 * The municipality's map page: kernen shaded by the gap between demand and supply for one life domain, community
 * resources as markers, the coverage table with suppressed cells marked, flow charts, downloads, HSDS import and the
 * stale resources. Aggregates only; the service suppresses small counts, the page only shows that they are hidden.
 * The entry of the page: the settings first, then the kernen, and then every other part at the same time.
 */
import {run, showMessage} from '../lib/graphql.js';
import {start, element, ready, showFailure} from '../lib/layout.js';
import {isoDay} from '../lib/format.js';
import {state} from './staat.js';
import {createMap, drawLegend, loadMunicipality, loadResources, shadeAreas} from './kaart.js';
import {drawCoverage} from './dekking.js';
import {show} from './stroom.js';
import {importHsds} from './hsds.js';
import {loadStale} from './verouderd.js';
import {loadFlagged} from './aandachtspunten.js';

const melding = document.getElementById('melding');

async function switchMunicipality() {
    state.municipalityId = document.getElementById('gemeente').value;
    await loadMunicipality();
    await Promise.all([loadResources(), show()]);
}

/** Reads the settings and fills the choices; false when the page has nothing to show. */
async function settings() {
    try {
        const [, data] = await Promise.all([start(), run('MapPage')]);
        state.settings = data.mapSettings;
        state.domains = data.lifeDomains;
        let municipalities = state.settings.municipality ? [state.settings.municipality] : [];
        if (municipalities.length === 0) {
            // an administrator without a municipality of their own chooses one
            municipalities = (await run('MapMunicipalities')).areas.edges.map(edge => edge.node);
        }
        if (municipalities.length === 0) {
            showFailure(melding, 'Er is nog geen gemeente ingericht.', {href: '/', label: 'Naar de startpagina'});
            return false;
        }
        const select = document.getElementById('gemeente');
        municipalities.forEach(m => select.appendChild(element('option', {value: m.id}, m.name)));
        select.disabled = municipalities.length === 1;
        const domains = document.getElementById('leefdomein');
        state.domains.forEach(d => domains.appendChild(element('option', {value: d.code}, d.name)));
        const now = new Date();
        const yearAgo = new Date(now.getFullYear() - 1, now.getMonth(), now.getDate() + 1);
        document.getElementById('van').value = isoDay(yearAgo);
        document.getElementById('tot').value = isoDay(now);
        return true;
    } catch (e) {
        showFailure(melding, e.errors && e.errors.some(err => err.extensions && err.extensions.classification === 'FORBIDDEN')
            ? 'Deze pagina is alleen voor de gemeente en beheerders: u heeft geen toegang tot deze gegevens.'
            : e.message, {href: '/', label: 'Naar de startpagina'});
        return false;
    }
}

if (await settings()) {
    document.getElementById('inhoud').hidden = false;
    createMap();
    drawLegend();
    document.getElementById('instellingen').addEventListener('submit', event => {
        event.preventDefault();
        show();
    });
    document.getElementById('leefdomein').addEventListener('change', () => {
        if (state.coverage) {
            drawCoverage();
            shadeAreas();
        }
    });
    document.getElementById('gemeente').addEventListener('change', () => switchMunicipality().catch(e => showMessage(melding, e.message, 'fout')));
    document.getElementById('hsds-import').addEventListener('submit', importHsds);
    await Promise.all([
        switchMunicipality().catch(e => showMessage(melding, e.message, 'fout')),
        loadStale().catch(e => showMessage(melding, e.message, 'fout')),
        loadFlagged()
    ]);
    ready();
}
