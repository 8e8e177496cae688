/* The matches per help question: propose, confirm the click, start and close with an outcome (coach only). */
import {read, showMessage} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {dateTime} from '../lib/format.js';
import {label, QUESTION_STATUS, MATCH_STATUS, OUTCOMES, LADDER_STEPS} from '../lib/labels.js';
import {badge, helperName} from '../lib/timeline.js';
import {isCoach, mutate, state} from './staat.js';
import {renderLadder} from './ladder.js';
import {search} from './zoeken.js';
import {loadTeam} from './team.js';
import {showTimeline} from './tijdlijn.js';

export function matchActions(question, match, melding) {
    const cell = element('td', {'class': 'nk-acties'});
    if (!isCoach() || match.status === 'CLOSED') {
        return cell;
    }
    if (match.status === 'PROPOSED') {
        const confirm = element('button', {type: 'button', 'class': 'nk-klein nk-bevestigen'}, 'Klik bevestigen');
        confirm.title = 'Gezin en helper willen samen verder';
        confirm.addEventListener('click', async () => {
            confirm.disabled = true;
            if (await mutate(melding, 'ConfirmMatch', 'confirmMatch', {id: match.id}, 'De klik is bevestigd.')) {
                await afterMatchChange();
            }
            confirm.disabled = false;
        });
        cell.appendChild(confirm);
    }
    if (match.status === 'CONFIRMED') {
        const start = element('button', {type: 'button', 'class': 'nk-klein nk-starten'}, 'Hulp gestart');
        start.addEventListener('click', async () => {
            start.disabled = true;
            if (await mutate(melding, 'StartMatch', 'startMatch', {id: match.id}, 'De hulp is gestart.')) {
                await afterMatchChange();
            }
            start.disabled = false;
        });
        cell.appendChild(start);
    }
    const outcome = element('select', {'class': 'nk-uitkomst', 'aria-label': 'Uitkomst'});
    outcome.appendChild(element('option', {value: ''}, 'Afsluiten met uitkomst…'));
    for (const [value, label] of Object.entries(OUTCOMES)) {
        outcome.appendChild(element('option', {value: value}, label));
    }
    const close = element('button', {type: 'button', 'class': 'nk-klein nk-secundair nk-afsluiten'}, 'Afsluiten');
    close.addEventListener('click', async () => {
        if (!outcome.value) {
            showMessage(melding, 'Kies eerst de uitkomst.', 'fout');
            return;
        }
        close.disabled = true;
        if (await mutate(melding, 'CloseMatch', 'closeMatch', {id: match.id, outcome: outcome.value},
            `De koppeling is afgesloten: ${label(OUTCOMES, outcome.value)}.`)) {
            await afterMatchChange();
        }
        close.disabled = false;
    });
    cell.appendChild(outcome);
    cell.appendChild(close);
    return cell;
}

export function renderMatches(question) {
    const card = document.querySelector(`[data-hulpvraag="${question.id}"]`);
    const status = card.querySelector('.nk-vraag-status');
    status.textContent = label(QUESTION_STATUS, question.status);
    status.className = `nk-label nk-label-${question.status.toLowerCase()} nk-vraag-status`;
    const box = card.querySelector('.nk-koppelingen');
    const melding = card.querySelector('.nk-vraag-melding');
    box.textContent = '';
    if (!question.matches.length) {
        box.appendChild(element('p', {'class': 'nk-leeg'}, 'Nog geen koppelingen voor deze hulpvraag.'));
        return;
    }
    const table = element('table', {'class': 'nk-tabel nk-tabel-lijst'});
    const head = element('tr', {});
    for (const title of ['Helper', 'Trede', 'Status', 'Voorgesteld', 'Klik', 'Gestart', 'Afgesloten']) {
        head.appendChild(element('th', {scope: 'col'}, title));
    }
    head.appendChild(element('th', {scope: 'col'})).appendChild(element('span', {'class': 'nk-verborgen'}, 'Acties'));
    table.appendChild(element('thead', {})).appendChild(head);
    const body = element('tbody', {});
    for (const match of question.matches) {
        const row = element('tr', {'data-koppeling': match.id, 'data-status': match.status});
        row.appendChild(element('td', {'class': 'nk-koppeling-helper', 'data-kop': 'Helper'}, helperName(match.helper)));
        row.appendChild(element('td', {'data-kop': 'Trede'}, label(LADDER_STEPS, match.ladderStep)));
        const statusCell = element('td', {'class': 'nk-koppeling-status', 'data-kop': 'Status'});
        statusCell.appendChild(badge(label(MATCH_STATUS, match.status), match.status.toLowerCase()));
        if (match.outcome) {
            statusCell.appendChild(element('span', {}, ' ' + label(OUTCOMES, match.outcome)));
        }
        row.appendChild(statusCell);
        row.appendChild(element('td', {'data-kop': 'Voorgesteld'}, dateTime(match.proposedAt)));
        row.appendChild(element('td', {'data-kop': 'Klik'}, match.confirmedAt ? dateTime(match.confirmedAt) : '—'));
        row.appendChild(element('td', {'data-kop': 'Gestart'}, match.startedAt ? dateTime(match.startedAt) : '—'));
        row.appendChild(element('td', {'data-kop': 'Afgesloten'}, match.closedAt ? dateTime(match.closedAt) : '—'));
        row.appendChild(matchActions(question, match, melding));
        body.appendChild(row);
    }
    table.appendChild(body);
    box.appendChild(table);
}

export async function propose(helpQuestionId, helperId, button) {
    const card = document.querySelector(`[data-hulpvraag="${helpQuestionId}"]`);
    const melding = card ? card.querySelector('.nk-vraag-melding') : document.getElementById('zoek-melding');
    button.disabled = true;
    const ok = await mutate(melding, 'ProposeMatch', 'proposeMatch', {helpQuestionId: helpQuestionId, helperId: helperId},
        'Voorgesteld. Bevestig de klik zodra gezin en helper samen verder willen.');
    if (ok) {
        await afterMatchChange();
        if (card) {
            card.querySelector('.nk-koppelingen').scrollIntoView({block: 'nearest'});
        }
    } else {
        button.disabled = false;
    }
}

/** After a match step: the matches, the ladders' buttons, the search (places change) and the timeline. */
export async function afterMatchChange() {
    try {
        const data = await read('TentMatches', {id: state.sessionId});
        const byId = new Map(data.tentSession.helpQuestions.map(question => [question.id, question]));
        for (const question of state.session.helpQuestions) {
            const fresh = byId.get(question.id);
            if (fresh) {
                question.status = fresh.status;
                question.matches = fresh.matches;
                renderMatches(question);
                if (question.ladder) {
                    renderLadder(question, question.ladder);
                }
            }
        }
    } catch (e) {
        showMessage(document.getElementById('melding'), e.message, 'fout');
    }
    state.rankings.clear();
    await search();
    await loadTeam();
    await showTimeline();
}
