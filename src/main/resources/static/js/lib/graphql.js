/*
 * The one way the web pages talk to the service: POST /graphql with the session cookie. Failures become a
 * GraphQlError with a Dutch message; mutation user errors are turned into Dutch by userErrorText.
 * JSON posts to /graphql need no CSRF token (see SecurityConfiguration.isApiCall); X-Requested-With makes an
 * expired session answer 401 instead of a redirect or a password dialog, and the page then signs in again.
 * The documents themselves live in /js/documents/*.graphql (checked against the schema by GraphQlDocumentsTest);
 * run(name, variables) loads one by name and sends it.
 */
export class GraphQlError extends Error {
    constructor(message, errors, data) {
        super(message);
        this.name = 'GraphQlError';
        this.errors = errors || [];
        this.data = data || null;
    }
}

const ERROR_TYPES = {
    NOT_FOUND: 'Niet gevonden, of u heeft er geen toegang toe.',
    FORBIDDEN: 'U heeft hiervoor geen rechten.',
    UNAUTHORIZED: 'U bent niet (meer) aangemeld.',
    INTERNAL_ERROR: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    TIMEOUT: 'De server had te veel tijd nodig en is gestopt. Probeer het zo opnieuw.',
    CONFLICT: 'Iemand anders wijzigde dit op hetzelfde moment; er is niets opgeslagen. Laad de pagina opnieuw en probeer het nog eens.'
};

/** Dutch for the rule messages the service's validation uses; anything else falls back to the error code. */
const RULES = [
    [/^must not be blank$/i, () => 'mag niet leeg zijn'],
    [/^must not be null$/i, () => 'is verplicht'],
    [/^must not be below minimumAge$/i, () => 'mag niet lager zijn dan de leeftijd vanaf'],
    [/^must be at most (\d+) characters?$/i, m => `mag hoogstens ${m[1]} tekens lang zijn`],
    [/^size must be between (\d+) and (\d+)$/i, m => `moet tussen ${m[1]} en ${m[2]} tekens lang zijn`],
    [/^must be between (-?\d+) and (-?\d+)$/i, m => `moet tussen ${m[1]} en ${m[2]} liggen`],
    [/^must be greater than or equal to (-?\d+)$/i, m => `moet minstens ${m[1]} zijn`],
    [/^must be less than or equal to (-?\d+)$/i, m => `mag hoogstens ${m[1]} zijn`],
    [/not be in the future/i, () => 'mag niet in de toekomst liggen'],
    [/^must be a UUID|not a valid id|malformed/i, () => 'is geen geldige id'],
    [/^no (.+) with this id$/i, () => 'bestaat niet, of u heeft er geen toegang toe'],
    [/^must sum to 100|sum(s)? to 100/i, () => 'moeten samen 100 zijn'],
    [/another person than|themsel(f|ves)|same person/i, () => 'moet een ander persoon zijn: een relatie is er tussen twee mensen'],
    [/already have a tie/i, () => 'deze twee hebben al een relatie; wijzig of beëindig die'],
    [/must be a household member or in the family's network/i, () => 'hoort niet bij het huishouden of het netwerk van dit gezin'],
    [/is listed more than once/i, () => 'staat er meer dan eens in'],
    [/already ended|already closed/i, () => 'is al beëindigd'],
    [/^must not contain (control|bidirectional formatting) characters/i,
        () => 'bevat een onzichtbaar stuur- of schrijfrichtingsteken; typ de tekst opnieuw']
];

const CODES = {
    INVALID: 'klopt niet',
    NOT_FOUND: 'bestaat niet, of u heeft er geen toegang toe',
    REFERENCED: 'wordt nog gebruikt en kan niet weg',
    CONFLICT: 'bestaat al'
};

function ruleText(message, code) {
    for (const [pattern, text] of RULES) {
        const match = pattern.exec(message || '');
        if (match) {
            return text(match);
        }
    }
    return CODES[code] || 'klopt niet';
}

function errorText(error) {
    const type = error.extensions && error.extensions.classification;
    if (type === 'BAD_REQUEST') {
        const colon = (error.message || '').indexOf(': ');
        if (colon > 0) {
            const field = error.message.substring(0, colon);
            return `Ongeldige invoer bij ${field}: ${ruleText(error.message.substring(colon + 2), 'INVALID')}.`;
        }
        return 'De vraag aan de server is ongeldig.';
    }
    return ERROR_TYPES[type] || 'De server weigerde de vraag.';
}

/**
 * After the session ended: reloading the page asks for it without a session, so the service sends the browser to
 * sign in (the login page, or the identity provider in prod) and back to this page afterwards.
 */
export function signInAgain() {
    window.location.reload();
}

export async function graphql(query, variables) {
    let response;
    try {
        response = await fetch('/graphql', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Requested-With': 'XMLHttpRequest'
            },
            body: JSON.stringify({query: query, variables: variables || {}})
        });
    } catch (e) {
        throw new GraphQlError('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
    }
    if (response.status === 401) {
        signInAgain();
        throw new GraphQlError('Uw sessie is verlopen. Meld u opnieuw aan.');
    }
    if (response.status === 403) {
        throw new GraphQlError('U heeft hiervoor geen rechten.');
    }
    if (response.status === 413) {
        throw new GraphQlError('De invoer is te groot om te versturen.');
    }
    if (response.status === 429) {
        throw new GraphQlError('Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.');
    }
    if (!response.ok) {
        throw new GraphQlError(`Er ging iets mis op de server (status ${response.status}). Probeer het later opnieuw.`);
    }
    const body = await response.json();
    if (body.errors && body.errors.length) {
        const messages = [...new Set(body.errors.map(errorText))];
        throw new GraphQlError(messages.join(' '), body.errors, body.data);
    }
    return body.data;
}

