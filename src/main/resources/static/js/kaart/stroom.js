/* The statistics for the chosen period: coverage first, then the flow charts (inflow, time to match, ladder, outcomes, ZRM). */
import {run, showMessage} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {LADDER, OUTCOMES, countElement, domainName, number, percent, period, state, value} from './staat.js';
import {shadeAreas} from './kaart.js';
import {drawCoverage, drawGaps, setDownloads} from './dekking.js';

export function chart(id, config) {
    if (state.charts[id]) {
        state.charts[id].destroy();
    }
    config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options || {});
    state.charts[id] = new Chart(document.getElementById(id), config);
}

export function drawFlow(flow) {
    const labels = flow.periods.map(p => p.label);
    const suppressed = flow.periods.filter(p => p.inflow.suppressed || p.throughflow.suppressed || p.outflow.suppressed).length;
    document.getElementById('stroom-noot').textContent = suppressed
        ? `${suppressed} van de ${flow.periods.length} perioden hebben onderdrukte aantallen (minder dan ${flow.minimumCellSize}, of verborgen zodat ze niet terug te rekenen zijn); die staan leeg in de grafiek.`
        : `Aantallen onder de ${flow.minimumCellSize} zouden onderdrukt worden; in deze periode is dat niet nodig.`;

    chart('grafiek-stroom', {
        type: 'bar',
        data: {
            labels: labels,
            datasets: [
                {label: 'Instroom (nieuw)', data: flow.periods.map(p => value(p.inflow)), backgroundColor: '#1f5f6b'},
                {label: 'Doorstroom (open aan het eind)', data: flow.periods.map(p => value(p.throughflow)), backgroundColor: '#e0a526'},
                {label: 'Uitstroom (afgesloten)', data: flow.periods.map(p => value(p.outflow)), backgroundColor: '#2e7d32'}
            ]
        },
        options: {scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });

    chart('grafiek-tijd', {
        type: 'line',
        data: {
            labels: labels,
            datasets: [
                {label: 'Tot match, mediaan', data: flow.periods.map(p => p.timeToMatch.medianDays), borderColor: '#1f5f6b', spanGaps: true},
                {label: 'Tot match, 90e percentiel', data: flow.periods.map(p => p.timeToMatch.percentile90Days), borderColor: '#1f5f6b', borderDash: [5, 4], spanGaps: true},
                {label: 'Tot start, mediaan', data: flow.periods.map(p => p.timeToStart.medianDays), borderColor: '#d4512a', spanGaps: true},
                {label: 'Tot start, 90e percentiel', data: flow.periods.map(p => p.timeToStart.percentile90Days), borderColor: '#d4512a', borderDash: [5, 4], spanGaps: true}
            ]
        },
        options: {scales: {y: {beginAtZero: true, title: {display: true, text: 'dagen'}}}}
    });

    const steps = ['NETWORK', 'COMMUNITY', 'FIRST_LINE', 'SPECIALIST'];
    const stepColors = ['#2e7d32', '#7cb342', '#f9c06a', '#d4512a'];
    chart('grafiek-treden', {
        type: 'bar',
        data: {
            labels: [...labels, 'Hele periode'],
            datasets: steps.map((step, i) => ({
                label: LADDER[step],
                backgroundColor: stepColors[i],
                data: [...flow.periods, flow.overall].map(p => {
                    const entry = p.ladderSteps.find(s => s.ladderStep === step);
                    return entry && entry.share !== null ? Math.round(entry.share * 1000) / 10 : null;
                })
            }))
        },
        options: {
            scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, max: 100, title: {display: true, text: '% van de matches'}}}
        }
    });
    document.getElementById('normaliseren').textContent = flow.overall.normalisingShare === null
        ? 'aandeel netwerk en buurt: onderdrukt of geen matches'
        : 'aandeel netwerk en buurt: ' + percent.format(flow.overall.normalisingShare);

    chart('grafiek-uitkomsten', {
        type: 'bar',
        data: {
            labels: flow.overall.outcomes.map(o => OUTCOMES[o.outcome] || o.outcome),
            datasets: [{label: 'Afgesloten matches', data: flow.overall.outcomes.map(o => value(o.matches)), backgroundColor: '#1f5f6b'}]
        },
        options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
    });

    const body = document.querySelector('#zrm tbody');
    body.textContent = '';
    for (const change of flow.zrmChanges) {
        const tr = element('tr');
        tr.appendChild(element('th', {scope: 'row'}, domainName(change.lifeDomain)));
        tr.appendChild(countElement('td', change.subjects, {'class': 'nk-getal'}));
        tr.appendChild(element('td', {'class': 'nk-getal'}, change.averageChange === null ? '–'
            : (change.averageChange > 0 ? '+' : '') + number.format(change.averageChange)));
        tr.appendChild(countElement('td', change.improved, {'class': 'nk-getal'}));
        tr.appendChild(countElement('td', change.unchanged, {'class': 'nk-getal'}));
        tr.appendChild(countElement('td', change.worsened, {'class': 'nk-getal'}));
        body.appendChild(tr);
    }
    if (flow.zrmChanges.length === 0) {
        const tr = element('tr');
        tr.appendChild(element('td', {colspan: '6'}, 'Geen gezinnen of gezinsleden met twee metingen in deze periode.'));
        body.appendChild(tr);
    }
}

// --- stale resources, downloads, HSDS import ------------------------------------------------------------------

export async function loadStatistics() {
    const {from, to} = period();
    const granularity = document.getElementById('indeling').value;
    const variables = {municipalityId: state.municipalityId, from: from, to: to};
    const content = document.getElementById('inhoud');
    delete content.dataset.dekking;
    delete content.dataset.stroom;
    // one after the other: both are heavy for the database, and the map is shaded before the charts are drawn
    const coverage = await run('MapCoverage', variables);
    state.coverage = coverage.areaCoverage;
    state.minimumCellSize = state.coverage.minimumCellSize;
    drawCoverage();
    shadeAreas();
    drawGaps(coverage.gaps);
    setDownloads();
    content.dataset.dekking = 'ja';
    const flow = await run('MapFlow', Object.assign({granularity: granularity}, variables));
    drawFlow(flow.flowStatistics);
    content.dataset.stroom = 'ja';
}

export async function show() {
    const melding = document.getElementById('melding');
    const {from, to} = period();
    if (!from || !to || from > to) {
        showMessage(melding, 'Kies een periode: de begindatum ligt niet na de einddatum.', 'fout');
        return;
    }
    try {
        showMessage(melding, '', 'info');
        await loadStatistics();
    } catch (e) {
        showMessage(melding, e.message, 'fout');
    }
}
