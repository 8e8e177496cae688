/*
 * The family's tent sessions: planning one for its help questions, inviting participants (the service's suggested
 * participants one click away), and afterwards recording who came and what was agreed. The ladder, the search and
 * the matches are on the tent page itself (tent.html?sessie=).
 */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, value, checked} from '../lib/forms.js';
import {LIFE_DOMAINS, SESSION_STATUS, PARTICIPATION, label} from '../lib/labels.js';
import {date, isoDay} from '../lib/format.js';
import {fullName} from './leden.js';

const SCHEDULE_FIELDS = {
    'input.date': 'tent-datum',
    'input.location': 'tent-plaats',
    'input.helpQuestionIds': 'tent-hulpvragen',
    'input.presentMemberIds': 'tent-aanwezig',
    'input.familyId': 'tent-plaats'
};

function checkbox(container, id, value, text, isChecked) {
    const choice = element('label', {'for': id});
    const box = element('input', {type: 'checkbox', id: id, value: value});
    box.checked = Boolean(isChecked);
    choice.appendChild(box);
    choice.appendChild(document.createTextNode(' ' + text));
    container.appendChild(choice);
    return box;
}

export function wire(page) {
    const form = document.getElementById('tent-form');
    form.querySelector('#tent-datum').value = isoDay();
    form.querySelector('#tent-datum').min = isoDay();
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const input = {
            familyId: page.family.id,
            date: value(form, 'tent-datum') || '',
            location: form.querySelector('#tent-plaats').value.trim(),
            helpQuestionIds: checked(form.querySelector('#tent-hulpvragen')),
            presentMemberIds: checked(form.querySelector('#tent-aanwezig'))
        };
        const payload = await submit(form, async () => (await run('ScheduleTentSession', {input})).scheduleTentSession, SCHEDULE_FIELDS);
        if (payload) {
            form.querySelector('#tent-plaats').value = '';
            await page.reload();
            page.message(`De tent van ${date(input.date)} is gepland. Nodig nu de deelnemers uit.`, 'ok');
            const invite = document.querySelector(`[data-sessie="${payload.tentSession.id}"] .nk-uitnodigen`);
            if (invite) {
                invite.open = true;
                loadSuggestions(page, invite);
            }
        }
    });

    const list = document.getElementById('tenten');
    list.addEventListener('toggle', event => {
        if (event.target.matches('.nk-uitnodigen') && event.target.open && !event.target.dataset.geladen) {
            loadSuggestions(page, event.target);
        }
    }, true);
    list.addEventListener('click', async event => {
        const button = event.target.closest('button[data-uitnodigen]');
        if (button) {
            const box = button.closest('.nk-uitnodigen');
            const ids = button.dataset.uitnodigen.split(',').filter(Boolean);
            await invite(page, box, ids);
            return;
        }
        const add = event.target.closest('button.nk-afspraak-erbij');
        if (add) {
            addAgreementRow(add.closest('form'));
        }
    });
    list.addEventListener('submit', async event => {
        event.preventDefault();
        if (event.target.matches('.nk-verslag-form')) {
            await recordAttendance(page, event.target);
        } else if (event.target.matches('.nk-afzeggen-form')) {
            await cancel(page, event.target);
        } else if (event.target.matches('.nk-wijzigen-form')) {
            await update(page, event.target);
        }
    });
}

async function invite(page, box, professionalIds) {
    const form = box.querySelector('form');
    const sessionId = box.closest('[data-sessie]').dataset.sessie;
    const payload = await submit(form, async () => (await run('InviteTentParticipants',
        {input: {tentSessionId: sessionId, professionalIds}})).inviteTentParticipants, {});
    if (payload) {
        await page.reload();
        page.message(professionalIds.length === 1 ? 'De deelnemer is uitgenodigd.' : `${professionalIds.length} deelnemers zijn uitgenodigd.`, 'ok');
        const again = document.querySelector(`[data-sessie="${sessionId}"] .nk-uitnodigen`);
        if (again) {
            again.open = true;
            loadSuggestions(page, again);
        }
    }
}

