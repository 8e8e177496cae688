/* The side panels: the network summary, the ZRM trend chart and a chosen person's details and ties. */
import {element} from '../lib/layout.js';
import {date, percent, personName} from '../lib/format.js';
import {SUPPORT_TYPES, TIE_QUALITIES, CONTACT_FREQUENCIES, RINGS, MEMBER_ROLES} from '../lib/labels.js';
import {KINDS, mayEdit, nameOf, ringOf, state, supportText, tieLabel} from './staat.js';

export function listOrNone(items, none) {
    if (!items.length) {
        return element('p', {}, none);
    }
    const list = element('ul');
    for (const item of items) {
        list.appendChild(item instanceof Node ? item : element('li', {}, item));
    }
    return list;
}

export function summary(data) {
    const box = document.getElementById('samenvatting');
    box.textContent = '';
    const outside = data.personCount - data.householdCount;
    box.appendChild(element('p', {id: 'samenvatting-kern'},
        `${data.personCount} personen (${data.householdCount} in het huishouden, ${outside} in het netwerk), `
        + `${data.tieCount} relaties. Dichtheid ${data.density.toFixed(2).replace('.', ',')}, `
        + `wederkerigheid ${percent(data.reciprocityShare)}.`));
    const rings = data.personsPerRing.map(r => `${r.ring === null ? RINGS[5] : RINGS[r.ring]} ${r.count}`).join(' · ');
    if (rings) {
        box.appendChild(element('p', {}, 'Per ring: ' + rings));
    }

    box.appendChild(element('h3', {}, 'Enige bron van steun'));
    const spof = data.singlePointsOfFailure.map(s => {
        const item = element('li', {'data-persoon': s.person.id}, `${SUPPORT_TYPES[s.type]}: alleen ${personName(s.person)}`);
        return item;
    });
    const spofList = listOrNone(spof, 'Geen: elke soort steun komt van meer mensen, of van niemand.');
    spofList.id = 'enige-bron';
    box.appendChild(spofList);

    box.appendChild(element('h3', {}, 'Kinderen zonder nabije volwassene buiten het huishouden'));
    const children = listOrNone(data.childrenWithoutCloseAdult.map(personName), 'Geen: elk kind heeft iemand dichtbij.');
    children.id = 'kinderen-zonder';
    box.appendChild(children);

    box.appendChild(element('h3', {}, 'Belastende relaties'));
    const stressful = listOrNone(data.stressfulTies.map(tieLabel), 'Geen.');
    stressful.id = 'belastend';
    box.appendChild(stressful);
    if (data.brokenTies.length) {
        box.appendChild(element('p', {}, `${data.brokenTies.length} verbroken ${data.brokenTies.length === 1 ? 'relatie' : 'relaties'}.`));
    }

    const givers = element('details');
    givers.appendChild(element('summary', {}, 'Wie geeft welke steun'));
    givers.appendChild(listOrNone(data.supportGivers.map(g => `${SUPPORT_TYPES[g.type]}: `
        + (g.givers.length ? g.givers.map(personName).join(', ') : 'niemand')), 'Geen steun vastgelegd.'));
    box.appendChild(givers);
    if (data.brokers.length) {
        box.appendChild(element('p', {}, 'Verbinders: ' + data.brokers.slice(0, 3)
            .map(b => `${personName(b.person)} (${percent(b.normalizedBetweenness)})`).join(', ')));
    }
    if (data.resourcesUsed.length) {
        box.appendChild(element('p', {}, 'Gebruikt al: ' + data.resourcesUsed
            .map(r => `${r.resourceName} (${personName(r.person)})`).join(', ')));
    }
}

