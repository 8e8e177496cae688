/*
 * Forms that write through a mutation: the payload's user errors go next to the control each names (a paragraph
 * linked by aria-describedby, the control marked aria-invalid), errors naming no control of the form go to the
 * form's own message area. Nothing is written when the API reports user errors, so a form only has to show them.
 */
import {element} from './layout.js';
import {userErrorText, showMessage, GraphQlError} from './graphql.js';

/**
 * Dutch for rule messages that lib/graphql.js does not know yet (the consent age rules, dates in the past, members
 * of another family, ...). Each returns the Dutch text for the message, or nothing.
 */
const MORE_RULES = [
    [/^must not be in the past$/i, () => 'mag niet in het verleden liggen'],
    [/^must not be more than (\d+) years? (ago|ahead)/i, m => m[2] === 'ago' ? `mag niet meer dan ${m[1]} jaar geleden zijn` : `mag niet meer dan ${m[1]} jaar vooruit liggen`],
    [/^must not be more than (.+) ahead/i, () => 'ligt te ver vooruit'],
    [/^must be a member of (this|the) family/i, () => 'is geen lid van dit gezin'],
    [/^a CHILD cannot have parental authority/i, () => 'een kind kan geen gezag hebben; alleen een ouder of ander gezinslid'],
    [/^must be a kern or wijk/i, () => 'kies een kern of wijk, niet de hele gemeente'],
    [/^must be yourself/i, () => 'u registreert alleen gezinnen die u zelf coacht'],
    [/^was changed by someone else|^someone else changed this/i, () => 'is intussen door iemand anders gewijzigd; laad de pagina opnieuw'],
    [/^was already revoked/i, () => 'is al ingetrokken'],
    [/^the session has not taken place yet/i, () => 'de tent is nog niet geweest; leg aanwezigheid vast op of na de dag zelf'],
    [/^the session was cancelled/i, () => 'de tent is afgelast'],
    [/^(.+) \((\d+)\) is under (\d+), so a parent with authority must give consent/i,
        m => `${m[1]} is ${m[2]}: onder de ${m[3]} geeft een ouder met gezag toestemming`],
    [/^(.+) \((\d+)\) must give consent too, together with a parent with authority/i,
        m => `${m[1]} is ${m[2]} en moet zelf ook toestemming geven, samen met een ouder met gezag`],
    [/^A parent with authority must give consent too, together with (.+) \((\d+)\)/i,
        m => `een ouder met gezag moet ook toestemming geven, samen met ${m[1]} (${m[2]})`],
    [/^(.+) \((\d+)\) must give consent personally/i,
        m => `${m[1]} is ${m[2]} en moet zelf toestemming geven: vanaf 16 beslist een jongere alleen en is toestemming van een ouder niet genoeg`],
    [/^(.+) has no birth date, so who must consent cannot be decided/i,
        m => `van ${m[1]} is de geboortedatum niet bekend, dus kan niet worden bepaald wie toestemming geeft; vul die eerst in`],
    [/^A family without children needs consent from an adult member/i,
        () => 'een gezin zonder kinderen heeft toestemming nodig van een volwassen gezinslid (18 jaar of ouder, met geboortedatum)'],
    [/^is a household member/i, () => 'is een gezinslid'],
    [/help questions of this family are about this person/i,
        () => 'een hulpvraag gaat over deze persoon; wijs die hulpvraag iemand anders toe of verwijder hem eerst'],
    [/active consents of this family were given by this person/i,
        () => 'deze persoon gaf een geldige toestemming; trek die eerst in (en leg zo nodig een nieuwe vast)'],
    [/is already invited/i, () => 'is al uitgenodigd'],
    [/is the session's director/i, () => 'is de regisseur van deze tent'],
    [/was not invited to this session/i, () => 'was niet uitgenodigd voor deze tent'],
    [/must be one of the attended professionals/i, () => 'moet een van de aanwezige beroepskrachten zijn'],
    [/the session is (\w+), not planned/i, () => 'de tent is niet meer gepland'],
    [/must not be before/i, () => 'mag niet voor de datum van de tent liggen']
];

/** One Dutch sentence for a user error: "Label: wat er mis is." */
export function errorSentence(error, label) {
    for (const [pattern, text] of MORE_RULES) {
        const match = pattern.exec(error.message || '');
        if (match) {
            return `${label}: ${text(match)}.`;
        }
    }
    return userErrorText([error], {[error.field]: label})[0];
}

/** Takes every field error off the form. */
export function clearErrors(form) {
    for (const node of form.querySelectorAll('.nk-veldfout')) {
        const owner = form.querySelector(`[aria-describedby~="${node.id}"]`);
        if (owner) {
            const rest = owner.getAttribute('aria-describedby').split(' ').filter(id => id && id !== node.id);
            if (rest.length) {
                owner.setAttribute('aria-describedby', rest.join(' '));
            } else {
                owner.removeAttribute('aria-describedby');
            }
        }
        node.remove();
    }
    for (const node of form.querySelectorAll('[aria-invalid]')) {
        node.removeAttribute('aria-invalid');
    }
    const message = form.querySelector('.nk-formulier-melding');
    if (message) {
        showMessage(message, '', 'info');
    }
}

/** The control (or fieldset) of the form an API field path names: fields maps paths to element ids. */
function controlFor(form, fields, path) {
    let id = fields[path];
    if (!id && typeof fields['*'] === 'function') {
        id = fields['*'](path);
    }
    if (!id) {
        // input.givenByPersonIds[1] → input.givenByPersonIds; input.scores[2].score → input.scores[].score
        id = fields[path.replace(/\[\d+\]$/, '')] || fields[path.replace(/\[\d+\]/g, '[]')];
    }
    return id ? form.querySelector('#' + CSS.escape(id)) : null;
}

/** The words a form uses for its control: its label, or its fieldset's legend. */
function labelOf(form, control, path) {
    if (control.tagName === 'FIELDSET') {
        const legend = control.querySelector('legend');
        return legend ? legend.textContent.trim() : path;
    }
    if (control.dataset.label) {
        return control.dataset.label;
    }
    const label = form.querySelector(`label[for="${control.id}"]`);
    return label ? label.textContent.replace(/\s*\(.*\)\s*$/, '').trim() : path.replace(/^input\./, '');
}

/**
 * Shows the user errors on the form. fields maps API paths (input.name) to control ids; a path with a list index
 * also finds the list's control. Returns the number of errors shown.
 */
export function showErrors(form, userErrors, fields) {
    clearErrors(form);
    const general = [];
    let first = null;
    const byControl = new Map();
    for (const error of userErrors) {
        const control = controlFor(form, fields || {}, error.field);
        if (!control) {
            general.push(errorSentence(error, error.field.replace(/^input\./, '')));
            continue;
        }
        if (!byControl.has(control)) {
            byControl.set(control, []);
        }
        byControl.get(control).push(errorSentence(error, labelOf(form, control, error.field)));
    }
    for (const [control, lines] of byControl) {
        const id = control.id + '-fout';
        const note = element('p', {'class': 'nk-veldfout', id: id});
        note.textContent = [...new Set(lines)].join(' ');
        control.insertAdjacentElement(control.tagName === 'FIELDSET' ? 'beforeend' : 'afterend', note);
        const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        control.setAttribute('aria-describedby', [...described, id].join(' '));
        if (control.tagName === 'FIELDSET') {
            control.querySelectorAll('input, select, textarea').forEach(input => input.setAttribute('aria-invalid', 'true'));
        } else {
            control.setAttribute('aria-invalid', 'true');
        }
        first = first || (control.tagName === 'FIELDSET' ? control.querySelector('input, select, textarea') : control);
    }
    const message = formMessage(form);
    if (general.length) {
        showMessage(message, general, 'fout');
    } else if (byControl.size) {
        showMessage(message, 'Er is niets opgeslagen: verbeter de gemarkeerde velden.', 'fout');
    }
    if (first) {
        first.focus();
    }
    return userErrors.length;
}

/** The form's own message area (made once, at the end of the form). */
export function formMessage(form) {
    let message = form.querySelector('.nk-formulier-melding');
    if (!message) {
        message = element('div', {'class': 'nk-melding nk-formulier-melding', role: 'alert', hidden: ''});
        form.appendChild(message);
    }
    return message;
}

/**
 * Sends a mutation document for the form: clears old errors, disables the submit button while it runs, shows the
 * user errors or the failure; resolves with the payload on success, null otherwise.
 */
export async function submit(form, send, fields) {
    clearErrors(form);
    const buttons = form.querySelectorAll('button[type=submit]');
    buttons.forEach(button => { button.disabled = true; });
    try {
        const payload = await send();
        if (payload.userErrors && payload.userErrors.length) {
            showErrors(form, payload.userErrors, fields);
            return null;
        }
        return payload;
    } catch (e) {
        showMessage(formMessage(form), e instanceof GraphQlError ? e.message : 'Er ging iets mis: ' + e.message, 'fout');
        return null;
    } finally {
        buttons.forEach(button => { button.disabled = false; });
    }
}

/** The trimmed value of a control, or null when empty. */
export function value(form, id) {
    const control = form.querySelector('#' + CSS.escape(id));
    const text = control.value.trim();
    return text === '' ? null : text;
}

/** The values of the checked boxes inside a container. */
export function checked(container) {
    return [...container.querySelectorAll('input[type=checkbox]:checked')].map(box => box.value);
}

/** A labelled control in a wrapper: {wrapper, control}. kind is input, select or textarea. */
export function labelled(kind, id, text, attributes) {
    const wrapper = element('div', {'class': 'nk-veld'});
    wrapper.appendChild(element('label', {'for': id}, text));
    const control = element(kind, Object.assign({id: id, name: id}, attributes || {}));
    wrapper.appendChild(control);
    return {wrapper, control};
}

/** A fieldset of checkboxes (or radios), one per entry of labels. */
export function choices(id, legend, labels, type, name) {
    const set = element('fieldset', {id: id, 'class': 'nk-keuzelijst'});
    set.appendChild(element('legend', {}, legend));
    const box = element('div', {'class': 'nk-keuzes'});
    for (const [value, text] of Object.entries(labels)) {
        const choiceId = `${id}-${value}`;
        const label = element('label', {'for': choiceId});
        const input = element('input', {type: type || 'checkbox', id: choiceId, name: name || id, value: value});
        label.appendChild(input);
        label.appendChild(document.createTextNode(' ' + text));
        box.appendChild(label);
    }
    set.appendChild(box);
    return set;
}