/** The suggested participants of a planned session, those not yet invited each one click away. */
async function loadSuggestions(page, box) {
    box.dataset.geladen = 'ja';
    const sessionId = box.closest('[data-sessie]').dataset.sessie;
    const session = page.family.tentSessions.find(s => s.id === sessionId);
    const form = box.querySelector('form');
    const list = form.querySelector('.nk-voorstellen-lijst');
    list.textContent = '';
    list.appendChild(element('li', {'class': 'nk-leeg'}, 'Voorgestelde deelnemers worden geladen…'));
    let result;
    try {
        result = (await run('SuggestTentParticipants', {ids: session.helpQuestions.map(q => q.id)})).suggestTentParticipants;
    } catch (e) {
        list.textContent = '';
        list.appendChild(element('li', {'class': 'nk-melding nk-melding-fout'}, 'De voorgestelde deelnemers konden niet geladen worden: ' + e.message));
        return;
    }
    const invited = new Set(session.participants.map(p => p.professionalId));
    list.textContent = '';
    const open = result.suggestions.filter(s => !invited.has(s.professional.id));
    for (const suggestion of result.suggestions) {
        const professional = suggestion.professional;
        const item = element('li', {'class': 'nk-optie nk-voorgesteld', 'data-beroepskracht': professional.id});
        const head = element('div', {'class': 'nk-optie-kop'});
        head.appendChild(element('strong', {'class': 'nk-voorgesteld-naam'}, professional.name));
        if (professional.organisation) {
            head.appendChild(element('span', {'class': 'nk-optie-meta'}, professional.organisation.name));
        }
        item.appendChild(head);
        if (suggestion.coveredLifeDomains.length) {
            item.appendChild(element('p', {'class': 'nk-domeinen'}, suggestion.coveredLifeDomains.map(code => label(LIFE_DOMAINS, code)).join(', ')));
        }
        const reasons = element('ul', {'class': 'nk-redenen'});
        for (const reason of suggestion.reasons) {
            reasons.appendChild(element('li', {}, reason));
        }
        item.appendChild(reasons);
        if (invited.has(professional.id)) {
            item.appendChild(element('span', {'class': 'nk-label nk-label-invited'}, 'uitgenodigd'));
        } else {
            item.appendChild(element('button', {type: 'button', 'class': 'nk-klein nk-uitnodigen-een', 'data-uitnodigen': professional.id,
                'aria-label': `${professional.name} uitnodigen`}, 'Uitnodigen'));
        }
        list.appendChild(item);
    }
    if (!result.suggestions.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Er zijn geen voorstellen voor deze hulpvragen.'));
    }
    const all = form.querySelector('.nk-alle-uitnodigen');
    all.dataset.uitnodigen = open.map(s => s.professional.id).join(',');
    all.hidden = open.length === 0;
    all.textContent = open.length === 1 ? 'De overgebleven voorgestelde uitnodigen' : `Alle ${open.length} voorgestelden uitnodigen`;
    const uncovered = form.querySelector('.nk-onbedekt');
    uncovered.textContent = result.uncoveredLifeDomains.length
        ? 'Geen voorstel voor: ' + result.uncoveredLifeDomains.map(code => label(LIFE_DOMAINS, code)).join(', ') + '. Zoek daarvoor op de pagina van de tent.'
        : '';
}

async function update(page, form) {
    const id = form.dataset.sessie;
    const input = {
        id,
        date: form.querySelector('.nk-tent-datum').value || '',
        location: form.querySelector('.nk-tent-plaats').value.trim(),
        helpQuestionIds: checked(form.querySelector('.nk-tent-vragen')),
        presentMemberIds: checked(form.querySelector('.nk-tent-gezin'))
    };
    const fields = {
        'input.date': `wijzigen-${id}-datum`,
        'input.location': `wijzigen-${id}-plaats`,
        'input.helpQuestionIds': `wijzigen-${id}-vragen`,
        'input.presentMemberIds': `wijzigen-${id}-gezin`,
        'input.id': `wijzigen-${id}-plaats`
    };
    const payload = await submit(form, async () => (await run('UpdateTentSession', {input})).updateTentSession, fields);
    if (payload) {
        await page.reload();
        page.message('De tent is gewijzigd.', 'ok');
    }
}

