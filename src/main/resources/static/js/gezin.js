/*
 * The coach's family page: gezin.html?gezin=<id> edits a family, its members, consent, help questions, ZRM
 * assessments and tent sessions; gezin.html without an id creates a new family. Each concern is a module under
 * js/gezin/ with render(family, page) and, once, wire(page); this module loads the family and re-renders them all
 * after every change.
 */
import {start, ready} from './lib/layout.js';
import {run, showMessage} from './lib/graphql.js';
import * as details from './gezin/gegevens.js';
import * as members from './gezin/leden.js';
import * as consent from './gezin/toestemming.js';
import * as questions from './gezin/hulpvragen.js';
import * as zrm from './gezin/zrm.js';
import * as tents from './gezin/tenten.js';

const SECTIONS = [members, consent, questions, zrm, tents];

const page = {
    familyId: new URLSearchParams(window.location.search).get('gezin'),
    viewer: null,
    family: null,
    /** Shows a message at the top of the page; kind is 'ok', 'fout' or 'info'. */
    message(text, kind) {
        showMessage(document.getElementById('melding'), text, kind);
    },
    /** Loads the family again and shows it everywhere; resolves with the family. */
    async reload() {
        try {
            const data = await run('GezinPagina', {id: page.familyId});
            page.family = data.family;
            show();
        } catch (e) {
            page.message('De gegevens konden niet opnieuw geladen worden: ' + e.message, 'fout');
        }
        return page.family;
    }
};

function show() {
    const family = page.family;
    document.title = `${family.name} · Netwerkkaart`;
    document.getElementById('titel').textContent = family.name;
    const id = encodeURIComponent(family.id);
    document.getElementById('netwerk-link').href = `/netwerk.html?gezin=${id}`;
    document.getElementById('dossier-link').href = `/dossier.html?gezin=${id}`;
    document.getElementById('gezin-links').hidden = false;
    details.render(family, page);
    for (const section of SECTIONS) {
        section.render(family, page);
    }
    for (const section of document.querySelectorAll('.nk-sectie')) {
        section.hidden = false;
    }
}

/** A refused or unknown family: only the message and the way back. */
function refuse(message) {
    document.getElementById('laden').hidden = true;
    page.message(message, 'fout');
    for (const section of document.querySelectorAll('.nk-sectie')) {
        section.hidden = true;
    }
}

async function main() {
    // the header, the kernen, the family and its ZRM trend do not wait for each other: ask for all at once
    const viewer = start();
    const kernen = details.wire(page);
    const family = page.familyId ? run('GezinPagina', {id: page.familyId}) : Promise.resolve(null);
    const trend = page.familyId ? zrm.loadTrend(page) : Promise.resolve();
    // a refusal below must not leave the others' failures unhandled
    [kernen, family].forEach(promise => promise.catch(() => {}));
    try {
        page.viewer = await viewer;
    } catch (e) {
        document.getElementById('laden').hidden = true;
        ready();
        return;
    }
    try {
        if (page.viewer.role !== 'COACH') {
            refuse('Alleen de gezinscoach legt een gezin vast en wijzigt het.');
            return;
        }
        if (!page.familyId) {
            document.getElementById('titel').textContent = 'Nieuw gezin';
            document.title = 'Nieuw gezin · Netwerkkaart';
            await kernen;
            document.getElementById('gegevens-sectie').hidden = false;
            document.getElementById('laden').hidden = true;
            return;
        }
        for (const section of SECTIONS) {
            section.wire(page);
        }
        const [data] = await Promise.all([family, kernen, trend]);
        page.family = data.family;
        document.getElementById('laden').hidden = true;
        if (!page.family) {
            refuse('Dit gezin bestaat niet, of u heeft er geen toegang toe.');
            return;
        }
        show();
    } catch (e) {
        refuse(e.message);
    } finally {
        ready();
    }
}

main();
