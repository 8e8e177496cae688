/*
 * The shared layout of every signed-in page: a header with the navigation for the user's role, who is signed in and
 * a logout button. A page calls start(), which resolves with the viewer once the header is in place.
 */
import {run} from './graphql.js';
import {ROLE_NAMES} from './labels.js';

/** The navigation per role; the first page of a role is where the home page sends it. */
const PAGES = [
    {href: '/gezinnen.html', label: 'Mijn gezinnen', roles: ['COACH']},
    {href: '/gezinnen.html', label: 'Gezinnen van mijn tenten', roles: ['PROFESSIONAL']},
    {href: '/sociale-kaart.html', label: 'Sociale kaart', roles: ['COACH', 'PROFESSIONAL']},
    {href: '/kaart.html', label: 'Sociale kaart en dekking', roles: ['MUNICIPALITY', 'ADMIN']},
    {href: '/graphiql', label: 'GraphiQL', roles: ['MUNICIPALITY', 'ADMIN']}
];

export function pagesFor(role) {
    return PAGES.filter(page => page.roles.includes(role));
}

/** The XSRF-TOKEN cookie the service sets; forms post it as _csrf. */
export function csrfToken() {
    const cookie = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A new element with these attributes and, when given, this text. */
export function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        node.setAttribute(name, value);
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

function header(viewer) {
    const bar = element('header', {'class': 'nk-header'});
    bar.appendChild(element('a', {'class': 'nk-brand', href: '/'}, 'Netwerkkaart'));

    const nav = element('nav', {'class': 'nk-nav', 'aria-label': 'Hoofdmenu'});
    const here = window.location.pathname;
    for (const page of pagesFor(viewer.role)) {
        const link = element('a', {href: page.href}, page.label);
        if (page.href === here) {
            link.setAttribute('aria-current', 'page');
        }
        nav.appendChild(link);
    }
    bar.appendChild(nav);

    const user = element('div', {'class': 'nk-user'});
    const name = viewer.professional ? viewer.professional.name : viewer.userId;
    user.appendChild(element('span', {'class': 'nk-user-name', id: 'nk-gebruiker'}, name));
    user.appendChild(element('span', {'class': 'nk-user-role', id: 'nk-rol'}, ROLE_NAMES[viewer.role] || viewer.role));
    const logout = element('form', {method: 'post', action: '/logout', 'class': 'nk-logout'});
    const token = element('input', {type: 'hidden', name: '_csrf'});
    logout.appendChild(token);
    logout.appendChild(element('button', {type: 'submit', id: 'nk-afmelden'}, 'Afmelden'));
    // read when sent: the token changes when the user signs in
    logout.addEventListener('submit', () => { token.value = csrfToken(); });
    user.appendChild(logout);
    bar.appendChild(user);
    return bar;
}

let viewerPromise;

/** Puts the header on the page once and resolves with the signed-in user. */
export function start() {
    if (!viewerPromise) {
        viewerPromise = run('Viewer').then(data => {
            document.body.insertBefore(header(data.viewer), document.body.firstChild);
            return data.viewer;
        }, e => {
            const main = document.querySelector('main');
            (main || document.body).prepend(element('div', {'class': 'nk-melding nk-melding-fout', role: 'alert'}, e.message));
            throw e;
        });
    }
    return viewerPromise;
}

/**
 * Marks the page ready for people and tests: sets data-ready on <body> when everything the page loaded first is
 * shown (or an error took its place).
 */
export function ready() {
    if (!document.body.dataset.ready) {
        // when the first view was shown, for anyone measuring (performance.getEntriesByName('nk-ready'))
        performance.mark('nk-ready');
    }
    document.body.dataset.ready = 'true';
}

/**
 * When a page cannot show what it is for (an unknown id, no rights, no id at all): shows only the message, in the
 * page's message area, and a way back; every other part of <main> is hidden, so no loader or dead control stays.
 * Marks the page ready.
 */
export function showFailure(melding, text, back) {
    const main = document.querySelector('main');
    const target = back || {href: '/', label: 'Naar de startpagina'};
    let link = main.querySelector('.nk-terug');
    if (!link) {
        link = element('p', {'class': 'nk-terug'});
        link.appendChild(element('a', {href: target.href}, '← ' + target.label));
        main.prepend(link);
    }
    for (const child of main.children) {
        const heading = child.tagName === 'H1' || child.querySelector('h1');
        child.hidden = !(child === melding || child === link || heading);
        if (heading && child.tagName !== 'H1') {
            // the page's title stays; a control beside it has nothing to act on
            child.querySelectorAll('button, select, input, textarea').forEach(control => { control.hidden = true; });
        }
    }
    melding.textContent = '';
    for (const line of Array.isArray(text) ? text : [text]) {
        melding.appendChild(element('p', {}, line));
    }
    melding.className = 'nk-melding nk-melding-fout';
    melding.hidden = false;
    ready();
}