/** The form to change a planned session: date, place, questions and the members present. */
function changeForm(family, session) {
    const box = element('details', {'class': 'nk-wijzigen'});
    box.appendChild(element('summary', {}, 'Tent wijzigen'));
    const prefix = `wijzigen-${session.id}`;
    const form = element('form', {'class': 'nk-wijzigen-form nk-velden', novalidate: ''});
    form.dataset.sessie = session.id;
    const day = element('div', {'class': 'nk-veld'});
    day.appendChild(element('label', {'for': `${prefix}-datum`}, 'Datum'));
    const dayInput = element('input', {id: `${prefix}-datum`, type: 'date', 'class': 'nk-tent-datum', min: isoDay()});
    dayInput.value = session.date;
    day.appendChild(dayInput);
    form.appendChild(day);
    const place = element('div', {'class': 'nk-veld'});
    place.appendChild(element('label', {'for': `${prefix}-plaats`}, 'Plaats'));
    const placeInput = element('input', {id: `${prefix}-plaats`, maxlength: '500', 'class': 'nk-tent-plaats', autocomplete: 'off'});
    placeInput.value = session.location || '';
    place.appendChild(placeInput);
    form.appendChild(place);
    const discussed = new Set(session.helpQuestions.map(q => q.id));
    const questions = element('fieldset', {id: `${prefix}-vragen`, 'class': 'nk-keuzelijst nk-tent-vragen'});
    questions.appendChild(element('legend', {}, 'Hulpvragen om te bespreken'));
    const questionBox = element('div', {'class': 'nk-keuzes nk-keuzes-onder'});
    for (const question of family.helpQuestions.filter(q => q.status !== 'CLOSED' || discussed.has(q.id))) {
        checkbox(questionBox, `${prefix}-vraag-${question.id}`, question.id, question.text, discussed.has(question.id));
    }
    questions.appendChild(questionBox);
    form.appendChild(questions);
    const present = new Set(session.presentMembers.map(m => m.id));
    const members = element('fieldset', {id: `${prefix}-gezin`, 'class': 'nk-keuzelijst nk-tent-gezin'});
    members.appendChild(element('legend', {}, 'Gezinsleden die erbij zijn'));
    const memberBox = element('div', {'class': 'nk-keuzes'});
    for (const member of family.members) {
        checkbox(memberBox, `${prefix}-lid-${member.person.id}`, member.person.id, fullName(member.person), present.has(member.person.id));
    }
    members.appendChild(memberBox);
    form.appendChild(members);
    const buttons = element('div', {'class': 'nk-knoppen'});
    buttons.appendChild(element('button', {type: 'submit'}, 'Wijzigingen opslaan'));
    form.appendChild(buttons);
    box.appendChild(form);
    return box;
}

async function cancel(page, form) {
    const sessionId = form.dataset.sessie;
    const reason = form.querySelector('textarea');
    const payload = await submit(form, async () => (await run('CancelTentSession',
        {input: {id: sessionId, reason: reason.value.trim() || null}})).cancelTentSession, {'input.reason': reason.id, 'input.id': reason.id});
    if (payload) {
        await page.reload();
        page.message('De tent is afgezegd; de uitgenodigden hebben er geen toegang meer door.', 'ok');
    }
}

