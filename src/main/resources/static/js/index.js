/* The home page sends each role to its first page; a role without pages yet gets a short explanation. */
import {start, pagesFor, ready} from './lib/layout.js';
import {ROLE_NAMES, label} from './lib/labels.js';

const viewer = await start();
const pages = pagesFor(viewer.role);
if (pages.length && pages[0].href.endsWith('.html')) {
    window.location.replace(pages[0].href);
} else {
    document.getElementById('welkom').textContent = `U bent aangemeld als ${label(ROLE_NAMES, viewer.role)}. `
        + 'Voor deze rol zijn er nog geen eigen pagina\'s; gebruik het menu hierboven.';
    ready();
}
