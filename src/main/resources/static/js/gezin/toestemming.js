/*
 * The family's consent: what it covers today, every consent given (revoked and expired ones too), recording a new
 * one with the Dutch age rules spelled out for this family's children, and revoking one.
 */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, value, checked, clearErrors} from '../lib/forms.js';
import {CONSENT_SCOPES, label} from '../lib/labels.js';
import {date, dateTime, isoDay} from '../lib/format.js';
import {fullName} from './leden.js';

const FIELDS = {
    'input.givenByPersonIds': 'toestemming-gevers',
    'input.scopes': 'toestemming-scopes',
    'input.validUntil': 'toestemming-tot',
    'input.note': 'toestemming-notitie',
    'input.familyId': 'toestemming-gevers'
};

/** Who must consent for one child, in words, after the rules of ConsentRules. */
function ruleFor(child) {
    const name = fullName(child.person);
    if (child.person.age === null || child.person.age === undefined) {
        return `${name}: geboortedatum onbekend; vul die eerst in, anders kan er geen toestemming worden vastgelegd.`;
    }
    const age = child.person.age;
    if (age < 12) {
        return `${name} (${age}): een ouder met gezag geeft toestemming.`;
    }
    if (age < 16) {
        return `${name} (${age}): ${child.person.givenName} zelf én een ouder met gezag.`;
    }
    return `${name} (${age}): ${child.person.givenName} zelf; een ouder kan dat niet vervangen.`;
}

export function wire(page) {
    const form = document.getElementById('toestemming-form');
    const scopes = form.querySelector('#toestemming-scopes .nk-keuzes');
    for (const [scope, text] of Object.entries(CONSENT_SCOPES)) {
        const id = `toestemming-scope-${scope}`;
        const choice = element('label', {'for': id});
        choice.appendChild(element('input', {type: 'checkbox', id: id, value: scope}));
        choice.appendChild(document.createTextNode(' ' + text));
        scopes.appendChild(choice);
    }
    form.querySelector('#toestemming-tot').min = isoDay();
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const input = {
            familyId: page.family.id,
            givenByPersonIds: checked(form.querySelector('#toestemming-gevers')),
            scopes: checked(form.querySelector('#toestemming-scopes')),
            validUntil: value(form, 'toestemming-tot'),
            note: value(form, 'toestemming-notitie')
        };
        const payload = await submit(form, async () => (await run('RecordConsent', {input})).recordConsent, FIELDS);
        if (payload) {
            form.reset();
            await page.reload();
            page.message('De toestemming is vastgelegd.', 'ok');
        }
    });

    const revoke = document.getElementById('intrekken-form');
    revoke.querySelector('#intrekken-annuleren').addEventListener('click', () => {
        revoke.hidden = true;
        clearErrors(revoke);
    });
    revoke.addEventListener('submit', async event => {
        event.preventDefault();
        const input = {consentId: revoke.querySelector('#intrekken-id').value, reason: value(revoke, 'intrekken-reden')};
        const payload = await submit(revoke, async () => (await run('RevokeConsent', {input})).revokeConsent,
            {'input.reason': 'intrekken-reden', 'input.consentId': 'intrekken-reden'});
        if (payload) {
            revoke.reset();
            revoke.hidden = true;
            await page.reload();
            page.message('De toestemming is ingetrokken.', 'ok');
        }
    });
    document.getElementById('toestemmingen').addEventListener('click', event => {
        const button = event.target.closest('button[data-toestemming]');
        if (button) {
            revoke.querySelector('#intrekken-id').value = button.dataset.toestemming;
            revoke.querySelector('#intrekken-titel').textContent = `Toestemming van ${button.dataset.datum} intrekken`;
            revoke.hidden = false;
            revoke.querySelector('#intrekken-reden').focus();
        }
    });
}

function coverage(status) {
    const covered = [];
    if (status.shareWithTent) {
        covered.push(CONSENT_SCOPES.SHARE_WITH_TENT);
    }
    if (status.shareNetworkMap) {
        covered.push(CONSENT_SCOPES.SHARE_NETWORK_MAP);
    }
    if (status.anonymousStatistics) {
        covered.push(CONSENT_SCOPES.ANONYMOUS_STATISTICS);
    }
    return covered.length
        ? `De toestemming dekt nu: ${covered.join('; ')}.`
        : 'Er is nu geen geldige toestemming: er wordt niets gedeeld met de tent en niets meegeteld in de cijfers.';
}

export function render(family) {
    document.getElementById('toestemming-nu').textContent = coverage(family.currentConsent);

    const givers = document.querySelector('#toestemming-gevers .nk-keuzes');
    const wasChecked = new Set(checked(givers));
    givers.textContent = '';
    for (const member of family.members) {
        const id = `toestemming-gever-${member.person.id}`;
        const choice = element('label', {'for': id});
        const box = element('input', {type: 'checkbox', id: id, value: member.person.id});
        box.checked = wasChecked.has(member.person.id);
        choice.appendChild(box);
        const age = member.person.age === null || member.person.age === undefined ? '' : `, ${member.person.age}`;
        choice.appendChild(document.createTextNode(` ${fullName(member.person)} (${member.role === 'CHILD' ? 'kind' : member.authority ? 'met gezag' : 'zonder gezag'}${age})`));
        givers.appendChild(choice);
    }
    if (!family.members.length) {
        givers.appendChild(element('p', {'class': 'nk-leeg'}, 'Voeg eerst de gezinsleden toe.'));
    }

    const children = family.members.filter(member => member.role === 'CHILD');
    const rules = document.getElementById('toestemming-kinderen');
    rules.textContent = '';
    if (children.length) {
        rules.appendChild(element('li', {'class': 'nk-zacht'}, 'Voor dit gezin betekent dat:'));
    }
    for (const child of children) {
        rules.appendChild(element('li', {}, ruleFor(child)));
    }

    const list = document.getElementById('toestemmingen');
    list.textContent = '';
    if (!family.consents.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Nog geen toestemming vastgelegd.'));
    }
    for (const consent of family.consents) {
        const item = element('li', {'class': 'nk-kaartje', 'data-toestemming': consent.id, 'data-actief': String(consent.active)});
        item.appendChild(element('strong', {}, consent.scopes.map(scope => label(CONSENT_SCOPES, scope)).join('; ')));
        const facts = [`gegeven op ${date(consent.givenAt)}`];
        if (consent.givenBy.length) {
            facts.push('door ' + consent.givenBy.map(fullName).join(' en '));
        }
        facts.push(consent.validUntil ? `geldig tot en met ${date(consent.validUntil)}` : 'geldig tot intrekken');
        item.appendChild(element('p', {}, facts.join(' · ')));
        if (consent.note) {
            item.appendChild(element('p', {'class': 'nk-zacht'}, consent.note));
        }
        if (consent.revokedAt) {
            item.appendChild(element('p', {'class': 'nk-label nk-label-declined'},
                `ingetrokken op ${dateTime(consent.revokedAt)}${consent.revocationReason ? ': ' + consent.revocationReason : ''}`));
        } else if (!consent.active) {
            item.appendChild(element('p', {'class': 'nk-label'}, 'verlopen'));
        } else {
            item.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair nk-intrekken',
                'data-toestemming': consent.id, 'data-datum': date(consent.givenAt)}, 'Intrekken'));
        }
        list.appendChild(item);
    }
}
