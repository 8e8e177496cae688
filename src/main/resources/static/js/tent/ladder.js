/* The help questions with their analysis and the support ladder (supportOptions) side by side. */
import {read} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {date, personName} from '../lib/format.js';
import {label, lifeDomainList, QUESTION_STATUS, URGENCY, LADDER_STEPS} from '../lib/labels.js';
import {badge} from '../lib/timeline.js';
import {isCoach, state} from './staat.js';
import {propose, renderMatches} from './koppelingen.js';

/** Options shown per ladder step before "Nog … tonen". */
export const SHOWN_PER_STEP = 4;

export function renderQuestions() {
    const container = document.getElementById('hulpvragen');
    container.textContent = '';
    const questions = state.session.helpQuestions;
    if (!questions.length) {
        container.appendChild(element('p', {'class': 'nk-leeg'}, 'Deze tent bespreekt geen hulpvragen.'));
        return;
    }
    for (const question of questions) {
        const card = element('article', {'class': 'nk-hulpvraag nk-paneel', 'data-hulpvraag': question.id});
        card.appendChild(element('h3', {'class': 'nk-vraag-tekst'}, question.text));
        const meta = element('p', {'class': 'nk-vraag-meta'});
        const status = badge(label(QUESTION_STATUS, question.status), question.status.toLowerCase());
        status.classList.add('nk-vraag-status');
        meta.appendChild(status);
        meta.appendChild(badge('urgentie ' + label(URGENCY, question.urgency), 'urgentie-' + question.urgency.toLowerCase()));
        meta.appendChild(element('span', {'class': 'nk-domeinen'}, lifeDomainList(question.lifeDomains)));
        if (question.about) {
            meta.appendChild(element('span', {}, 'over ' + personName(question.about)));
        }
        meta.appendChild(element('span', {'class': 'nk-zacht'}, 'sinds ' + date(question.createdAt)));
        card.appendChild(meta);
        card.appendChild(analysisElement(question.analysis));
        card.appendChild(element('h4', {}, 'Steunladder'));
        const ladder = element('div', {'class': 'nk-ladder'});
        ladder.appendChild(element('p', {'class': 'nk-leeg'}, 'De steunladder wordt geladen…'));
        card.appendChild(ladder);
        card.appendChild(element('h4', {}, 'Koppelingen'));
        card.appendChild(element('div', {'class': 'nk-melding nk-vraag-melding', role: 'alert', hidden: ''}));
        card.appendChild(element('div', {'class': 'nk-koppelingen'}));
        container.appendChild(card);
        renderMatches(question);
    }
}

export function analysisElement(analysis) {
    const box = element('details', {'class': 'nk-analyse'});
    box.appendChild(element('summary', {}, analysis ? 'Verklarende analyse' : 'Verklarende analyse: nog niet gemaakt'));
    if (!analysis) {
        return box;
    }
    box.open = true;
    if (analysis.summary) {
        box.appendChild(element('p', {'class': 'nk-analyse-samenvatting'}, analysis.summary));
    }
    if (analysis.hypotheses.length) {
        box.appendChild(element('h4', {}, 'Hypothesen'));
        const list = element('ol', {'class': 'nk-hypothesen'});
        for (const hypothesis of analysis.hypotheses) {
            const item = element('li', {});
            item.appendChild(element('span', {}, hypothesis.text + ' '));
            item.appendChild(element('span', {'class': 'nk-domeinen'}, lifeDomainList(hypothesis.lifeDomains)));
            const evidence = element('ul', {'class': 'nk-bewijs'});
            for (const factor of hypothesis.supportingEvidence) {
                evidence.appendChild(element('li', {'class': 'nk-plus'}, '+ ' + factor.text));
            }
            for (const factor of hypothesis.contradictingEvidence) {
                evidence.appendChild(element('li', {'class': 'nk-min'}, '− ' + factor.text));
            }
            if (evidence.children.length) {
                item.appendChild(evidence);
            }
            list.appendChild(item);
        }
        box.appendChild(list);
    }
    if (analysis.protectiveFactors.length) {
        box.appendChild(element('h4', {}, 'Beschermende factoren'));
        const list = element('ul', {'class': 'nk-beschermend'});
        for (const factor of analysis.protectiveFactors) {
            list.appendChild(element('li', {}, `${factor.text} (${lifeDomainList(factor.lifeDomains)})`));
        }
        box.appendChild(list);
    }
    return box;
}

