/*
 * The signed-in user's families (a coach's own, a professional's through their tent sessions), each linking to its
 * network map and dossier, with the user's upcoming tents above them. Both parts load at once.
 */
import {run, showMessage} from './lib/graphql.js';
import {start, element, ready, pagesFor} from './lib/layout.js';
import {count} from './lib/format.js';
import {showUpcomingTents} from './komende-tenten.js';

let text = null;
let after = null;
let coach = false;

function row(family) {
    const tr = element('tr', {'data-gezin': family.id});
    const name = element('td', {'data-kop': 'Gezin'});
    const link = element('a', {href: '/netwerk.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-gezin-link'}, family.name);
    name.appendChild(link);
    tr.appendChild(name);
    tr.appendChild(element('td', {'data-kop': 'Dossier'}, family.reference || '—'));
    tr.appendChild(element('td', {'data-kop': 'Woont in'}, family.area ? family.area.name : '—'));
    tr.appendChild(element('td', {'class': 'nk-getal', 'data-kop': 'Gezinsleden'}, String(family.members.length)));
    const open = family.helpQuestions.filter(question => question.status !== 'CLOSED').length;
    tr.appendChild(element('td', {'class': 'nk-getal', 'data-kop': 'Open hulpvragen'}, String(open)));
    const action = element('td', {'class': 'nk-acties'});
    action.appendChild(element('a', {href: link.getAttribute('href'), 'class': 'nk-knop', 'aria-label': `Netwerkkaart van ${family.name}`}, 'Netwerkkaart'));
    action.appendChild(element('a', {href: '/dossier.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-knop nk-dossier-link',
        'aria-label': `Dossier van ${family.name}`}, 'Dossier'));
    if (coach) {
        action.appendChild(element('a', {href: '/gezin.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-knop nk-gezin-gegevens',
            'aria-label': `Gegevens van ${family.name}`}, 'Gegevens'));
    }
    tr.appendChild(action);
    return tr;
}

async function load(reset) {
    const tbody = document.querySelector('#gezinnen tbody');
    const melding = document.getElementById('melding');
    if (reset) {
        after = null;
    }
    try {
        const data = await run('MyFamilies', {text: text, after: after});
        const page = data.families;
        if (reset) {
            tbody.textContent = '';
        }
        for (const edge of page.edges) {
            tbody.appendChild(row(edge.node));
        }
        after = page.pageInfo.endCursor;
        document.getElementById('meer').hidden = !page.pageInfo.hasNextPage;
        document.getElementById('aantal').textContent = page.totalCount === 0
            ? (text ? 'Geen gezinnen gevonden met deze naam.' : 'U heeft nog geen gezinnen.')
            : count(page.totalCount, 'gezin', 'gezinnen');
        showMessage(melding, '', 'info');
    } catch (e) {
        document.getElementById('aantal').textContent = 'Gezinnen';
        showMessage(melding, e.message, 'fout');
    }
}

document.getElementById('zoeken').addEventListener('submit', event => {
    event.preventDefault();
    const value = document.getElementById('zoektekst').value.trim();
    text = value === '' ? null : value;
    load(true);
});
document.getElementById('meer').addEventListener('click', () => load(false));

const viewer = await start();
if (viewer.role !== 'COACH' && viewer.role !== 'PROFESSIONAL') {
    // the municipality and administrators keep no families: their first page is the map
    const first = pagesFor(viewer.role)[0];
    window.location.replace(first ? first.href : '/');
} else {
    coach = viewer.role === 'COACH';
    document.getElementById('nieuw-gezin-regel').hidden = !coach;
    if (viewer.role === 'PROFESSIONAL') {
        document.querySelector('h1').textContent = 'Gezinnen van mijn tenten';
        document.title = 'Gezinnen van mijn tenten · Netwerkkaart';
    }
    await Promise.all([load(true), showUpcomingTents()]);
    ready();
}
