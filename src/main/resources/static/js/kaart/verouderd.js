/* The resources nobody checked in the last 12 months. */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {date} from '../lib/format.js';

export async function loadStale() {
    const list = document.getElementById('verouderd');
    const data = await run('MapStale');
    list.textContent = '';
    for (const {node} of data.staleResources.edges) {
        const item = element('li', {'data-voorziening': node.name});
        item.appendChild(element('a', {href: '/voorziening.html?id=' + encodeURIComponent(node.id)}, node.name));
        item.appendChild(document.createTextNode(
            (node.location ? ` (${node.location.name})` : '')
            + (node.lastVerifiedAt ? ` · laatst gecontroleerd ${date(node.lastVerifiedAt)}` : ' · nooit gecontroleerd')));
        list.appendChild(item);
    }
    if (data.staleResources.totalCount === 0) {
        list.appendChild(element('li', {}, 'Alle voorzieningen zijn in de afgelopen 12 maanden gecontroleerd.'));
    } else if (data.staleResources.totalCount > data.staleResources.edges.length) {
        list.appendChild(element('li', {}, `… en nog ${data.staleResources.totalCount - data.staleResources.edges.length} meer.`));
    }
}
