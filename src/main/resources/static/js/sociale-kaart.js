/*
 * The sociale kaart for coaches and professionals: community resources, read-only, searched by words, life
 * domain, kern, kind and age (the communityResources query every signed-in role may ask).
 */
import {start, ready, element} from './lib/layout.js';
import {run, showMessage} from './lib/graphql.js';
import {LIFE_DOMAINS, RESOURCE_KINDS, RESOURCE_STATUSES, label} from './lib/labels.js';
import {language} from './lib/format.js';
import {ownKernen} from './lib/kernen.js';

let filter = null;
let after = null;

function options(select, labels) {
    for (const [value, text] of Object.entries(labels)) {
        select.appendChild(element('option', {value: value}, text));
    }
}

function ages(resource) {
    if (resource.minimumAge === null && resource.maximumAge === null) {
        return null;
    }
    if (resource.maximumAge === null) {
        return `vanaf ${resource.minimumAge} jaar`;
    }
    if (resource.minimumAge === null) {
        return `tot en met ${resource.maximumAge} jaar`;
    }
    return `${resource.minimumAge} tot en met ${resource.maximumAge} jaar`;
}

function card(resource) {
    const item = element('li', {'class': 'nk-kaartje nk-voorziening', 'data-voorziening': resource.id});
    item.appendChild(element('h3', {'class': 'nk-voorziening-naam'}, resource.name));
    const meta = element('p', {'class': 'nk-vraag-meta'});
    meta.appendChild(element('span', {'class': 'nk-label'}, label(RESOURCE_KINDS, resource.kind)));
    if (resource.status !== 'ACTIVE') {
        meta.appendChild(element('span', {'class': 'nk-label nk-label-declined'}, label(RESOURCE_STATUSES, resource.status)));
    }
    if (resource.lifeDomains.length) {
        meta.appendChild(element('span', {'class': 'nk-domeinen'}, resource.lifeDomains.map(code => label(LIFE_DOMAINS, code)).join(', ')));
    }
    item.appendChild(meta);
    if (resource.description) {
        item.appendChild(element('p', {}, resource.description));
    }
    const facts = element('dl');
    const add = (term, value, link) => {
        if (!value) {
            return;
        }
        facts.appendChild(element('dt', {}, term));
        const dd = element('dd');
        if (link) {
            dd.appendChild(element('a', {href: link}, value));
        } else {
            dd.textContent = value;
        }
        facts.appendChild(dd);
    };
    add('Aanbieder', resource.organisation && resource.organisation.name);
    add('Waar', [resource.address, resource.location && resource.location.name].filter(Boolean).join(', '));
    add('Voor inwoners van', resource.serves.map(area => area.name).join(', '));
    add('Leeftijd', ages(resource));
    add('Talen', resource.languages.map(language).join(', '));
    add('Kosten', resource.free ? 'gratis' : (resource.costDescription || 'niet gratis'));
    add('Voor wie en aanmelden', resource.eligibilityDescription);
    add('Telefoon', resource.phone, resource.phone ? 'tel:' + resource.phone.replace(/[^+\d]/g, '') : null);
    add('E-mail', resource.email, resource.email ? 'mailto:' + resource.email : null);
    add('Website', resource.website, /^https?:\/\//.test(resource.website || '') ? resource.website : null);
    item.appendChild(facts);
    return item;
}

async function load(reset) {
    const list = document.getElementById('voorzieningen');
    const count = document.getElementById('kaart-aantal');
    if (reset) {
        after = null;
        list.textContent = '';
        count.textContent = 'Voorzieningen worden gezocht…';
    }
    try {
        const data = await run('SocialeKaart', {filter, after});
        const page = data.communityResources;
        for (const edge of page.edges) {
            list.appendChild(card(edge.node));
        }
        after = page.pageInfo.endCursor;
        document.getElementById('kaart-meer').hidden = !page.pageInfo.hasNextPage;
        count.textContent = page.totalCount === 0 ? 'Geen voorzieningen gevonden. Probeer minder of andere filters.'
            : `${page.totalCount} ${page.totalCount === 1 ? 'voorziening' : 'voorzieningen'}`;
        showMessage(document.getElementById('melding'), '', 'info');
    } catch (e) {
        count.textContent = '';
        showMessage(document.getElementById('melding'), e.message, 'fout');
    }
}

function readFilter() {
    const text = document.getElementById('kaart-tekst').value.trim();
    const domain = document.getElementById('kaart-domein').value;
    const kern = document.getElementById('kaart-kern').value;
    const kind = document.getElementById('kaart-soort').value;
    const age = document.getElementById('kaart-leeftijd').value.trim();
    const result = {};
    if (text) {
        result.text = text;
    }
    if (domain) {
        result.lifeDomains = [domain];
    }
    if (kern) {
        result.areaIds = [kern];
    }
    if (kind) {
        result.kinds = [kind];
    }
    if (age !== '' && Number.isInteger(Number(age))) {
        result.age = Number(age);
    }
    return Object.keys(result).length ? result : null;
}

async function main() {
    try {
        await start();
    } catch (e) {
        ready();
        return;
    }
    options(document.getElementById('kaart-domein'), LIFE_DOMAINS);
    options(document.getElementById('kaart-soort'), RESOURCE_KINDS);
    document.getElementById('kaart-zoeken').addEventListener('submit', event => {
        event.preventDefault();
        filter = readFilter();
        load(true);
    });
    document.getElementById('kaart-meer').addEventListener('click', () => load(false));
    const kernen = ownKernen().then(list => {
        const select = document.getElementById('kaart-kern');
        for (const kern of list) {
            select.appendChild(element('option', {value: kern.id}, kern.name));
        }
    }, () => {});
    await Promise.all([kernen, load(true)]);
    ready();
}

main();
