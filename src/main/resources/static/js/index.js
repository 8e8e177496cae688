/* The home page sends each role to its first page; a role without pages yet gets a short explanation. */
(function (nk) {
    'use strict';

    document.addEventListener('DOMContentLoaded', async () => {
        const viewer = await nk.start();
        const pages = nk.pagesFor(viewer.role);
        const welkom = document.getElementById('welkom');
        if (pages.length && pages[0].href.endsWith('.html')) {
            window.location.replace(pages[0].href);
            return;
        }
        welkom.textContent = `U bent aangemeld als ${nk.ROLE_NAMES[viewer.role] || viewer.role}. `
            + 'Voor deze rol zijn er nog geen eigen pagina\'s; gebruik het menu hierboven.';
    });
})(window.Netwerkkaart);
