/* The minimal team for the family and the suggested participants for the tent. */
import {read} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {label, lifeDomainList, PARTICIPATION} from '../lib/labels.js';
import {badge} from '../lib/timeline.js';
import {isCoach, mutate, state} from './staat.js';
import {reloadSession} from './sessie.js';

export function professionalLine(professional) {
    return [professional.discipline, professional.organisation ? professional.organisation.name : null].filter(Boolean).join(' · ');
}

export async function loadTeam() {
    const box = document.getElementById('team');
    try {
        const data = await read('TentTeam', {familyId: state.session.family.id});
        const team = data.minimalTeam;
        box.textContent = '';
        const domainCount = team.lifeDomains.length;
        box.appendChild(element('p', {'id': 'team-samenvatting'}, domainCount >= 3
            ? `Complex gezin: open hulpvragen op ${domainCount} leefdomeinen (${lifeDomainList(team.lifeDomains)}).`
            : `Open hulpvragen op ${domainCount} ${domainCount === 1 ? 'leefdomein' : 'leefdomeinen'}`
                + (domainCount ? ` (${lifeDomainList(team.lifeDomains)})` : '') + '.'));
        const list = element('ol', {'class': 'nk-team', id: 'teamleden'});
        for (const member of team.members) {
            const item = element('li', {'data-beroepskracht': member.professional.id});
            item.appendChild(element('strong', {}, member.professional.name));
            item.appendChild(element('span', {'class': 'nk-optie-meta'}, ' ' + professionalLine(member.professional)));
            item.appendChild(element('div', {}, 'Dekt: ' + lifeDomainList(member.covers)));
            list.appendChild(item);
        }
        box.appendChild(list);
        if (team.complete) {
            box.appendChild(element('p', {'class': 'nk-plus'}, `Dit team van ${team.members.length} dekt alle leefdomeinen.`));
        } else {
            box.appendChild(element('p', {'class': 'nk-min', id: 'team-ontbreekt'},
                'Niet alles is te dekken met beroepskrachten die plek hebben. Ontbreekt: ' + lifeDomainList(team.missingLifeDomains) + '.'));
        }
    } catch (e) {
        box.textContent = '';
        box.appendChild(element('p', {'class': 'nk-melding nk-melding-fout'}, 'Het minimale team kon niet bepaald worden: ' + e.message));
    }
}

export async function invite(professionalId, button) {
    button.disabled = true;
    const ok = await mutate(document.getElementById('melding'), 'InviteTentParticipants', 'inviteTentParticipants',
        {tentSessionId: state.sessionId, professionalIds: [professionalId]}, 'Uitgenodigd voor de tent.');
    if (ok) {
        await reloadSession();
        await loadSuggestions();
    } else {
        button.disabled = false;
    }
}

export async function loadSuggestions() {
    const box = document.getElementById('deelnemers');
    const ids = state.session.helpQuestions.map(question => question.id);
    if (!ids.length) {
        box.textContent = 'Zonder hulpvragen zijn er geen voorstellen.';
        return;
    }
    try {
        const data = await read('TentSuggestions', {ids: ids});
        const result = data.suggestTentParticipants;
        const invited = new Map(state.session.participants.map(participant => [participant.professionalId, participant.status]));
        box.textContent = '';
        const list = element('ol', {'class': 'nk-resultaten', id: 'voorgestelde-deelnemers'});
        for (const suggestion of result.suggestions) {
            const professional = suggestion.professional;
            const item = element('li', {'class': 'nk-resultaat nk-paneel', 'data-beroepskracht': professional.id});
            const head = element('div', {'class': 'nk-optie-kop'});
            head.appendChild(element('strong', {}, professional.name));
            head.appendChild(element('span', {'class': 'nk-score'}, String(suggestion.score)));
            item.appendChild(head);
            item.appendChild(element('div', {'class': 'nk-optie-meta'}, professionalLine(professional)
                + ' · dekt ' + lifeDomainList(suggestion.coveredLifeDomains)));
            const reasons = element('ul', {'class': 'nk-redenen'});
            for (const reason of suggestion.reasons) {
                reasons.appendChild(element('li', {}, reason));
            }
            item.appendChild(reasons);
            if (invited.has(professional.id)) {
                item.appendChild(badge(label(PARTICIPATION, invited.get(professional.id)), invited.get(professional.id).toLowerCase()));
            } else if (isCoach() && state.session.status === 'PLANNED') {
                const button = element('button', {type: 'button', 'class': 'nk-klein'}, 'Uitnodigen');
                button.addEventListener('click', () => invite(professional.id, button));
                item.appendChild(button);
            }
            list.appendChild(item);
        }
        box.appendChild(list);
        const notes = [`Hoogstens ${result.maxPerOrganisation} per organisatie.`];
        if (result.uncoveredLifeDomains.length) {
            notes.push('Niemand dekt: ' + lifeDomainList(result.uncoveredLifeDomains) + '.');
        }
        if (result.uncoveredNeeds.length) {
            notes.push('Voor geen voorgestelde deelnemer past de behoefte: ' + result.uncoveredNeeds.map(need => need.name).join(', ') + '.');
        }
        box.appendChild(element('p', {'class': 'nk-intro'}, notes.join(' ')));
    } catch (e) {
        box.textContent = '';
        box.appendChild(element('p', {'class': 'nk-melding nk-melding-fout'}, 'De voorgestelde deelnemers konden niet geladen worden: ' + e.message));
    }
}
