/* The signed-in user's families (a coach's own, a professional's through their tent sessions), each linking to its network map. */
(function (nk) {
    'use strict';

    const FAMILIES = `query MyFamilies($text: String, $after: String) {
        families(text: $text, first: 50, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { id name reference area { name } members { role } helpQuestions { status } } }
        }
    }`;

    let text = null;
    let after = null;
    let coach = false;

    function row(family) {
        const tr = document.createElement('tr');
        tr.dataset.gezin = family.id;
        const name = document.createElement('td');
        const link = nk.element('a', {href: '/netwerk.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-gezin-link'}, family.name);
        name.appendChild(link);
        tr.appendChild(name);
        tr.appendChild(nk.element('td', {}, family.reference || '—'));
        tr.appendChild(nk.element('td', {}, family.area ? family.area.name : '—'));
        tr.appendChild(nk.element('td', {'class': 'nk-getal'}, String(family.members.length)));
        const open = family.helpQuestions.filter(question => question.status !== 'CLOSED').length;
        tr.appendChild(nk.element('td', {'class': 'nk-getal'}, String(open)));
        const action = document.createElement('td');
        action.appendChild(nk.element('a', {href: link.getAttribute('href'), 'class': 'nk-knop'}, 'Netwerkkaart'));
        action.appendChild(nk.element('a', {href: '/dossier.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-knop nk-dossier-link'}, 'Dossier'));
        if (coach) {
            action.appendChild(nk.element('a', {href: '/gezin.html?gezin=' + encodeURIComponent(family.id), 'class': 'nk-knop nk-gezin-gegevens'}, 'Gegevens'));
        }
        tr.appendChild(action);
        return tr;
    }

    async function load(reset) {
        const tbody = document.querySelector('#gezinnen tbody');
        const melding = document.getElementById('melding');
        if (reset) {
            after = null;
            tbody.textContent = '';
        }
        try {
            const data = await nk.graphql(FAMILIES, {text: text, after: after});
            const page = data.families;
            for (const edge of page.edges) {
                tbody.appendChild(row(edge.node));
            }
            after = page.pageInfo.endCursor;
            document.getElementById('meer').hidden = !page.pageInfo.hasNextPage;
            document.getElementById('aantal').textContent = page.totalCount === 0
                ? (text ? 'Geen gezinnen gevonden met deze naam.' : 'U heeft nog geen gezinnen.')
                : `${page.totalCount} ${page.totalCount === 1 ? 'gezin' : 'gezinnen'}`;
            nk.showMessage(melding, '', 'info');
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
        }
    }

    document.addEventListener('DOMContentLoaded', async () => {
        const viewer = await nk.start();
        coach = viewer.role === 'COACH';
        if (!coach) {
            document.querySelector('h1').textContent = 'Gezinnen van mijn tenten';
        }
        document.getElementById('nieuw-gezin-regel').hidden = !coach;
        document.getElementById('zoeken').addEventListener('submit', event => {
            event.preventDefault();
            const value = document.getElementById('zoektekst').value.trim();
            text = value === '' ? null : value;
            load(true);
        });
        document.getElementById('meer').addEventListener('click', () => load(false));
        load(true);
    });
})(window.Netwerkkaart);
