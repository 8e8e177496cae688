/* The HSDS import: upload a file, show the report (errors per record, unmapped terms). */
import {showMessage, GraphQlError, signInAgain} from '../lib/graphql.js';
import {element, csrfToken} from '../lib/layout.js';
import {loadResources} from './kaart.js';
import {loadStale} from './verouderd.js';

/** Dutch for the reasons the HSDS import gives; anything else is shown as the service wrote it. */
export const REASONS = [
    [/^is required$/, () => 'is verplicht'],
    [/^is required: the term the attribute links to$/, () => 'is verplicht: de term waar het attribuut naar verwijst'],
    [/^must be a UUID$/, () => 'moet een UUID zijn'],
    [/^must not be below minimum_age$/, () => 'mag niet lager zijn dan minimum_age'],
    [/^must not be in the future$/, () => 'mag niet in de toekomst liggen'],
    [/^must not be negative$/, () => 'mag niet negatief zijn'],
    [/^must be at most (\d+) characters$/, m => `mag hoogstens ${m[1]} tekens lang zijn`],
    [/^must be an e-mail address$/, () => 'moet een e-mailadres zijn'],
    [/^must be an http\(s\) address$/, () => 'moet een http(s)-adres zijn'],
    [/^must be a phone number$/, () => 'moet een telefoonnummer zijn'],
    [/^must be a number$/, () => 'moet een getal zijn'],
    [/^must be text$/, () => 'moet tekst zijn'],
    [/^must be an object$/, () => 'moet een object zijn'],
    [/^must be a list of objects$/, () => 'moet een lijst van objecten zijn'],
    [/^must be a whole number of years from 0 to 120$/, () => 'moet een geheel aantal jaren van 0 tot 120 zijn'],
    [/^must be a whole number from 0 to 10000$/, () => 'moet een geheel getal van 0 tot 10000 zijn'],
    [/^must be one of active, inactive, defunct, temporarily closed$/, () => 'moet active, inactive, defunct of temporarily closed zijn'],
    [/^appears more than once in this import; the first, (.*), is kept$/, m => `komt vaker voor in deze import; de eerste, ${m[1]}, telt`],
    [/^no taxonomy term maps to a life domain or expertise/, () => 'geen taxonomieterm verwijst naar een leefdomein of expertise (zie netwerkkaart.hsds.taxonomy-mapping)']
];

export function reasonText(reason) {
    for (const [pattern, text] of REASONS) {
        const match = pattern.exec(reason || '');
        if (match) {
            return text(match);
        }
    }
    return reason;
}

export async function importHsds(event) {
    event.preventDefault();
    const melding = document.getElementById('hsds-melding');
    const rapport = document.getElementById('hsds-rapport');
    const input = document.getElementById('hsds-bestand');
    if (!input.files.length) {
        showMessage(melding, 'Kies eerst een bestand.', 'fout');
        return;
    }
    const button = event.target.querySelector('button');
    button.disabled = true;
    rapport.hidden = true;
    showMessage(melding, 'Bezig met importeren…', 'info');
    try {
        const body = new FormData();
        body.append('file', input.files[0]);
        let response;
        try {
            response = await fetch('/hsds/import', {
                method: 'POST',
                credentials: 'same-origin',
                // a multipart post is a form a browser could send cross-site, so it carries the CSRF token
                headers: {'X-XSRF-TOKEN': csrfToken(), 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'},
                body: body
            });
        } catch (e) {
            throw new GraphQlError('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
        }
        if (response.status === 401) {
            signInAgain();
            return;
        }
        if (response.status === 403) {
            throw new GraphQlError('U heeft geen rechten om te importeren.');
        }
        if (response.status === 413) {
            throw new GraphQlError('Het bestand is te groot.');
        }
        const type = response.headers.get('Content-Type') || '';
        if (!type.includes('json')) {
            throw new GraphQlError(`Het importeren lukte niet (status ${response.status}).`);
        }
        const payload = await response.json();
        if (payload.userErrors && payload.userErrors.length) {
            showMessage(melding, ['Het bestand is niet geïmporteerd; er is niets veranderd.',
                ...payload.userErrors.map(error => `${error.field.replace(/^input\./, '')}: ${reasonText(error.message)}`)], 'fout');
            return;
        }
        showReport(payload.report);
        showMessage(melding, payload.report.errors.length
            ? 'Geïmporteerd, behalve de geweigerde records hieronder.' : 'Geïmporteerd.', payload.report.errors.length ? 'info' : 'ok');
        input.value = '';
        await Promise.all([loadResources(), loadStale()]);
    } catch (e) {
        showMessage(melding, e.message, 'fout');
    } finally {
        button.disabled = false;
    }
}

export function showReport(report) {
    document.getElementById('hsds-nieuw').textContent = String(report.created);
    document.getElementById('hsds-bijgewerkt').textContent = String(report.updated);
    document.getElementById('hsds-ongewijzigd').textContent = String(report.unchanged);
    const table = document.getElementById('hsds-fouten');
    const body = table.querySelector('tbody');
    body.textContent = '';
    for (const error of report.errors) {
        const tr = element('tr');
        tr.appendChild(element('td', {}, error.record + (error.hsdsId ? ` (${error.hsdsId})` : '')));
        tr.appendChild(element('td', {}, error.field));
        tr.appendChild(element('td', {}, reasonText(error.reason)));
        body.appendChild(tr);
    }
    table.hidden = report.errors.length === 0;
    const terms = document.getElementById('hsds-termen');
    terms.textContent = '';
    if (report.unmappedTerms.length) {
        terms.appendChild(element('p', {}, 'Termen zonder koppeling (voeg ze toe aan netwerkkaart.hsds.taxonomy-mapping):'));
        const list = element('ul');
        report.unmappedTerms.forEach(term => list.appendChild(element('li', {}, term)));
        terms.appendChild(list);
    }
    document.getElementById('hsds-rapport').hidden = false;
    // what was accepted but does not fit is shown by hsds-aandachtspunten.js
    document.dispatchEvent(new CustomEvent('nk:hsds-rapport', {detail: report}));
}

// --- loading --------------------------------------------------------------------------------------------------
