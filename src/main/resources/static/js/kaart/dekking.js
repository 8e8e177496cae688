/* The coverage table per kern and life domain (suppressed cells marked), the largest gaps and the downloads. */
import {element} from '../lib/layout.js';
import {KINDS, SUPPRESSED, countElement, domainName, gapClass, number, period, state} from './staat.js';

export function drawCoverage() {
    const table = document.getElementById('dekking');
    const coverage = state.coverage;
    const domain = document.getElementById('leefdomein').value;
    document.getElementById('drempel').textContent = String(coverage.minimumCellSize);
    const {from, to} = period();
    document.getElementById('dekking-kop').textContent = `Dekking van ${from} tot en met ${to}: ${coverage.kernen.length} kernen`;

    const head = table.querySelector('thead');
    head.textContent = '';
    const headRow = element('tr');
    headRow.appendChild(element('th', {scope: 'col'}, 'Kern'));
    for (const code of coverage.lifeDomains) {
        const th = element('th', {scope: 'col', 'data-leefdomein': code}, domainName(code));
        if (code === domain) {
            th.classList.add('nk-gekozen');
        }
        headRow.appendChild(th);
    }
    headRow.appendChild(element('th', {scope: 'col', 'class': 'nk-getal'}, 'Vraag totaal'));
    head.appendChild(headRow);

    const body = table.querySelector('tbody');
    body.textContent = '';
    for (const kern of coverage.kernen) {
        const tr = element('tr', {'data-kern': kern.kernName});
        tr.appendChild(element('th', {scope: 'row'}, kern.kernName));
        for (const cell of kern.cells) {
            const td = element('td', {'class': 'nk-cel', 'data-leefdomein': cell.lifeDomain});
            const shade = gapClass(cell);
            td.style.background = shade === SUPPRESSED ? '' : shade.color;
            if (cell.lifeDomain === domain) {
                td.classList.add('nk-gekozen');
            }
            td.appendChild(countElement('span', cell.demand, {'class': 'nk-vraag'}));
            td.appendChild(element('span', {'class': 'nk-aanbod', title: `${cell.communityResources} voorzieningen, ${cell.professionals} beroepskrachten`}, String(cell.supply)));
            td.appendChild(element('span', {'class': 'nk-gat'}, cell.gapScore === null ? '–' : number.format(cell.gapScore)));
            if (cell.demand.suppressed) {
                td.classList.add('nk-cel-onderdrukt');
            }
            tr.appendChild(td);
        }
        tr.appendChild(countElement('td', kern.demandTotal, {'class': 'nk-getal'}));
        body.appendChild(tr);
    }

    const foot = table.querySelector('tfoot');
    foot.textContent = '';
    const totals = element('tr');
    totals.appendChild(element('th', {scope: 'row'}, 'Vraag totaal'));
    for (const total of coverage.domainTotals) {
        totals.appendChild(countElement('td', total.demand, {'class': 'nk-getal', 'data-leefdomein': total.lifeDomain}));
    }
    totals.appendChild(countElement('td', coverage.demandTotal, {'class': 'nk-getal'}));
    foot.appendChild(totals);
}

export function drawGaps(gaps) {
    const list = document.getElementById('gaten');
    list.textContent = '';
    if (gaps.edges.length === 0) {
        list.appendChild(element('li', {}, 'Geen gaten met zichtbare vraag in deze periode.'));
        return;
    }
    for (const {node} of gaps.edges) {
        const item = element('li');
        item.appendChild(element('strong', {}, `${node.kernName} · ${domainName(node.lifeDomain)}`));
        item.appendChild(document.createTextNode(
            `: vraag ${number.format(node.demand.value)}, aanbod ${node.communityResources + node.professionals}, gat ${number.format(node.gapScore)}`));
        if (node.resourceKinds.length) {
            item.appendChild(element('div', {'class': 'nk-intro'},
                'Zou kunnen helpen: ' + node.resourceKinds.map(kind => KINDS[kind] || kind).join(', ')));
        }
        list.appendChild(item);
    }
}

// --- flow -----------------------------------------------------------------------------------------------------

export function setDownloads() {
    const {from, to} = period();
    const id = encodeURIComponent(state.municipalityId);
    const range = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    document.getElementById('download-dekking-csv').href = `/municipality/${id}/coverage.csv${range}`;
    document.getElementById('download-dekking-geojson').href = `/municipality/${id}/coverage.geojson${range}`;
    document.getElementById('download-voorzieningen-geojson').href = `/municipality/${id}/resources.geojson`;
    document.getElementById('download-gebieden-geojson').href = `/areas/${id}.geojson`;
}
