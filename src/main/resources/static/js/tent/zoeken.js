/* The live professional search, ranked by matchProfessionals for the chosen help question. */
import {read, showMessage} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {language} from '../lib/format.js';
import {badge} from '../lib/timeline.js';
import {isCoach, shortText, state} from './staat.js';
import {activeHelperIds, proposeButton} from './ladder.js';

/** Search results shown, best first; the search itself reads up to 100. */
export const RESULTS_SHOWN = 30;

/** Languages offered in the search, by ISO 639-1 code; shown by their Dutch names. */
export const LANGUAGES = ['nl', 'en', 'de', 'fr', 'ar', 'tr', 'pl', 'uk', 'ru', 'ti', 'so', 'fa', 'ro', 'bg'];

export function fillSelect(select, entries) {
    for (const [value, label] of entries) {
        select.appendChild(element('option', {value: value}, label));
    }
}

export async function loadFilterLists() {
    fillSelect(document.getElementById('zoek-taal'), LANGUAGES.map(code => [code, language(code)]));
    fillSelect(document.getElementById('zoek-hulpvraag'),
        state.session.helpQuestions.filter(question => question.status !== 'CLOSED').map(question => [question.id, shortText(question.text, 70)]));
    const first = state.session.helpQuestions.find(question => question.status !== 'CLOSED');
    if (first) {
        document.getElementById('zoek-hulpvraag').value = first.id;
    }
    try {
        const data = await read('TentFilterLists');
        fillSelect(document.getElementById('zoek-expertise'), data.expertises.edges.map(edge => [edge.node.id, edge.node.name]));
        fillSelect(document.getElementById('zoek-kern'), (data.viewer.municipality ? data.viewer.municipality.parts : []).map(kern => [kern.id, kern.name]));
    } catch (e) {
        showMessage(document.getElementById('zoek-melding'), 'De keuzelijsten konden niet geladen worden: ' + e.message, 'fout');
    }
}

export function searchFilter() {
    const text = document.getElementById('zoek-tekst').value.trim();
    const expertise = document.getElementById('zoek-expertise').value;
    const kern = document.getElementById('zoek-kern').value;
    const language = document.getElementById('zoek-taal').value;
    const filter = {};
    if (text) {
        filter.text = text;
    }
    if (expertise) {
        filter.expertiseIds = [expertise];
    }
    if (kern) {
        filter.areaIds = [kern];
    }
    if (language) {
        filter.languages = [language];
    }
    if (document.getElementById('zoek-ruimte').checked) {
        filter.acceptingClients = true;
    }
    return filter;
}

/** matchProfessionals for the chosen question, once per question until a match changes. */
export async function ranking(helpQuestionId) {
    if (!helpQuestionId) {
        return new Map();
    }
    if (!state.rankings.has(helpQuestionId)) {
        const data = await read('TentRanking', {helpQuestionId: helpQuestionId});
        state.rankings.set(helpQuestionId, new Map(data.matchProfessionals.map(result => [result.professional.id, result])));
    }
    return state.rankings.get(helpQuestionId);
}

