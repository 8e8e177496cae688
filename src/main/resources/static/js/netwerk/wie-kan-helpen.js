/*
 * "Wie kan helpen": for a chosen help question, the few persons of the network networkSupportFor ranks best (at most
 * SHOWN), each with the reasons that make up their score; only they are highlighted on the map.
 */
import {run, showMessage} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {personName} from '../lib/format.js';
import {fillSelect, setStatus, state} from './staat.js';
import {highlightCandidates} from './kaart-tekening.js';

/** How many candidates the page shows: the best few, not nearly everyone. */
export const SHOWN = 5;

export async function chooseHelpQuestion(helpQuestionId, questions) {
    if (!helpQuestionId) {
        state.candidates = null;
        highlightCandidates();
        candidatesPanel(null);
        document.body.dataset.kandidaten = '';
        return;
    }
    setStatus('laden');
    try {
        const data = await run('NetworkSupportFor', {helpQuestionId: helpQuestionId});
        const all = data.networkSupportFor || [];
        state.candidates = all.slice(0, SHOWN);
        state.moreCandidates = all.length - state.candidates.length;
        highlightCandidates();
        candidatesPanel(questions.find(q => q.id === helpQuestionId));
        document.body.dataset.kandidaten = helpQuestionId;
        setStatus('klaar');
    } catch (e) {
        showMessage(document.getElementById('melding'), e.message, 'fout');
        setStatus('fout');
    }
}

export function candidatesPanel(question) {
    const panel = document.getElementById('kandidaten-paneel');
    const list = document.getElementById('kandidaten');
    list.textContent = '';
    if (!state.candidates) {
        panel.hidden = true;
        return;
    }
    document.getElementById('kandidaten-vraag').textContent = question ? `“${question.text}”` : '';
    for (const candidate of state.candidates) {
        const item = element('li', {'data-persoon': candidate.person.id, 'class': 'kandidaat'});
        item.appendChild(element('strong', {}, personName(candidate.person)));
        item.appendChild(element('span', {'class': 'nk-kandidaat-score'}, ` (${candidate.score} punten)`));
        const reasons = element('ul');
        for (const reason of candidate.reasons) {
            reasons.appendChild(element('li', {'class': reason.minus ? 'nk-min' : 'nk-plus'},
                `${reason.minus ? '−' : '+'} ${reason.text} (${reason.points > 0 ? '+' : ''}${reason.points})`));
        }
        item.appendChild(reasons);
        list.appendChild(item);
    }
    if (!state.candidates.length) {
        list.appendChild(element('li', {}, 'Niemand in het netwerk past bij deze hulpvraag.'));
    }
    const more = document.getElementById('kandidaten-meer');
    more.textContent = state.moreCandidates > 0
        ? `De ${state.candidates.length} best passende; nog ${state.moreCandidates} ${state.moreCandidates === 1 ? 'ander past' : 'anderen passen'} minder goed.`
        : '';
    more.hidden = !more.textContent;
    panel.hidden = false;
}

/** The family's open help questions in the "Wie kan helpen bij" choice. */
export function wireHelpQuestions(questions) {
    const question = document.getElementById('hulpvraag');
    fillSelect(question, questions.filter(q => q.status !== 'CLOSED')
        .map(q => [q.id, q.text.length > 70 ? q.text.substring(0, 67) + '…' : q.text]), 'Geen hulpvraag gekozen');
    question.addEventListener('change', () => chooseHelpQuestion(question.value, questions));
}
