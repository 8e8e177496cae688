/*
 * The tent page (tent.html?sessie=<id>): the family's help questions with their analysis and support ladder, the
 * matches per question (proposed, confirmed, started, closed), a live professional search, the minimal team, the
 * suggested participants and the case timeline. The entry of the page: the session, its analyses and its matches
 * are read at once, then every other part loads at the same time; one failing part leaves the rest.
 * Only the family's coach changes anything; a tent participant reads.
 */
import {read} from '../lib/graphql.js';
import {start, ready, showFailure} from '../lib/layout.js';
import {state} from './staat.js';
import {renderSession, respond} from './sessie.js';
import {loadLadders, renderQuestions} from './ladder.js';
import {loadFilterLists, search, wireSearch} from './zoeken.js';
import {loadSuggestions, loadTeam} from './team.js';
import {showTimeline} from './tijdlijn.js';
import {watchNeeds} from './behoeften.js';

const melding = document.getElementById('melding');
const back = {href: '/gezinnen.html', label: 'Terug naar de gezinnen'};
state.sessionId = new URLSearchParams(window.location.search).get('sessie');

/** After the coach confirmed a question's needs: its ranking, the ladders and the team follow them. */
async function rankAgain(helpQuestionId) {
    state.rankings.delete(helpQuestionId);
    await Promise.all([search(), loadLadders(), loadTeam()]);
}

async function firstView() {
    const [viewer, data, analyses, matches] = await Promise.all([start(), read('TentPage', {id: state.sessionId}),
        read('TentAnalyses', {id: state.sessionId}), read('TentMatches', {id: state.sessionId})]);
    state.viewer = viewer;
    state.session = data.tentSession;
    const analysisOf = new Map(analyses.tentSession.helpQuestions.map(question => [question.id, question.analysis]));
    const matchesOf = new Map(matches.tentSession.helpQuestions.map(question => [question.id, question.matches]));
    for (const question of state.session.helpQuestions) {
        question.analysis = analysisOf.get(question.id) || null;
        question.matches = matchesOf.get(question.id) || [];
    }
}

if (!state.sessionId) {
    await start().catch(() => null);
    showFailure(melding, 'Geen tent gekozen. Open een tent vanuit de lijst met gezinnen.', back);
} else {
    let shown = false;
    try {
        await firstView();
        shown = true;
    } catch (e) {
        showFailure(melding, e.message, back);
    }
    if (shown) {
        renderSession();
        renderQuestions();
        document.getElementById('uitnodiging-ja').addEventListener('click', () => respond(true));
        document.getElementById('uitnodiging-nee').addEventListener('click', () => respond(false));
        wireSearch();
        // every part at once: each shows its own error, so one failing part leaves the rest
        await Promise.all([loadFilterLists().then(() => { watchNeeds(rankAgain); return search(); }), loadLadders(), loadTeam(), loadSuggestions(), showTimeline()]);
        document.body.dataset.geladen = 'ja';
        ready();
    }
}
