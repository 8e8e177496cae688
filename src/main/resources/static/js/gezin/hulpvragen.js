/* The family's help questions: the list, writing one, editing it and closing (or reopening) it. */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, checked, clearErrors} from '../lib/forms.js';
import {LIFE_DOMAINS, URGENCY, QUESTION_STATUS, label} from '../lib/labels.js';
import {date} from '../lib/format.js';
import {fullName} from './leden.js';

const FIELDS = {
    'input.text': 'hulpvraag-tekst',
    'input.lifeDomains': 'hulpvraag-domeinen',
    'input.urgency': 'hulpvraag-urgentie',
    'input.aboutPersonId': 'hulpvraag-over',
    'input.status': 'hulpvraag-status',
    'input.expectedVersion': 'hulpvraag-tekst',
    'input.familyId': 'hulpvraag-tekst',
    'input.id': 'hulpvraag-tekst'
};

function options(select, labels) {
    for (const [value, text] of Object.entries(labels)) {
        select.appendChild(element('option', {value: value}, text));
    }
}

function reset(form) {
    form.reset();
    clearErrors(form);
    form.querySelector('#hulpvraag-id').value = '';
    form.querySelector('#hulpvraag-urgentie').value = 'NORMAL';
    form.querySelector('#hulpvraag-status-veld').hidden = true;
    form.querySelector('#hulpvraag-form-titel').textContent = 'Hulpvraag schrijven';
    form.querySelector('#hulpvraag-opslaan').textContent = 'Hulpvraag opslaan';
    form.querySelector('#hulpvraag-annuleren').hidden = true;
}

function edit(form, question) {
    reset(form);
    form.querySelector('#hulpvraag-id').value = question.id;
    form.querySelector('#hulpvraag-tekst').value = question.text;
    for (const box of form.querySelectorAll('#hulpvraag-domeinen input')) {
        box.checked = question.lifeDomains.includes(box.value);
    }
    form.querySelector('#hulpvraag-urgentie').value = question.urgency;
    form.querySelector('#hulpvraag-over').value = question.about ? question.about.id : '';
    form.querySelector('#hulpvraag-status').value = question.status;
    form.querySelector('#hulpvraag-status-veld').hidden = false;
    form.querySelector('#hulpvraag-form-titel').textContent = 'Hulpvraag wijzigen';
    form.querySelector('#hulpvraag-opslaan').textContent = 'Wijzigingen opslaan';
    form.querySelector('#hulpvraag-annuleren').hidden = false;
    form.querySelector('#hulpvraag-tekst').focus();
}

/** The input of updateHelpQuestion for a question as it is, with these changes. */
function updateInput(question, changes) {
    return Object.assign({
        id: question.id,
        text: question.text,
        lifeDomains: question.lifeDomains,
        urgency: question.urgency,
        status: question.status,
        aboutPersonId: question.about ? question.about.id : null,
        expectedVersion: question.version
    }, changes);
}