export function resultItem(professional, ranked, question) {
    const item = element('li', {'class': 'nk-resultaat nk-paneel', 'data-beroepskracht': professional.id});
    const head = element('div', {'class': 'nk-optie-kop'});
    head.appendChild(element('strong', {'class': 'nk-resultaat-naam'}, professional.name));
    if (ranked) {
        head.appendChild(element('span', {'class': 'nk-score', title: 'Passendheid voor de gekozen hulpvraag (0 tot 100)'},
            String(Math.round(ranked.score))));
    }
    item.appendChild(head);
    const places = professional.acceptingClients && professional.capacity > 0
        ? `${professional.capacity} ${professional.capacity === 1 ? 'open plek' : 'open plekken'}`
        : 'geen open plek';
    item.appendChild(element('div', {'class': 'nk-optie-meta'}, [
        professional.discipline,
        professional.tier === 'FIRST_LINE' ? 'eerstelijns' : 'specialistisch',
        professional.organisation ? professional.organisation.name : null,
        places
    ].filter(Boolean).join(' · ')));
    item.appendChild(element('div', {'class': 'nk-optie-meta'}, [
        professional.expertises.map(entry => entry.expertise.name).join(', '),
        professional.areas.length ? 'werkt in ' + professional.areas.map(area => area.name).join(', ') : null,
        professional.languages.length ? 'spreekt ' + professional.languages.map(code => language(code)).join(', ') : null
    ].filter(Boolean).join(' · ')));
    if (ranked) {
        const reasons = element('ul', {'class': 'nk-redenen'});
        for (const reason of ranked.reasons) {
            reasons.appendChild(element('li', {}, reason));
        }
        item.appendChild(reasons);
    }
    if (isCoach() && question) {
        if (activeHelperIds(question).has(professional.id)) {
            item.appendChild(badge('al gekoppeld', 'proposed'));
        } else {
            item.appendChild(proposeButton(question, professional.id, professional.name));
        }
    }
    return item;
}

/** Live search: the professionals query with the filters, ranked by matchProfessionals for the chosen question. */
export async function search() {
    const sequence = ++state.searchSequence;
    const melding = document.getElementById('zoek-melding');
    const questionId = document.getElementById('zoek-hulpvraag').value;
    const question = state.session.helpQuestions.find(candidate => candidate.id === questionId) || null;
    const onlyPlaces = document.getElementById('zoek-ruimte').checked;
    try {
        // one after the other, as the rest of the page: the ranking is cached per question
        const ranked = await ranking(questionId).catch(() => new Map());
        const filter = searchFilter();
        const data = await read('TentProfessionals', {filter: filter});
        if (sequence !== state.searchSequence) {
            return;
        }
        // the family's own coach directs the case and is no helper for it
        const coachId = state.session.family.coach ? state.session.family.coach.id : null;
        let professionals = data.professionals.edges.map(edge => edge.node);
        if (Object.keys(filter).length === 0) {
            // without filters everyone matches and the search's page may stop before the best fits: add them
            const found = new Set(professionals.map(professional => professional.id));
            professionals = professionals.concat([...ranked.values()].map(result => result.professional)
                .filter(professional => !found.has(professional.id)));
        }
        professionals = professionals.filter(professional => professional.id !== coachId);
        if (onlyPlaces) {
            professionals = professionals.filter(professional => professional.capacity > 0);
        }
        if (ranked.size) {
            // ranked ones first, best score first; the rest keep the search order
            const order = professionals.map((professional, index) => [professional, index]);
            order.sort((a, b) => {
                const sa = ranked.has(a[0].id) ? ranked.get(a[0].id).score : -1;
                const sb = ranked.has(b[0].id) ? ranked.get(b[0].id).score : -1;
                return sb - sa || a[1] - b[1];
            });
            professionals = order.map(entry => entry[0]);
        }
        professionals = professionals.slice(0, RESULTS_SHOWN);
        const list = document.getElementById('zoekresultaten');
        list.textContent = '';
        for (const professional of professionals) {
            list.appendChild(resultItem(professional, ranked.get(professional.id), question));
        }
        const total = data.professionals.totalCount;
        document.getElementById('zoek-aantal').textContent = total === 0
            ? 'Geen beroepskrachten gevonden met deze filters.'
            : `${total} ${total === 1 ? 'beroepskracht' : 'beroepskrachten'} gevonden`
                + (professionals.length < total ? `, de eerste ${professionals.length} getoond` : '')
                + (ranked.size ? ', gerangschikt op passendheid voor de gekozen hulpvraag.' : '.');
        showMessage(melding, '', 'info');
    } catch (e) {
        if (sequence === state.searchSequence) {
            showMessage(melding, e.message, 'fout');
        }
    }
}

export function wireSearch() {
    let timer = null;
    const later = () => {
        clearTimeout(timer);
        timer = setTimeout(search, 300);
    };
    const form = document.getElementById('zoekfilters');
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', event => {
        event.preventDefault();
        clearTimeout(timer);
        search();
    });
}