function addAgreementRow(form, agreement) {
    const rows = form.querySelector('.nk-afspraken');
    const index = rows.children.length;
    const sessionId = form.dataset.sessie;
    const prefix = `afspraak-${sessionId}-${index}`;
    const set = element('fieldset', {'class': 'nk-afspraak', id: prefix});
    set.appendChild(element('legend', {}, `Afspraak ${index + 1}`));
    const text = element('div', {'class': 'nk-veld'});
    text.appendChild(element('label', {'for': `${prefix}-tekst`}, 'Wat is afgesproken'));
    const area = element('textarea', {id: `${prefix}-tekst`, rows: '2', maxlength: '2000', 'class': 'nk-afspraak-tekst',
        'data-label': `Afspraak ${index + 1}`});
    area.value = agreement ? agreement.text : '';
    text.appendChild(area);
    set.appendChild(text);
    const who = element('div', {'class': 'nk-veld'});
    who.appendChild(element('label', {'for': `${prefix}-wie`}, 'Wie voert het uit'));
    const select = element('select', {id: `${prefix}-wie`, 'class': 'nk-afspraak-wie', 'data-label': `Afspraak ${index + 1}, wie`});
    select.appendChild(element('option', {value: ''}, 'niemand in het bijzonder'));
    const session = JSON.parse(form.dataset.deelnemers);
    for (const participant of session) {
        select.appendChild(element('option', {value: participant.professionalId}, participant.name));
    }
    select.value = agreement && agreement.responsible ? agreement.responsible.id : '';
    who.appendChild(select);
    set.appendChild(who);
    const due = element('div', {'class': 'nk-veld'});
    due.appendChild(element('label', {'for': `${prefix}-datum`}, 'Uiterlijk op (niet verplicht)'));
    const day = element('input', {id: `${prefix}-datum`, type: 'date', 'class': 'nk-afspraak-datum', 'data-label': `Afspraak ${index + 1}, uiterlijk op`});
    day.value = agreement && agreement.dueDate ? agreement.dueDate : '';
    due.appendChild(day);
    set.appendChild(due);
    rows.appendChild(set);
    if (!agreement) {
        area.focus();
    }
}

async function recordAttendance(page, form) {
    const sessionId = form.closest('[data-sessie]').dataset.sessie;
    const agreements = [];
    const sentRows = [];
    for (const set of form.querySelectorAll('.nk-afspraak')) {
        const text = set.querySelector('.nk-afspraak-tekst').value.trim();
        const responsible = set.querySelector('.nk-afspraak-wie').value;
        const due = set.querySelector('.nk-afspraak-datum').value;
        if (!text && !responsible && !due) {
            continue;
        }
        sentRows.push(set.id);
        agreements.push({text, responsibleProfessionalId: responsible || null, dueDate: due || null});
    }
    const input = {
        tentSessionId: sessionId,
        attendedProfessionalIds: checked(form.querySelector('.nk-gekomen')),
        presentMemberIds: checked(form.querySelector('.nk-gezin-aanwezig')),
        summary: form.querySelector('.nk-samenvatting').value.trim() || null,
        agreements
    };
    const fields = {
        'input.attendedProfessionalIds': form.querySelector('.nk-gekomen').id,
        'input.presentMemberIds': form.querySelector('.nk-gezin-aanwezig').id,
        'input.summary': form.querySelector('.nk-samenvatting').id,
        'input.tentSessionId': form.querySelector('.nk-gekomen').id,
        '*': path => {
            const match = /^input\.agreements\[(\d+)\](?:\.(\w+))?$/.exec(path);
            const row = match && sentRows[Number(match[1])];
            if (!row) {
                return null;
            }
            return {text: `${row}-tekst`, responsibleProfessionalId: `${row}-wie`, dueDate: `${row}-datum`}[match[2]] || row;
        }
    };
    const payload = await submit(form, async () => (await run('RecordTentAttendance', {input})).recordTentAttendance, fields);
    if (payload) {
        await page.reload();
        page.message('Wie er was en de afspraken zijn vastgelegd.', 'ok');
    }
}

