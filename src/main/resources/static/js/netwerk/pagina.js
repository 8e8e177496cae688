/*
 * A family's network map (netwerk.html?gezin=<id>): the household in the centre, everyone else on the rings of the
 * netwerkcirkel. The entry of the page: reads the viewer and the first view (family, map, summary, ZRM trend) at
 * once, then wires the parts, each a module of its own in js/netwerk/.
 */
import {read} from '../lib/graphql.js';
import {start, ready, showFailure} from '../lib/layout.js';
import {today} from '../lib/format.js';
import {setStatus, state} from './staat.js';
import {STYLE, draw, exportPng, legend, wireMapControls} from './kaart-tekening.js';
import {wireFilters} from './filters.js';
import {showNetwork, sliderRange, syncDateControls, wireDate} from './tijdschuif.js';
import {wireHelpQuestions} from './wie-kan-helpen.js';
import {personPanel, zrmChart} from './samenvatting.js';
import {staticFormOptions, wireForms} from './bewerken.js';

const melding = document.getElementById('melding');
const back = {href: '/gezinnen.html', label: 'Terug naar de gezinnen'};
setStatus('laden');
state.familyId = new URLSearchParams(window.location.search).get('gezin');
state.today = today();

// for the browser tests and for anyone inspecting the map in the console
window.Netwerkkaart = Object.assign(window.Netwerkkaart || {}, {kaart: {state: state, exportPng: exportPng, draw: draw}});

function fail(message) {
    showFailure(melding, message, back);
    setStatus('fout');
}

if (!state.familyId) {
    await start().catch(() => null);
    fail('Kies eerst een gezin in de lijst met gezinnen.');
} else {
    try {
        const [viewer, data] = await Promise.all([start(), read('NetworkPage', {familyId: state.familyId})]);
        state.viewer = viewer;
        state.cy = window.cytoscape({
            container: document.getElementById('kaart'),
            style: STYLE,
            wheelSensitivity: 0.3,
            minZoom: 0.2,
            maxZoom: 4,
            boxSelectionEnabled: false
        });
        staticFormOptions();
        wireForms();
        const family = data.family;
        state.familyName = family.name;
        document.getElementById('titel').textContent = `Netwerkkaart van ${family.name}`;
        document.title = `${family.name} · Netwerkkaart`;
        document.getElementById('gezin-info').textContent = [family.reference, family.area ? 'woont in ' + family.area.name : null]
            .filter(Boolean).join(' · ');
        wireDate();
        wireFilters();
        wireHelpQuestions(family.helpQuestions);
        wireMapControls();
        state.cy.on('tap', 'node.persoon', event => personPanel(event.target.id()));
        sliderRange(data.familyNetwork);
        syncDateControls(state.today);
        showNetwork(data.familyNetwork, data.networkSummary, null);
        legend();
        zrmChart(data.selfRelianceTrend);
        setStatus('klaar');
        ready();
    } catch (e) {
        fail(e.message);
    }
}
