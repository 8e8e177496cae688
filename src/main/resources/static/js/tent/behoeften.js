/*
 * Tent page: the needs of the help question chosen under "Rangschikken en voorstellen voor". Shows the expertise
 * terms the question's text points to (with the words that led to them) and those the coach confirmed; the coach
 * ticks, adds or removes terms and confirms them (updateHelpQuestion with neededExpertiseIds). The ranking then
 * follows: watchNeeds calls the page back with the question whose needs changed.
 */
import {run, showMessage, userErrorText} from '../lib/graphql.js';
import {element as el} from '../lib/layout.js';

const LABELS = {'input.neededExpertiseIds': 'Behoeften', 'input.expectedVersion': 'Behoeften'};
let changed = () => {};

let allTerms = null;
let sequence = 0;

async function terms() {
    if (!allTerms) {
        allTerms = [];
        let after = null;
        do {
            const data = await run('BehoeftenTermen', {after});
            allTerms.push(...data.expertises.edges.map(edge => edge.node));
            after = data.expertises.pageInfo.hasNextPage ? data.expertises.edges.at(-1).cursor : null;
        } while (after);
        allTerms.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    }
    return allTerms;
}

async function show(container, questionId) {
    const mine = ++sequence;
    container.textContent = '';
    if (!questionId) {
        return;
    }
    let data;
    try {
        data = await run('Behoeften', {id: questionId});
    } catch (e) {
        container.appendChild(el('p', {'class': 'nk-leeg'}, 'De behoeften konden niet geladen worden: ' + e.message));
        return;
    }
    if (mine !== sequence) {
        return;
    }
    const question = data.helpQuestion;
    const coach = data.viewer.role === 'COACH';
    const confirmed = new Map(question.neededExpertises.map(term => [term.id, term.name]));
    const words = new Map(question.suggestedExpertises.map(s => [s.expertise.id, s.words]));
    // the confirmed terms, then the suggestions not confirmed; ticked: what counts now
    const rows = [...question.neededExpertises.map(term => ({id: term.id, name: term.name, ticked: true})),
        ...question.suggestedExpertises.filter(s => !confirmed.has(s.expertise.id))
            .map(s => ({id: s.expertise.id, name: s.expertise.name, ticked: confirmed.size === 0}))];

    container.appendChild(el('h3', {id: 'behoeften-titel'}, 'Wat de hulpvraag nodig heeft'));
    container.appendChild(el('p', {'class': 'nk-intro'}, confirmed.size
        ? 'Door de coach bevestigd; de rangschikking gebruikt deze behoeften.'
        : rows.length ? 'Voorgesteld uit de tekst van de hulpvraag; bevestig of wijzig ze, dan wegen ze zwaarder.'
            : 'Uit de tekst is geen behoefte af te leiden; de rangschikking gaat op de leefdomeinen. Voeg een behoefte toe.'));
    const list = el('ul', {'class': 'nk-behoeften', 'aria-labelledby': 'behoeften-titel'});
    const addRow = row => {
        const item = el('li', {'data-expertise': row.id});
        const label = el('label');
        const box = el('input', {type: 'checkbox', value: row.id});
        box.checked = row.ticked;
        box.disabled = !coach;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + row.name));
        item.appendChild(label);
        const led = words.get(row.id);
        if (led && led.length) {
            item.appendChild(el('span', {'class': 'nk-behoefte-woorden'}, ` (uit: ${led.join(', ')})`));
        }
        item.appendChild(el('span', {'class': 'nk-badge'}, confirmed.has(row.id) ? 'bevestigd' : 'voorgesteld'));
        list.appendChild(item);
    };
    rows.forEach(addRow);
    container.appendChild(list);
    if (!coach) {
        return;
    }
    const tools = el('div', {'class': 'nk-werkbalk'});
    const field = el('div', {'class': 'nk-veld'});
    field.appendChild(el('label', {'for': 'behoefte-toevoegen'}, 'Behoefte toevoegen'));
    const select = el('select', {id: 'behoefte-toevoegen'});
    select.appendChild(el('option', {value: ''}, 'Kies een expertise'));
    for (const term of await terms()) {
        select.appendChild(el('option', {value: term.id}, term.name));
    }
    field.appendChild(select);
    tools.appendChild(field);
    const button = el('button', {type: 'button', id: 'behoeften-bevestigen'}, 'Behoeften bevestigen');
    tools.appendChild(button);
    container.appendChild(tools);
    const box = el('div', {id: 'behoeften-melding', 'class': 'nk-melding', role: 'status', hidden: ''});
    container.appendChild(box);

    select.addEventListener('change', () => {
        const term = allTerms.find(candidate => candidate.id === select.value);
        if (term && !list.querySelector(`[data-expertise="${term.id}"]`)) {
            addRow({id: term.id, name: term.name, ticked: true});
        }
        select.value = '';
    });
    button.addEventListener('click', async () => {
        const ids = [...list.querySelectorAll('input[type=checkbox]:checked')].map(input => input.value);
        button.disabled = true;
        try {
            const result = await run('BehoeftenBevestigen', {input: {
                id: question.id, text: question.text, lifeDomains: question.lifeDomains, urgency: question.urgency,
                status: question.status, aboutPersonId: question.about ? question.about.id : null,
                neededExpertiseIds: ids, expectedVersion: question.version
            }});
            const errors = result.updateHelpQuestion.userErrors;
            if (errors.length) {
                showMessage(box, userErrorText(errors, LABELS), 'fout');
                return;
            }
            await changed(question.id);
            await show(container, question.id);
            showMessage(document.getElementById('behoeften-melding'), ids.length
                ? 'Behoeften bevestigd; de rangschikking is bijgewerkt.'
                : 'Bevestigde behoeften gewist; de voorstellen tellen weer.', 'ok');
        } catch (e) {
            showMessage(box, e.message, 'fout');
        } finally {
            button.disabled = false;
        }
    });
}

/**
 * Shows the needs of the question chosen in #zoek-hulpvraag, following the choice; onChange(helpQuestionId) runs
 * after the coach confirmed new needs, so the page can rank again.
 */
export function watchNeeds(onChange) {
    changed = onChange;
    const chooser = document.getElementById('zoek-hulpvraag');
    const container = document.getElementById('behoeften');
    let shown = null;
    const follow = () => {
        if (chooser.value !== shown) {
            shown = chooser.value;
            show(container, shown);
        }
    };
    chooser.addEventListener('change', follow);
    follow();
}