function sessionItem(family, session) {
    const item = element('li', {'class': 'nk-kaartje nk-tent', 'data-sessie': session.id, 'data-status': session.status});
    const head = element('p', {'class': 'nk-optie-kop'});
    head.appendChild(element('strong', {}, `${date(session.date)}${session.location ? ' · ' + session.location : ''}`));
    head.appendChild(element('span', {'class': `nk-label nk-label-${session.status.toLowerCase()}`}, label(SESSION_STATUS, session.status)));
    item.appendChild(head);
    item.appendChild(element('p', {'class': 'nk-zacht'}, 'Over: ' + session.helpQuestions.map(q => q.text).join(' · ')));
    if (session.participants.length) {
        const people = element('ul', {'class': 'nk-deelnemers-lijst'});
        for (const participant of session.participants) {
            people.appendChild(element('li', {'data-beroepskracht': participant.professionalId, 'data-deelname': participant.status},
                `${participant.name} (${label(PARTICIPATION, participant.status)})`));
        }
        item.appendChild(element('p', {}, `Deelnemers (${session.participants.length}):`));
        item.appendChild(people);
    } else {
        item.appendChild(element('p', {'class': 'nk-zacht'}, 'Nog geen deelnemers uitgenodigd.'));
    }
    if (session.agreementItems.length || session.agreements) {
        item.appendChild(element('p', {}, 'Afspraken:'));
        const agreed = element('ul', {'class': 'nk-afspraken-lijst'});
        if (session.agreements) {
            agreed.appendChild(element('li', {}, session.agreements));
        }
        for (const agreement of session.agreementItems) {
            const parts = [agreement.text];
            if (agreement.responsible) {
                parts.push(agreement.responsible.name);
            }
            if (agreement.dueDate) {
                parts.push('uiterlijk ' + date(agreement.dueDate));
            }
            agreed.appendChild(element('li', {}, parts.join(' · ')));
        }
        item.appendChild(agreed);
    }
    item.appendChild(element('p', {}, '')).appendChild(element('a', {href: `/tent.html?sessie=${encodeURIComponent(session.id)}`,
        'class': 'nk-knop nk-naar-tent'}, 'Naar de tent: steunladder en koppelingen'));

    if (session.status === 'PLANNED') {
        const box = element('details', {'class': 'nk-uitnodigen'});
        box.appendChild(element('summary', {}, 'Deelnemers uitnodigen'));
        const form = element('form', {'class': 'nk-uitnodigen-form', 'aria-label': 'Deelnemers uitnodigen'});
        form.appendChild(element('p', {'class': 'nk-hint'}, 'Voorgesteld door Netwerkkaart: samen dekken zij de leefdomeinen van de hulpvragen.'));
        form.appendChild(element('ul', {'class': 'nk-opties nk-voorstellen-lijst'}));
        form.appendChild(element('p', {'class': 'nk-onbedekt nk-zacht'}));
        form.appendChild(element('button', {type: 'button', 'class': 'nk-alle-uitnodigen', hidden: ''}, 'Alle voorgestelden uitnodigen'));
        box.appendChild(form);
        item.appendChild(box);
    }
    if (session.status !== 'CANCELLED' && session.date <= isoDay()) {
        item.appendChild(reportForm(family, session));
    }
    if (session.status === 'PLANNED') {
        item.appendChild(changeForm(family, session));
        const box = element('details', {'class': 'nk-afzeggen'});
        box.appendChild(element('summary', {}, 'Tent afzeggen'));
        const form = element('form', {'class': 'nk-afzeggen-form nk-velden', novalidate: ''});
        form.dataset.sessie = session.id;
        const field = element('div', {'class': 'nk-veld'});
        field.appendChild(element('label', {'for': `afzeggen-${session.id}-reden`}, 'Reden (niet verplicht)'));
        field.appendChild(element('textarea', {id: `afzeggen-${session.id}-reden`, rows: '2', maxlength: '500'}));
        form.appendChild(field);
        const buttons = element('div', {'class': 'nk-knoppen'});
        buttons.appendChild(element('button', {type: 'submit', 'class': 'nk-secundair'}, 'Tent afzeggen'));
        form.appendChild(buttons);
        box.appendChild(form);
        item.appendChild(box);
    }
    if (session.status === 'CANCELLED' && session.cancellationReason) {
        item.appendChild(element('p', {'class': 'nk-zacht'}, 'Afgezegd: ' + session.cancellationReason));
    }
    return item;
}