export function zrmChart(trend) {
    const empty = document.getElementById('zrm-leeg');
    const canvas = document.getElementById('zrm-grafiek');
    if (!trend || !trend.domains.length) {
        empty.hidden = false;
        canvas.parentElement.hidden = true;
        return;
    }
    const dates = [...new Set(trend.assessments.map(a => a.date))].sort();
    const palette = ['#1f5f6b', '#e6550d', '#3182bd', '#31a354', '#9e6ac8', '#e7ba52', '#8c6d31', '#17becf',
        '#7b4173', '#c62828', '#6b6b6b', '#d08b00', '#2e7d32', '#1565c0', '#ad1457', '#00897b', '#5d4037'];
    const datasets = trend.domains.map((domain, index) => {
        const byDate = new Map(domain.points.map(p => [p.date, p.score]));
        return {
            label: domain.name,
            data: dates.map(d => byDate.has(d) ? byDate.get(d) : null),
            borderColor: palette[index % palette.length],
            backgroundColor: palette[index % palette.length],
            spanGaps: true,
            tension: 0.2,
            pointRadius: 3
        };
    });
    state.chart = new window.Chart(canvas, {
        type: 'line',
        data: {labels: dates.map(day => date(day)), datasets: datasets},
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: {y: {min: 1, max: 5, ticks: {stepSize: 1}, title: {display: true, text: 'ZRM-score'}}},
            plugins: {legend: {position: 'bottom', labels: {boxWidth: 10, font: {size: 10}}}}
        }
    });
    document.body.dataset.zrm = String(datasets.length);
}

export function personPanel(personId) {
    const panel = document.getElementById('persoon-paneel');
    const node = state.network.nodes.find(n => n.id === personId);
    if (!node) {
        panel.hidden = true;
        return;
    }
    const person = node.person;
    document.getElementById('persoon-naam').textContent = personName(person);
    const details = document.getElementById('persoon-details');
    details.textContent = '';
    const facts = element('dl');
    const fact = (term, value) => {
        facts.appendChild(element('dt', {}, term));
        facts.appendChild(element('dd', {}, value));
    };
    fact('Plaats', node.household ? `huishouden (${MEMBER_ROLES[node.memberRole] || 'gezinslid'})`
        : `${RINGS[ringOf(node)]}${node.kind ? ', ' + KINDS[node.kind].naam : ''}`);
    if (person.age !== null && person.age !== undefined) {
        fact('Leeftijd', `${person.age} jaar`);
    }
    if (person.areaName) {
        fact('Woont in', person.areaName);
    }
    if (person.inNetworkFrom) {
        fact('In het netwerk sinds', date(person.inNetworkFrom));
    }
    details.appendChild(facts);
    const ties = state.network.edges.filter(t => t.fromPersonId === personId || t.toPersonId === personId);
    details.appendChild(element('h3', {}, ties.length ? `Relaties (${ties.length})` : 'Geen relaties op deze datum'));
    const list = element('ul', {'class': 'nk-relaties', id: 'persoon-relaties'});
    for (const tie of ties) {
        const other = tie.fromPersonId === personId ? tie.toPersonId : tie.fromPersonId;
        const item = element('li', {'data-relatie': tie.id});
        item.appendChild(element('strong', {}, nameOf(other)));
        item.appendChild(element('div', {}, `${KINDS[tie.kind].naam}, ring ${tie.ring} (${RINGS[tie.ring]}), ${TIE_QUALITIES[tie.quality]}`));
        item.appendChild(element('div', {}, `${nameOf(tie.fromPersonId)} ${supportText(tie)}`));
        const extra = [tie.frequency ? CONTACT_FREQUENCIES[tie.frequency] : null,
            tie.knownSince ? 'kennen elkaar sinds ' + date(tie.knownSince) : null].filter(Boolean).join(', ');
        if (extra) {
            item.appendChild(element('div', {}, extra));
        }
        if (tie.note) {
            item.appendChild(element('div', {'class': 'nk-intro'}, tie.note));
        }
        if (mayEdit()) {
            const end = element('button', {type: 'button', 'class': 'nk-secundair'}, 'Beëindigen…');
            end.addEventListener('click', () => {
                document.getElementById('einde-relatie').value = tie.id;
                document.getElementById('relatie-beeindigen').open = true;
                document.getElementById('einde-datum').focus();
            });
            item.appendChild(end);
        }
        list.appendChild(item);
    }
    details.appendChild(list);
    panel.hidden = false;
}
