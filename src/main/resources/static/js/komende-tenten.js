/*
 * The upcoming tent sessions of the signed-in user on the family list: those a coach directs, and those a
 * professional is invited to (and did not decline). Each links to its tent page.
 */
import {read} from './lib/graphql.js';
import {element} from './lib/layout.js';
import {date, today} from './lib/format.js';

function mine(session, viewer) {
    const me = viewer.professional ? viewer.professional.id : null;
    if (viewer.role === 'COACH') {
        return session.director && session.director.id === me;
    }
    return session.participants.some(participant => participant.professionalId === me && participant.status !== 'DECLINED');
}

/** Shows the user's upcoming tents; resolves when they are shown (or left out after an error). */
export async function showUpcomingTents() {
    const section = document.getElementById('komende-tenten');
    const list = document.getElementById('komende-tenten-lijst');
    const now = today();
    try {
        const data = await read('UpcomingTentSessions');
        const viewer = data.viewer;
        const sessions = [];
        for (const edge of data.families.edges) {
            for (const session of edge.node.tentSessions) {
                if (session.status === 'PLANNED' && session.date >= now && mine(session, viewer)) {
                    sessions.push({family: edge.node, session: session});
                }
            }
        }
        sessions.sort((a, b) => a.session.date.localeCompare(b.session.date) || a.family.name.localeCompare(b.family.name, 'nl'));
        list.textContent = '';
        for (const {family, session} of sessions) {
            const item = element('li', {'data-sessie': session.id});
            item.appendChild(element('a', {href: '/tent.html?sessie=' + encodeURIComponent(session.id), 'class': 'nk-tent-link'},
                `${date(session.date)}: ${family.name}`));
            if (session.location) {
                item.appendChild(element('span', {'class': 'nk-zacht'}, ' · ' + session.location));
            }
            list.appendChild(item);
        }
        section.hidden = sessions.length === 0;
    } catch (e) {
        // the family list shows the error already; the tents are an extra
        section.hidden = true;
    }
}