/** After the session: who came, who of the family was there, a summary and the agreements one by one. */
function reportForm(family, session) {
    const box = element('details', {'class': 'nk-verslag'});
    box.appendChild(element('summary', {}, session.status === 'HELD' ? 'Verslag wijzigen' : 'Verslag vastleggen: wie er was en de afspraken'));
    const form = element('form', {'class': 'nk-verslag-form nk-velden', novalidate: ''});
    form.dataset.sessie = session.id;
    form.dataset.deelnemers = JSON.stringify(session.participants.filter(p => p.status !== 'DECLINED'));
    const came = element('fieldset', {id: `verslag-${session.id}-gekomen`, 'class': 'nk-keuzelijst nk-gekomen'});
    came.appendChild(element('legend', {}, 'Beroepskrachten die er waren'));
    const cameBox = element('div', {'class': 'nk-keuzes'});
    for (const participant of session.participants) {
        checkbox(cameBox, `verslag-${session.id}-gekomen-${participant.professionalId}`, participant.professionalId,
            participant.name, participant.status === 'ATTENDED' || (session.status !== 'HELD' && participant.status === 'ACCEPTED'));
    }
    if (!session.participants.length) {
        cameBox.appendChild(element('p', {'class': 'nk-leeg'}, 'Er is niemand uitgenodigd.'));
    }
    came.appendChild(cameBox);
    form.appendChild(came);
    const present = new Set(session.presentMembers.map(m => m.id));
    const members = element('fieldset', {id: `verslag-${session.id}-gezin`, 'class': 'nk-keuzelijst nk-gezin-aanwezig'});
    members.appendChild(element('legend', {}, 'Gezinsleden die er waren'));
    const memberBox = element('div', {'class': 'nk-keuzes'});
    for (const member of family.members) {
        checkbox(memberBox, `verslag-${session.id}-gezin-${member.person.id}`, member.person.id, fullName(member.person), present.has(member.person.id));
    }
    members.appendChild(memberBox);
    form.appendChild(members);
    const summary = element('div', {'class': 'nk-veld'});
    summary.appendChild(element('label', {'for': `verslag-${session.id}-samenvatting`}, 'Samenvatting (niet verplicht)'));
    const area = element('textarea', {id: `verslag-${session.id}-samenvatting`, 'class': 'nk-samenvatting', rows: '3', maxlength: '4000'});
    area.value = session.agreements || '';
    summary.appendChild(area);
    form.appendChild(summary);
    form.appendChild(element('div', {'class': 'nk-afspraken'}));
    const buttons = element('div', {'class': 'nk-knoppen'});
    buttons.appendChild(element('button', {type: 'button', 'class': 'nk-secundair nk-afspraak-erbij'}, 'Afspraak toevoegen'));
    buttons.appendChild(element('button', {type: 'submit'}, 'Verslag opslaan'));
    form.appendChild(buttons);
    for (const agreement of session.agreementItems) {
        addAgreementRow(form, agreement);
    }
    if (!session.agreementItems.length) {
        addAgreementRow(form, null);
    }
    box.appendChild(form);
    return box;
}

export function render(family) {
    const form = document.getElementById('tent-form');
    const questions = form.querySelector('#tent-hulpvragen .nk-keuzes');
    const wanted = new Set(checked(questions));
    questions.textContent = '';
    const open = family.helpQuestions.filter(q => q.status !== 'CLOSED');
    for (const question of open) {
        checkbox(questions, `tent-hulpvraag-${question.id}`, question.id, question.text, wanted.has(question.id) || open.length === 1);
    }
    if (!open.length) {
        questions.appendChild(element('p', {'class': 'nk-leeg'}, 'Schrijf eerst een hulpvraag.'));
    }
    const members = form.querySelector('#tent-aanwezig .nk-keuzes');
    const present = new Set(checked(members));
    members.textContent = '';
    for (const member of family.members) {
        checkbox(members, `tent-aanwezig-${member.person.id}`, member.person.id, fullName(member.person), present.has(member.person.id));
    }

    const list = document.getElementById('tenten');
    // what was open stays open across a reload
    const openBoxes = new Set([...list.querySelectorAll('details[open]')].map(box => box.closest('[data-sessie]').dataset.sessie + box.className));
    list.textContent = '';
    if (!family.tentSessions.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Nog geen tent gepland.'));
    }
    for (const session of family.tentSessions) {
        const item = sessionItem(family, session);
        for (const box of item.querySelectorAll('details')) {
            if (openBoxes.has(session.id + box.className)) {
                box.open = true;
            }
        }
        list.appendChild(item);
    }
}