/**
 * One Dutch sentence per user error of a mutation payload. labels maps input paths (input.name) to the words
 * the form uses for the field (Naam).
 */
export function userErrorText(userErrors, labels) {
    return (userErrors || []).map(error => {
        const label = (labels && labels[error.field]) || error.field.replace(/^input\./, '');
        return `${label}: ${ruleText(error.message, error.code)}.`;
    });
}

/** Shows a message in a page's message area; kind is 'fout', 'ok' or 'info'. */
export function showMessage(element, text, kind) {
    element.textContent = '';
    const lines = Array.isArray(text) ? text : [text];
    for (const line of lines) {
        const p = document.createElement('p');
        p.textContent = line;
        element.appendChild(p);
    }
    // only the kind changes: other classes (such as the one a page finds the element by) stay
    element.classList.remove('nk-melding-ok', 'nk-melding-fout', 'nk-melding-info');
    element.classList.add('nk-melding', 'nk-melding-' + (kind || 'info'));
    element.hidden = lines.length === 0 || (lines.length === 1 && !lines[0]);
}

const documents = new Map();

/** The text of /js/documents/<name>.graphql, loaded once per page. */
export function loadDocument(name) {
    if (!documents.has(name)) {
        documents.set(name, fetch(`/js/documents/${name}.graphql`, {credentials: 'same-origin'}).then(response => {
            if (!response.ok) {
                throw new GraphQlError(`De vraag ${name} kon niet worden geladen (status ${response.status}).`);
            }
            return response.text();
        }));
    }
    return documents.get(name);
}

/** Sends the document /js/documents/<name>.graphql with these variables and resolves with its data. */
export async function run(name, variables) {
    return graphql(await loadDocument(name), variables);
}

/** How often a read is tried before its error is shown. */
const READ_ATTEMPTS = 3;

/**
 * Like run, for queries only: asked again after a timeout or a server error, since a busy service can fail a first,
 * cold request and answer the same one a moment later. Mutations are never repeated.
 */
export async function read(name, variables) {
    for (let attempt = 1; ; attempt++) {
        try {
            return await run(name, variables);
        } catch (e) {
            const transient = (e.errors || []).some(error =>
                ['TIMEOUT', 'INTERNAL_ERROR'].includes(error.extensions && error.extensions.classification));
            if (!transient || attempt === READ_ATTEMPTS) {
                throw e;
            }
            await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
        }
    }
}

/**
 * Sends a mutation document and shows its outcome in a message area: the user errors in Dutch (labels maps input
 * paths to the form's words), or success. Resolves with the payload when it had no user errors, otherwise null.
 */
export async function mutate(melding, name, field, input, success, labels) {
    try {
        const data = await run(name, {input: input});
        const payload = data[field];
        if (payload.userErrors && payload.userErrors.length) {
            showMessage(melding, userErrorText(payload.userErrors, labels), 'fout');
            return null;
        }
        if (success) {
            showMessage(melding, success, 'ok');
        }
        return payload;
    } catch (e) {
        showMessage(melding, e.message, 'fout');
        return null;
    }
}