export function wire(page) {
    const form = document.getElementById('hulpvraag-form');
    const domains = form.querySelector('#hulpvraag-domeinen .nk-keuzes');
    for (const [code, text] of Object.entries(LIFE_DOMAINS)) {
        const id = `hulpvraag-domein-${code}`;
        const choice = element('label', {'for': id});
        choice.appendChild(element('input', {type: 'checkbox', id: id, value: code}));
        choice.appendChild(document.createTextNode(' ' + text));
        domains.appendChild(choice);
    }
    options(form.querySelector('#hulpvraag-urgentie'), URGENCY);
    options(form.querySelector('#hulpvraag-status'), QUESTION_STATUS);
    form.querySelector('#hulpvraag-urgentie').value = 'NORMAL';
    form.querySelector('#hulpvraag-annuleren').addEventListener('click', () => reset(form));

    form.addEventListener('submit', async event => {
        event.preventDefault();
        const id = form.querySelector('#hulpvraag-id').value;
        const fields = {
            text: form.querySelector('#hulpvraag-tekst').value.trim(),
            lifeDomains: checked(form.querySelector('#hulpvraag-domeinen')),
            urgency: form.querySelector('#hulpvraag-urgentie').value,
            aboutPersonId: form.querySelector('#hulpvraag-over').value || null
        };
        let payload;
        if (id) {
            const question = page.family.helpQuestions.find(q => q.id === id);
            const input = updateInput(question, Object.assign(fields, {status: form.querySelector('#hulpvraag-status').value}));
            payload = await submit(form, async () => (await run('UpdateHelpQuestion', {input})).updateHelpQuestion, FIELDS);
        } else {
            const input = Object.assign({familyId: page.family.id}, fields);
            payload = await submit(form, async () => (await run('CreateHelpQuestion', {input})).createHelpQuestion, FIELDS);
        }
        if (payload) {
            reset(form);
            await page.reload();
            page.message(id ? 'De hulpvraag is gewijzigd.' : 'De hulpvraag is vastgelegd.', 'ok');
        }
    });

    document.getElementById('hulpvragen').addEventListener('click', async event => {
        const button = event.target.closest('button[data-actie]');
        if (!button) {
            return;
        }
        const question = page.family.helpQuestions.find(q => q.id === button.dataset.hulpvraag);
        if (!question) {
            return;
        }
        if (button.dataset.actie === 'wijzigen') {
            edit(form, question);
            return;
        }
        const status = button.dataset.actie === 'afsluiten' ? 'CLOSED' : 'OPEN';
        const actions = button.closest('form');
        const payload = await submit(actions, async () => (await run('UpdateHelpQuestion',
            {input: updateInput(question, {status})})).updateHelpQuestion, {});
        if (payload) {
            await page.reload();
            page.message(status === 'CLOSED' ? 'De hulpvraag is afgesloten.' : 'De hulpvraag is heropend.', 'ok');
        }
    });
}

export function render(family) {
    const about = document.getElementById('hulpvraag-over');
    const chosen = about.value;
    about.textContent = '';
    about.appendChild(element('option', {value: ''}, 'het hele gezin'));
    for (const member of family.members) {
        about.appendChild(element('option', {value: member.person.id}, fullName(member.person)));
    }
    about.value = [...about.options].some(option => option.value === chosen) ? chosen : '';

    const list = document.getElementById('hulpvragen');
    list.textContent = '';
    if (!family.helpQuestions.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Nog geen hulpvragen.'));
    }
    for (const question of family.helpQuestions) {
        const item = element('li', {'class': 'nk-kaartje', 'data-hulpvraag': question.id, 'data-status': question.status});
        item.appendChild(element('p', {'class': 'nk-hulpvraag-tekst'}, question.text));
        const meta = element('p', {'class': 'nk-vraag-meta'});
        meta.appendChild(element('span', {'class': `nk-label nk-label-${question.status.toLowerCase()}`}, label(QUESTION_STATUS, question.status)));
        meta.appendChild(element('span', {'class': `nk-label nk-label-urgentie-${question.urgency.toLowerCase()}`}, 'urgentie ' + label(URGENCY, question.urgency)));
        meta.appendChild(element('span', {'class': 'nk-domeinen'}, question.lifeDomains.map(code => label(LIFE_DOMAINS, code)).join(', ')));
        item.appendChild(meta);
        const facts = [`sinds ${date(question.createdAt)}`];
        if (question.about) {
            facts.push(`over ${fullName(question.about)}`);
        }
        if (question.closedAt) {
            facts.push(`afgesloten op ${date(question.closedAt)}`);
        }
        item.appendChild(element('p', {'class': 'nk-zacht'}, facts.join(' · ')));
        const actions = element('form', {'class': 'nk-acties-form', 'aria-label': 'Acties voor deze hulpvraag'});
        actions.addEventListener('submit', event => event.preventDefault());
        actions.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair', 'data-actie': 'wijzigen',
            'data-hulpvraag': question.id}, 'Wijzigen'));
        if (question.status === 'CLOSED') {
            actions.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair', 'data-actie': 'heropenen',
                'data-hulpvraag': question.id}, 'Heropenen'));
        } else {
            actions.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-secundair', 'data-actie': 'afsluiten',
                'data-hulpvraag': question.id}, 'Afsluiten'));
        }
        item.appendChild(actions);
        list.appendChild(item);
    }
}
