/* The family's members: the list, adding one with their role, editing a person's fields, removing a member. */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, value, clearErrors, showErrors} from '../lib/forms.js';
import {MEMBER_ROLES, label} from '../lib/labels.js';
import {date, language} from '../lib/format.js';

const FIELDS = {
    'input.givenName': 'lid-voornaam',
    'input.familyName': 'lid-achternaam',
    'input.birthDate': 'lid-geboortedatum',
    'input.role': 'lid-rol',
    'input.authority': 'lid-gezag',
    'input.languages': 'lid-talen',
    'input.expectedVersion': 'lid-voornaam'
};

/** A member's full name. */
export function fullName(person) {
    return [person.givenName, person.familyName].filter(Boolean).join(' ');
}

function languages(form) {
    const text = value(form, 'lid-talen');
    return text ? text.split(/[\s,;]+/).filter(Boolean).map(code => code.toLowerCase()) : [];
}

/** Back to adding a new member. */
function reset(form) {
    form.reset();
    clearErrors(form);
    form.querySelector('#lid-id').value = '';
    form.querySelector('#lid-form-titel').textContent = 'Gezinslid toevoegen';
    form.querySelector('#lid-opslaan').textContent = 'Gezinslid toevoegen';
    form.querySelector('#lid-annuleren').hidden = true;
}

function edit(form, member) {
    reset(form);
    const person = member.person;
    form.querySelector('#lid-id').value = person.id;
    form.querySelector('#lid-voornaam').value = person.givenName;
    form.querySelector('#lid-achternaam').value = person.familyName || '';
    form.querySelector('#lid-geboortedatum').value = person.birthDate || '';
    form.querySelector('#lid-rol').value = member.role;
    form.querySelector('#lid-gezag').checked = member.authority;
    form.querySelector('#lid-talen').value = person.languages.join(', ');
    form.querySelector('#lid-form-titel').textContent = `${fullName(person)} wijzigen`;
    form.querySelector('#lid-opslaan').textContent = 'Wijzigingen opslaan';
    form.querySelector('#lid-annuleren').hidden = false;
    form.querySelector('#lid-voornaam').focus();
}

export function wire(page) {
    const form = document.getElementById('lid-form');
    form.querySelector('#lid-annuleren').addEventListener('click', () => reset(form));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const personId = form.querySelector('#lid-id').value;
        const common = {
            givenName: form.querySelector('#lid-voornaam').value.trim(),
            familyName: value(form, 'lid-achternaam'),
            birthDate: value(form, 'lid-geboortedatum'),
            languages: languages(form)
        };
        let payload;
        if (personId) {
            // the person's fields, role and authority in one mutation: the service checks every rule and writes all
            // of it or nothing
            const member = page.family.members.find(m => m.person.id === personId);
            const input = Object.assign({
                familyId: page.family.id,
                personId: personId,
                role: form.querySelector('#lid-rol').value,
                authority: form.querySelector('#lid-gezag').checked,
                expectedVersion: member ? member.person.version : null
            }, common);
            payload = await submit(form, async () => (await run('UpdateFamilyMember', {input})).updateFamilyMember, FIELDS);
        } else {
            const input = Object.assign({
                familyId: page.family.id,
                role: form.querySelector('#lid-rol').value,
                authority: form.querySelector('#lid-gezag').checked
            }, common);
            payload = await submit(form, async () => (await run('AddFamilyMember', {input})).addFamilyMember, FIELDS);
        }
        if (payload) {
            const name = [common.givenName, common.familyName].filter(Boolean).join(' ');
            reset(form);
            await page.reload();
            page.message(personId ? `${name} is gewijzigd.` : `${name} is toegevoegd aan het gezin.`, 'ok');
        }
    });
    document.getElementById('leden').addEventListener('click', async event => {
        const button = event.target.closest('button[data-actie]');
        if (!button) {
            return;
        }
        const member = page.family.members.find(m => m.person.id === button.dataset.persoon);
        if (!member) {
            return;
        }
        if (button.dataset.actie === 'wijzigen') {
            edit(form, member);
            return;
        }
        const name = fullName(member.person);
        if (!window.confirm(`${name} uit het gezin verwijderen?`)) {
            return;
        }
        const item = button.closest('li');
        const payload = await submit(item.querySelector('.nk-acties-form'), async () => (await run('RemoveFamilyMember',
            {input: {familyId: page.family.id, personId: member.person.id}})).removeFamilyMember, {'input.personId': ''});
        if (payload) {
            await page.reload();
            page.message(`${name} is uit het gezin verwijderd.`, 'ok');
        }
    });
}

export function render(family) {
    const list = document.getElementById('leden');
    list.textContent = '';
    if (!family.members.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Nog geen gezinsleden. Voeg ze hieronder toe.'));
    }
    for (const member of family.members) {
        const person = member.person;
        const item = element('li', {'class': 'nk-kaartje', 'data-persoon': person.id});
        item.appendChild(element('strong', {'class': 'nk-lid-naam'}, fullName(person)));
        const facts = [label(MEMBER_ROLES, member.role)];
        if (member.authority) {
            facts.push('met gezag');
        }
        if (person.birthDate) {
            facts.push(`${person.age} jaar (${date(person.birthDate)})`);
        } else {
            facts.push('geboortedatum onbekend');
        }
        if (person.languages.length) {
            facts.push(person.languages.map(language).join(', '));
        }
        item.appendChild(element('p', {'class': 'nk-lid-feiten'}, facts.join(' · ')));
        // a form only to carry the member's own message area next to the buttons
        const actions = element('form', {'class': 'nk-acties-form', 'aria-label': `Acties voor ${fullName(person)}`});
        actions.addEventListener('submit', event => event.preventDefault());
        actions.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair', 'data-actie': 'wijzigen',
            'data-persoon': person.id, 'aria-label': `${fullName(person)} wijzigen`}, 'Wijzigen'));
        actions.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair', 'data-actie': 'verwijderen',
            'data-persoon': person.id, 'aria-label': `${fullName(person)} verwijderen`}, 'Verwijderen'));
        item.appendChild(actions);
        list.appendChild(item);
    }
}
