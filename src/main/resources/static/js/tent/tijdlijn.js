/* The case timeline under the tent page. */
import {showMessage} from '../lib/graphql.js';
import {loadTimeline, renderTimeline} from '../lib/timeline.js';
import {questionTexts, state} from './staat.js';

export async function showTimeline() {
    const melding = document.getElementById('tijdlijn-melding');
    try {
        const entries = await loadTimeline(state.session.family.id);
        renderTimeline(document.getElementById('tijdlijn'), entries, questionTexts());
        showMessage(melding, '', 'info');
    } catch (e) {
        showMessage(melding, 'De tijdlijn kon niet geladen worden: ' + e.message, 'fout');
    }
}
