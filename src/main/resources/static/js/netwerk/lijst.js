/*
 * The same persons and ties as the map, as two tables under it: for keyboard and screen-reader users, and for anyone
 * who wants to read rather than look. A person's name opens their details beside the map.
 */
import {element} from '../lib/layout.js';
import {label, RINGS, TIE_QUALITIES, MEMBER_ROLES} from '../lib/labels.js';
import {KINDS, nameOf, ringOf, state, supportText} from './staat.js';
import {personPanel} from './samenvatting.js';

function cell(row, heading, content) {
    const td = element('td', {'data-kop': heading});
    if (content instanceof Node) {
        td.appendChild(content);
    } else {
        td.textContent = content;
    }
    row.appendChild(td);
}

/** Fills both tables from the map shown (state.network). */
export function showList() {
    const persons = document.querySelector('#lijst-personen tbody');
    const ties = document.querySelector('#lijst-relaties tbody');
    persons.textContent = '';
    ties.textContent = '';
    const nodes = [...state.network.nodes].sort((a, b) => ringOf(a) - ringOf(b) || nameOf(a.id).localeCompare(nameOf(b.id), 'nl'));
    for (const node of nodes) {
        const row = element('tr', {'data-persoon': node.id});
        const button = element('button', {type: 'button', 'class': 'nk-link-knop'}, nameOf(node.id));
        button.addEventListener('click', () => {
            personPanel(node.id);
            document.getElementById('persoon-paneel').scrollIntoView({block: 'nearest'});
        });
        cell(row, 'Naam', button);
        const ring = ringOf(node);
        cell(row, 'Plaats', node.household ? `huishouden (${label(MEMBER_ROLES, node.memberRole) || 'gezinslid'})`
            : `ring ${ring <= 4 ? ring + ' ' : ''}${RINGS[ring]}`);
        cell(row, 'Soort', node.kind ? KINDS[node.kind].naam : '—');
        cell(row, 'Leeftijd', node.person.age === null || node.person.age === undefined ? '—' : `${node.person.age} jaar`);
        persons.appendChild(row);
    }
    for (const tie of state.network.edges) {
        const row = element('tr', {'data-relatie': tie.id});
        cell(row, 'Tussen', `${nameOf(tie.fromPersonId)} en ${nameOf(tie.toPersonId)}`);
        cell(row, 'Soort', KINDS[tie.kind].naam);
        cell(row, 'Ring', `${tie.ring} ${RINGS[tie.ring]}`);
        cell(row, 'Hoe', label(TIE_QUALITIES, tie.quality));
        cell(row, 'Steun', `${nameOf(tie.fromPersonId)} ${supportText(tie)}`);
        ties.appendChild(row);
    }
    if (!state.network.edges.length) {
        const row = element('tr');
        row.appendChild(element('td', {colspan: '5'}, 'Geen relaties op deze datum.'));
        ties.appendChild(row);
    }
}