export function optionHelper(option) {
    if (option.person) {
        const person = option.person;
        return {id: person.id, name: personName(person), meta: person.age !== null && person.age !== undefined ? person.age + ' jaar' : ''};
    }
    if (option.communityResource) {
        const resource = option.communityResource;
        const meta = [resource.organisation ? resource.organisation.name : null, resource.free ? 'gratis' : null,
            resource.capacity === null || resource.capacity === undefined ? null : resource.capacity + ' plekken'];
        return {id: resource.id, name: resource.name, meta: meta.filter(Boolean).join(' · ')};
    }
    const professional = option.professional;
    const meta = [professional.discipline, professional.organisation ? professional.organisation.name : null,
        professional.acceptingClients && professional.capacity > 0 ? professional.capacity + ' plekken' : 'geen plek'];
    return {id: professional.id, name: professional.name, meta: meta.filter(Boolean).join(' · ')};
}

export function activeHelperIds(question) {
    return new Set(question.matches.filter(match => match.status !== 'CLOSED').map(match => match.helperId));
}

export function proposeButton(question, helperId, helperName) {
    const button = element('button', {type: 'button', 'class': 'nk-klein nk-voorstellen', 'data-helper': helperId}, 'Voorstellen');
    button.title = `${helperName} voorstellen voor deze hulpvraag`;
    button.addEventListener('click', () => propose(question.id, helperId, button));
    return button;
}

export function ladderColumn(question, step, options) {
    const column = element('section', {'class': 'nk-trede', 'data-trede': step});
    const number = ['NETWORK', 'COMMUNITY', 'FIRST_LINE', 'SPECIALIST'].indexOf(step) + 1;
    column.appendChild(element('h4', {}, `${number} · ${label(LADDER_STEPS, step).charAt(0).toUpperCase()}${label(LADDER_STEPS, step).substring(1)}`));
    const list = element('ol', {'class': 'nk-opties'});
    const active = activeHelperIds(question);
    options.forEach((option, index) => {
        const helper = optionHelper(option);
        const item = element('li', {'class': 'nk-optie', 'data-helper': helper.id});
        if (index >= SHOWN_PER_STEP) {
            item.hidden = true;
        }
        const head = element('div', {'class': 'nk-optie-kop'});
        head.appendChild(element('strong', {'class': 'nk-optie-naam'}, helper.name));
        head.appendChild(element('span', {'class': 'nk-score', title: 'Score binnen deze trede'}, String(option.score)));
        item.appendChild(head);
        if (helper.meta) {
            item.appendChild(element('div', {'class': 'nk-optie-meta'}, helper.meta));
        }
        const reasons = element('ul', {'class': 'nk-redenen'});
        for (const reason of option.reasons) {
            reasons.appendChild(element('li', {}, reason));
        }
        item.appendChild(reasons);
        if (isCoach() && question.status !== 'CLOSED') {
            if (active.has(helper.id)) {
                item.appendChild(badge('al gekoppeld', 'proposed'));
            } else {
                item.appendChild(proposeButton(question, helper.id, helper.name));
            }
        }
        list.appendChild(item);
    });
    if (!options.length) {
        list.appendChild(element('li', {'class': 'nk-leeg'}, 'Niets gevonden op deze trede.'));
    }
    column.appendChild(list);
    if (options.length > SHOWN_PER_STEP) {
        const more = element('button', {type: 'button', 'class': 'nk-klein nk-secundair nk-meer'}, `Nog ${options.length - SHOWN_PER_STEP} tonen`);
        more.addEventListener('click', () => {
            list.querySelectorAll('.nk-optie[hidden]').forEach(item => { item.hidden = false; });
            more.remove();
        });
        column.appendChild(more);
    }
    return column;
}

export function renderLadder(question, options) {
    const ladder = document.querySelector(`[data-hulpvraag="${question.id}"] .nk-ladder`);
    ladder.textContent = '';
    ladder.appendChild(ladderColumn(question, 'NETWORK', options.network));
    ladder.appendChild(ladderColumn(question, 'COMMUNITY', options.community));
    ladder.appendChild(ladderColumn(question, 'FIRST_LINE', options.firstLine));
    ladder.appendChild(ladderColumn(question, 'SPECIALIST', options.specialist));
}

/** The ladder of each question, all at once. */
export async function loadLadders() {
    await Promise.all(state.session.helpQuestions.map(async question => {
        try {
            const data = await read('TentLadder', {helpQuestionId: question.id});
            question.ladder = data.supportOptions;
            renderLadder(question, question.ladder);
        } catch (e) {
            const ladder = document.querySelector(`[data-hulpvraag="${question.id}"] .nk-ladder`);
            ladder.textContent = '';
            ladder.appendChild(element('p', {'class': 'nk-melding nk-melding-fout'}, 'De steunladder kon niet geladen worden: ' + e.message));
        }
    }));
}
