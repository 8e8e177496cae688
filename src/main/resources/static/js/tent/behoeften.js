/*
 * Tent page: the needs of the help question chosen under "Rangschikken en voorstellen voor". Shows the expertise
 * terms the question's text points to (with the words that led to them) and those the coach confirmed; the coach
 * ticks, adds or removes terms and confirms them (updateHelpQuestion with neededExpertiseIds). The ranking then follows:
 * the module tells the page with the event "nk:behoeften-gewijzigd" on document. Self-contained ES module: it talks to
 * /graphql itself and only reads the page's #zoek-hulpvraag.
 */

const QUESTION = `query Behoeften($id: ID!) {
    viewer { role }
    helpQuestion(id: $id) {
        id text urgency status lifeDomains version about { id }
        suggestedExpertises { expertise { id name } words confirmed }
        neededExpertises { id name }
    }
}`;

const EXPERTISES = `query BehoeftenTermen($after: String) {
    expertises(first: 100, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage } }
}`;

const CONFIRM = `mutation BehoeftenBevestigen($input: UpdateHelpQuestionInput!) {
    updateHelpQuestion(input: $input) { helpQuestion { id version } userErrors { field message code } }
}`;

async function gql(query, variables) {
    const response = await fetch('/graphql', {
        method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'},
        body: JSON.stringify({query, variables})
    });
    if (!response.ok) {
        throw new Error(`De server antwoordde met ${response.status}.`);
    }
    const answer = await response.json();
    if (answer.errors && answer.errors.length) {
        throw new Error(answer.errors[0].message);
    }
    return answer.data;
}

function el(tag, attributes = {}, text) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        element.setAttribute(name, value);
    }
    if (text !== undefined) {
        element.textContent = text;
    }
    return element;
}

let allTerms = null;
let sequence = 0;

async function terms() {
    if (!allTerms) {
        allTerms = [];
        let after = null;
        do {
            const data = await gql(EXPERTISES, {after});
            allTerms.push(...data.expertises.edges.map(edge => edge.node));
            after = data.expertises.pageInfo.hasNextPage ? data.expertises.edges.at(-1).cursor : null;
        } while (after);
        allTerms.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    }
    return allTerms;
}

function message(box, text, kind) {
    box.textContent = text;
    box.hidden = !text;
    box.className = 'nk-melding' + (kind ? ' nk-melding-' + kind : '');
}

async function show(container, questionId) {
    const mine = ++sequence;
    container.textContent = '';
    if (!questionId) {
        return;
    }
    let data;
    try {
        data = await gql(QUESTION, {id: questionId});
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
            const result = await gql(CONFIRM, {input: {
                id: question.id, text: question.text, lifeDomains: question.lifeDomains, urgency: question.urgency,
                status: question.status, aboutPersonId: question.about ? question.about.id : null,
                neededExpertiseIds: ids, expectedVersion: question.version
            }});
            const errors = result.updateHelpQuestion.userErrors;
            if (errors.length) {
                message(box, errors.map(error => error.message).join(' '), 'fout');
                return;
            }
            document.dispatchEvent(new CustomEvent('nk:behoeften-gewijzigd', {detail: {helpQuestionId: question.id}}));
            await show(container, question.id);
            message(document.getElementById('behoeften-melding'), ids.length
                ? 'Behoeften bevestigd; de rangschikking is bijgewerkt.'
                : 'Bevestigde behoeften gewist; de voorstellen tellen weer.', 'ok');
        } catch (e) {
            message(box, e.message, 'fout');
        } finally {
            button.disabled = false;
        }
    });
}

function start() {
    const chooser = document.getElementById('zoek-hulpvraag');
    const container = document.getElementById('behoeften');
    if (!chooser || !container) {
        return;
    }
    let shown = null;
    const follow = () => {
        if (chooser.value !== shown) {
            shown = chooser.value;
            show(container, shown);
        }
    };
    chooser.addEventListener('change', follow);
    // the page fills the chooser after loading the session
    new MutationObserver(follow).observe(chooser, {childList: true});
    follow();
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
} else {
    start();
}
