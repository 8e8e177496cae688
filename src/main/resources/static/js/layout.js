/*
 * The shared layout of every signed-in page: a header with the navigation for the user's role, who is signed in and
 * a logout button. A page calls Netwerkkaart.start(), which resolves with the viewer once the header is in place.
 * Later pages add themselves to PAGES.
 */
(function (nk) {
    'use strict';

    const ROLE_NAMES = {
        COACH: 'gezinscoach',
        PROFESSIONAL: 'beroepskracht',
        MUNICIPALITY: 'gemeente',
        ADMIN: 'beheerder'
    };

    /** The navigation per role; the first page of a role is where the home page sends it. */
    const PAGES = [
        {href: '/gezinnen.html', label: 'Mijn gezinnen', roles: ['COACH']},
        {href: '/gezinnen.html', label: 'Gezinnen van mijn tenten', roles: ['PROFESSIONAL']},
        {href: '/sociale-kaart.html', label: 'Sociale kaart', roles: ['COACH', 'PROFESSIONAL']},
        {href: '/kaart.html', label: 'Sociale kaart en dekking', roles: ['MUNICIPALITY', 'ADMIN']},
        {href: '/graphiql', label: 'GraphiQL', roles: ['MUNICIPALITY', 'ADMIN']}
    ];

    const VIEWER = `query Viewer {
        viewer { userId role professional { id name } }
    }`;

    function pagesFor(role) {
        return PAGES.filter(page => page.roles.includes(role));
    }

    /** The XSRF-TOKEN cookie the service sets; forms post it as _csrf. */
    function csrfToken() {
        const cookie = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
        return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
    }

    function element(tag, attributes, text) {
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
        const brand = element('a', {'class': 'nk-brand', href: '/'}, 'Netwerkkaart');
        bar.appendChild(brand);

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

    /** Puts the header on the page and resolves with the signed-in user. */
    async function start() {
        const main = document.querySelector('main');
        try {
            const data = await nk.graphql(VIEWER);
            document.body.insertBefore(header(data.viewer), document.body.firstChild);
            return data.viewer;
        } catch (e) {
            const message = element('div', {'class': 'nk-melding nk-melding-fout', role: 'alert'}, e.message);
            (main || document.body).prepend(message);
            throw e;
        }
    }

    nk.ROLE_NAMES = ROLE_NAMES;
    nk.pagesFor = pagesFor;
    nk.csrfToken = csrfToken;
    nk.element = element;
    nk.start = start;
})(window.Netwerkkaart = window.Netwerkkaart || {});
