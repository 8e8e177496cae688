/*
 * The tent page (tent.html?sessie=<id>): the family's help questions with their analysis and support ladder, the
 * matches per question (proposed, confirmed, started, closed), a live professional search, the minimal team, the
 * suggested participants and the case timeline. Each part loads on its own, so one failing part leaves the rest.
 * Only the family's coach changes anything; a tent participant reads.
 */
(function (nk) {
    'use strict';

    const c = nk.case;

    const MATCH_FIELDS = `id status ladderStep outcome note helperId proposedAt confirmedAt startedAt closedAt timeToMatch
        helper { __typename ... on Professional { id name } ... on CommunityResource { id name } ... on Person { id givenName familyName } }`;

    const SESSION = `query TentPage($id: ID!) {
        tentSession(id: $id) {
            id date status location agreements cancellationReason
            director { id name }
            participants { professionalId name status }
            presentMembers { givenName familyName }
            agreementItems { text dueDate responsible { name } }
            family { id name reference area { id name } coach { id name } }
            helpQuestions { id text urgency status lifeDomains createdAt about { givenName familyName } }
        }
        lifeDomains { code name }
    }`;

    // asked apart from the session, so that each request stays well within the service's time limit
    const ANALYSES = `query TentAnalyses($id: ID!) {
        tentSession(id: $id) {
            helpQuestions {
                id
                analysis {
                    summary
                    hypotheses { text lifeDomains supportingEvidence { text } contradictingEvidence { text } }
                    protectiveFactors { text lifeDomains }
                }
            }
        }
    }`;

    const MATCHES = `query TentMatches($id: ID!) {
        tentSession(id: $id) { helpQuestions { id status matches { ${MATCH_FIELDS} } } }
    }`;

    const OPTION = `step score reasons
        person { id givenName familyName age }
        communityResource { id name kind free capacity organisation { name } }
        professional { id name discipline capacity acceptingClients organisation { name } }`;

    const LADDER = `query TentLadder($helpQuestionId: ID!) {
        supportOptions(helpQuestionId: $helpQuestionId) {
            network { ${OPTION} } community { ${OPTION} } firstLine { ${OPTION} } specialist { ${OPTION} }
        }
    }`;

    const FILTER_LISTS = `query TentFilterLists {
        expertises(first: 100) { edges { node { id name } } }
        areas(kind: KERN, first: 100) { edges { node { id name } } }
    }`;

    const PROFESSIONALS = `query TentProfessionals($filter: ProfessionalFilter) {
        professionals(filter: $filter, first: 100) {
            totalCount
            edges { node {
                id name discipline tier capacity acceptingClients languages
                organisation { name }
                areas { name }
                expertises { expertise { name } }
            } }
        }
    }`;

    const RANKING = `query TentRanking($helpQuestionId: ID!) {
        matchProfessionals(helpQuestionId: $helpQuestionId, first: 100) {
            professional { id } score reasons
        }
    }`;

    const TEAM = `query TentTeam($familyId: ID!) {
        minimalTeam(familyId: $familyId) {
            lifeDomains complete missingLifeDomains
            members { covers professional { id name discipline capacity organisation { name } } }
        }
    }`;

    const SUGGESTIONS = `query TentSuggestions($ids: [ID!]!) {
        suggestTentParticipants(helpQuestionIds: $ids, size: 10) {
            uncoveredLifeDomains maxPerOrganisation
            suggestions { coveredLifeDomains score reasons professional { id name discipline organisation { name } } }
        }
    }`;

    const USER_ERRORS = 'userErrors { field message code }';
    const PROPOSE = `mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } ${USER_ERRORS} } }`;
    const CONFIRM = `mutation ConfirmMatch($input: ConfirmMatchInput!) { confirmMatch(input: $input) { match { id } ${USER_ERRORS} } }`;
    const START = `mutation StartMatch($input: StartMatchInput!) { startMatch(input: $input) { match { id } ${USER_ERRORS} } }`;
    const CLOSE = `mutation CloseMatch($input: CloseMatchInput!) { closeMatch(input: $input) { match { id } ${USER_ERRORS} } }`;
    const INVITE = `mutation InviteTentParticipants($input: InviteTentParticipantsInput!) {
        inviteTentParticipants(input: $input) { tentSession { id } ${USER_ERRORS} }
    }`;
    const RESPOND = `mutation RespondToTentInvitation($input: RespondToTentInvitationInput!) {
        respondToTentInvitation(input: $input) { tentSession { id } ${USER_ERRORS} }
    }`;

    const LABELS = {
        'input.helperId': 'Helper',
        'input.helpQuestionId': 'Hulpvraag',
        'input.id': 'Koppeling',
        'input.outcome': 'Uitkomst',
        'input.note': 'Notitie',
        'input.professionalIds': 'Beroepskracht',
        'input.tentSessionId': 'Tent'
    };

    /** Languages offered in the search, by ISO 639-1 code. */
    const LANGUAGES = {
        nl: 'Nederlands', en: 'Engels', de: 'Duits', fr: 'Frans', ar: 'Arabisch', tr: 'Turks', pl: 'Pools',
        uk: 'Oekraïens', ru: 'Russisch', ti: 'Tigrinya', so: 'Somalisch', fa: 'Perzisch', ro: 'Roemeens', bg: 'Bulgaars'
    };

    /** Search results shown, best first; the search itself reads up to 100. */
    const RESULTS_SHOWN = 30;

    /** Options shown per ladder step before "Nog … tonen". */
    const SHOWN_PER_STEP = 4;


    const state = {
        sessionId: null,
        viewer: null,
        session: null,
        rankings: new Map(),
        searchSequence: 0
    };

    const el = (tag, attributes, text) => nk.element(tag, attributes, text);

    function isCoach() {
        return state.viewer && state.viewer.role === 'COACH';
    }

    function questionTexts() {
        return Object.fromEntries(state.session.helpQuestions.map(question => [question.id, question.text]));
    }

    function shortText(text, length) {
        return text.length > length ? text.substring(0, length - 1) + '…' : text;
    }

    /** Runs a mutation, shows its user errors or the success message in the message area, and reports success. */
    async function mutate(melding, mutation, field, input, success) {
        try {
            const data = await nk.graphql(mutation, {input: input});
            const payload = data[field];
            if (payload.userErrors.length) {
                nk.showMessage(melding, nk.userErrorText(payload.userErrors, LABELS), 'fout');
                return false;
            }
            nk.showMessage(melding, success, 'ok');
            return true;
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
            return false;
        }
    }

    /* ---------- the session ---------- */

    function definition(list, term, value) {
        list.appendChild(el('dt', {}, term));
        const dd = el('dd', {});
        if (value instanceof Node) {
            dd.appendChild(value);
        } else {
            dd.textContent = value;
        }
        list.appendChild(dd);
    }

    function renderSession() {
        const session = state.session;
        const family = session.family;
        document.title = `Expertisetent ${family.name} · Netwerkkaart`;
        document.getElementById('titel').textContent = `Expertisetent · ${family.name}`;
        document.getElementById('tent-info').textContent = [
            c.dutchDate(session.date),
            session.location,
            c.SESSION_STATUS[session.status],
            family.reference ? 'dossier ' + family.reference : null,
            family.area ? 'woont in ' + family.area.name : null
        ].filter(Boolean).join(' · ');
        document.getElementById('dossier-link').href = '/dossier.html?gezin=' + encodeURIComponent(family.id);
        document.getElementById('netwerk-link').href = '/netwerk.html?gezin=' + encodeURIComponent(family.id);

        const list = document.getElementById('sessie-gegevens');
        list.textContent = '';
        definition(list, 'Datum', c.dutchDate(session.date));
        definition(list, 'Plaats', session.location || '—');
        definition(list, 'Status', c.SESSION_STATUS[session.status] + (session.cancellationReason ? ` (${session.cancellationReason})` : ''));
        definition(list, 'Procesregisseur', session.director ? session.director.name : '—');
        definition(list, 'Aanwezig van het gezin', session.presentMembers.map(c.fullName).join(', ') || '—');
        const participants = el('ul', {'class': 'nk-deelnemers', id: 'deelnemerslijst'});
        for (const participant of session.participants) {
            const item = el('li', {'data-beroepskracht': participant.professionalId}, participant.name + ' ');
            item.appendChild(c.badge(c.PARTICIPATION[participant.status], participant.status.toLowerCase()));
            participants.appendChild(item);
        }
        if (!session.participants.length) {
            participants.appendChild(el('li', {}, 'Nog niemand uitgenodigd.'));
        }
        definition(list, 'Deelnemers', participants);
        if (session.agreements) {
            definition(list, 'Afspraken', session.agreements);
        }
        if (session.agreementItems.length) {
            const agreements = el('ul', {});
            for (const item of session.agreementItems) {
                const who = [item.responsible ? item.responsible.name : null, item.dueDate ? 'vóór ' + c.dutchDate(item.dueDate) : null]
                    .filter(Boolean).join(', ');
                agreements.appendChild(el('li', {}, item.text + (who ? ` (${who})` : '')));
            }
            definition(list, 'Afspraakpunten', agreements);
        }
        renderInvitation();
    }

    /** A professional invited to a planned session answers the invitation here. */
    function renderInvitation() {
        const box = document.getElementById('uitnodiging');
        const me = state.viewer.professional;
        const own = me && state.session.participants.find(participant => participant.professionalId === me.id);
        box.hidden = !(state.viewer.role === 'PROFESSIONAL' && own && state.session.status === 'PLANNED');
        if (!box.hidden) {
            document.getElementById('uitnodiging-tekst').textContent = `U bent uitgenodigd voor deze tent (${c.PARTICIPATION[own.status]}).`;
        }
    }

    async function respond(accept) {
        const ok = await mutate(document.getElementById('melding'), RESPOND, 'respondToTentInvitation',
            {tentSessionId: state.sessionId, accept: accept}, accept ? 'U komt naar de tent.' : 'U heeft afgezegd.');
        if (ok) {
            await reloadSession();
        }
    }

    /* ---------- help questions, analysis and the ladder ---------- */

    function analysisElement(analysis) {
        const box = el('details', {'class': 'nk-analyse'});
        box.appendChild(el('summary', {}, analysis ? 'Verklarende analyse' : 'Verklarende analyse: nog niet gemaakt'));
        if (!analysis) {
            return box;
        }
        box.open = true;
        if (analysis.summary) {
            box.appendChild(el('p', {'class': 'nk-analyse-samenvatting'}, analysis.summary));
        }
        if (analysis.hypotheses.length) {
            box.appendChild(el('h4', {}, 'Hypothesen'));
            const list = el('ol', {'class': 'nk-hypothesen'});
            for (const hypothesis of analysis.hypotheses) {
                const item = el('li', {});
                item.appendChild(el('span', {}, hypothesis.text + ' '));
                item.appendChild(el('span', {'class': 'nk-domeinen'}, c.domains(hypothesis.lifeDomains)));
                const evidence = el('ul', {'class': 'nk-bewijs'});
                for (const factor of hypothesis.supportingEvidence) {
                    evidence.appendChild(el('li', {'class': 'nk-plus'}, '+ ' + factor.text));
                }
                for (const factor of hypothesis.contradictingEvidence) {
                    evidence.appendChild(el('li', {'class': 'nk-min'}, '− ' + factor.text));
                }
                if (evidence.children.length) {
                    item.appendChild(evidence);
                }
                list.appendChild(item);
            }
            box.appendChild(list);
        }
        if (analysis.protectiveFactors.length) {
            box.appendChild(el('h4', {}, 'Beschermende factoren'));
            const list = el('ul', {'class': 'nk-beschermend'});
            for (const factor of analysis.protectiveFactors) {
                list.appendChild(el('li', {}, `${factor.text} (${c.domains(factor.lifeDomains)})`));
            }
            box.appendChild(list);
        }
        return box;
    }

    function optionHelper(option) {
        if (option.person) {
            const person = option.person;
            return {id: person.id, name: c.fullName(person), meta: person.age !== null && person.age !== undefined ? person.age + ' jaar' : ''};
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

    function activeHelperIds(question) {
        return new Set(question.matches.filter(match => match.status !== 'CLOSED').map(match => match.helperId));
    }

    function proposeButton(question, helperId, helperName) {
        const button = el('button', {type: 'button', 'class': 'nk-klein nk-voorstellen', 'data-helper': helperId}, 'Voorstellen');
        button.title = `${helperName} voorstellen voor deze hulpvraag`;
        button.addEventListener('click', () => propose(question.id, helperId, button));
        return button;
    }

    function ladderColumn(question, step, options) {
        const column = el('section', {'class': 'nk-trede', 'data-trede': step});
        const number = ['NETWORK', 'COMMUNITY', 'FIRST_LINE', 'SPECIALIST'].indexOf(step) + 1;
        column.appendChild(el('h4', {}, `${number} · ${c.STEP[step].charAt(0).toUpperCase()}${c.STEP[step].substring(1)}`));
        const list = el('ol', {'class': 'nk-opties'});
        const active = activeHelperIds(question);
        options.forEach((option, index) => {
            const helper = optionHelper(option);
            const item = el('li', {'class': 'nk-optie', 'data-helper': helper.id});
            if (index >= SHOWN_PER_STEP) {
                item.hidden = true;
            }
            const head = el('div', {'class': 'nk-optie-kop'});
            head.appendChild(el('strong', {'class': 'nk-optie-naam'}, helper.name));
            head.appendChild(el('span', {'class': 'nk-score', title: 'Score binnen deze trede'}, String(option.score)));
            item.appendChild(head);
            if (helper.meta) {
                item.appendChild(el('div', {'class': 'nk-optie-meta'}, helper.meta));
            }
            const reasons = el('ul', {'class': 'nk-redenen'});
            for (const reason of option.reasons) {
                reasons.appendChild(el('li', {}, reason));
            }
            item.appendChild(reasons);
            if (isCoach() && question.status !== 'CLOSED') {
                if (active.has(helper.id)) {
                    item.appendChild(c.badge('al gekoppeld', 'proposed'));
                } else {
                    item.appendChild(proposeButton(question, helper.id, helper.name));
                }
            }
            list.appendChild(item);
        });
        if (!options.length) {
            list.appendChild(el('li', {'class': 'nk-leeg'}, 'Niets gevonden op deze trede.'));
        }
        column.appendChild(list);
        if (options.length > SHOWN_PER_STEP) {
            const more = el('button', {type: 'button', 'class': 'nk-klein nk-secundair nk-meer'}, `Nog ${options.length - SHOWN_PER_STEP} tonen`);
            more.addEventListener('click', () => {
                list.querySelectorAll('.nk-optie[hidden]').forEach(item => { item.hidden = false; });
                more.remove();
            });
            column.appendChild(more);
        }
        return column;
    }

    function renderLadder(question, options) {
        const ladder = document.querySelector(`[data-hulpvraag="${question.id}"] .nk-ladder`);
        ladder.textContent = '';
        ladder.appendChild(ladderColumn(question, 'NETWORK', options.network));
        ladder.appendChild(ladderColumn(question, 'COMMUNITY', options.community));
        ladder.appendChild(ladderColumn(question, 'FIRST_LINE', options.firstLine));
        ladder.appendChild(ladderColumn(question, 'SPECIALIST', options.specialist));
    }

    /** The ladder of each question, one request at a time: each asks much of the service. */
    async function loadLadders() {
        for (const question of state.session.helpQuestions) {
            try {
                const data = await c.read(LADDER, {helpQuestionId: question.id});
                question.ladder = data.supportOptions;
                renderLadder(question, question.ladder);
            } catch (e) {
                const ladder = document.querySelector(`[data-hulpvraag="${question.id}"] .nk-ladder`);
                ladder.textContent = '';
                ladder.appendChild(el('p', {'class': 'nk-melding nk-melding-fout'}, 'De steunladder kon niet geladen worden: ' + e.message));
            }
        }
    }

    function matchActions(question, match, melding) {
        const cell = el('td', {'class': 'nk-acties'});
        if (!isCoach() || match.status === 'CLOSED') {
            return cell;
        }
        if (match.status === 'PROPOSED') {
            const confirm = el('button', {type: 'button', 'class': 'nk-klein nk-bevestigen'}, 'Klik bevestigen');
            confirm.title = 'Gezin en helper willen samen verder';
            confirm.addEventListener('click', async () => {
                confirm.disabled = true;
                if (await mutate(melding, CONFIRM, 'confirmMatch', {id: match.id}, 'De klik is bevestigd.')) {
                    await afterMatchChange();
                }
                confirm.disabled = false;
            });
            cell.appendChild(confirm);
        }
        if (match.status === 'CONFIRMED') {
            const start = el('button', {type: 'button', 'class': 'nk-klein nk-starten'}, 'Hulp gestart');
            start.addEventListener('click', async () => {
                start.disabled = true;
                if (await mutate(melding, START, 'startMatch', {id: match.id}, 'De hulp is gestart.')) {
                    await afterMatchChange();
                }
                start.disabled = false;
            });
            cell.appendChild(start);
        }
        const outcome = el('select', {'class': 'nk-uitkomst', 'aria-label': 'Uitkomst'});
        outcome.appendChild(el('option', {value: ''}, 'Afsluiten met uitkomst…'));
        for (const [value, label] of Object.entries(c.OUTCOME)) {
            outcome.appendChild(el('option', {value: value}, label));
        }
        const close = el('button', {type: 'button', 'class': 'nk-klein nk-secundair nk-afsluiten'}, 'Afsluiten');
        close.addEventListener('click', async () => {
            if (!outcome.value) {
                nk.showMessage(melding, 'Kies eerst de uitkomst.', 'fout');
                return;
            }
            close.disabled = true;
            if (await mutate(melding, CLOSE, 'closeMatch', {id: match.id, outcome: outcome.value},
                `De koppeling is afgesloten: ${c.OUTCOME[outcome.value]}.`)) {
                await afterMatchChange();
            }
            close.disabled = false;
        });
        cell.appendChild(outcome);
        cell.appendChild(close);
        return cell;
    }

    function renderMatches(question) {
        const card = document.querySelector(`[data-hulpvraag="${question.id}"]`);
        const status = card.querySelector('.nk-vraag-status');
        status.textContent = c.QUESTION_STATUS[question.status];
        status.className = `nk-label nk-label-${question.status.toLowerCase()} nk-vraag-status`;
        const box = card.querySelector('.nk-koppelingen');
        const melding = card.querySelector('.nk-vraag-melding');
        box.textContent = '';
        if (!question.matches.length) {
            box.appendChild(el('p', {'class': 'nk-leeg'}, 'Nog geen koppelingen voor deze hulpvraag.'));
            return;
        }
        const table = el('table', {'class': 'nk-tabel'});
        const head = el('tr', {});
        for (const title of ['Helper', 'Trede', 'Status', 'Voorgesteld', 'Klik', 'Gestart', 'Afgesloten', '']) {
            head.appendChild(el('th', {scope: 'col'}, title));
        }
        table.appendChild(el('thead', {})).appendChild(head);
        const body = el('tbody', {});
        for (const match of question.matches) {
            const row = el('tr', {'data-koppeling': match.id, 'data-status': match.status});
            row.appendChild(el('td', {'class': 'nk-koppeling-helper'}, c.helperName(match.helper)));
            row.appendChild(el('td', {}, c.STEP[match.ladderStep]));
            const statusCell = el('td', {'class': 'nk-koppeling-status'});
            statusCell.appendChild(c.badge(c.MATCH_STATUS[match.status], match.status.toLowerCase()));
            if (match.outcome) {
                statusCell.appendChild(el('span', {}, ' ' + c.OUTCOME[match.outcome]));
            }
            row.appendChild(statusCell);
            row.appendChild(el('td', {}, c.dutchDateTime(match.proposedAt)));
            row.appendChild(el('td', {}, match.confirmedAt ? c.dutchDateTime(match.confirmedAt) : '—'));
            row.appendChild(el('td', {}, match.startedAt ? c.dutchDateTime(match.startedAt) : '—'));
            row.appendChild(el('td', {}, match.closedAt ? c.dutchDateTime(match.closedAt) : '—'));
            row.appendChild(matchActions(question, match, melding));
            body.appendChild(row);
        }
        table.appendChild(body);
        box.appendChild(table);
    }

    function renderQuestions() {
        const container = document.getElementById('hulpvragen');
        container.textContent = '';
        const questions = state.session.helpQuestions;
        if (!questions.length) {
            container.appendChild(el('p', {'class': 'nk-leeg'}, 'Deze tent bespreekt geen hulpvragen.'));
            return;
        }
        for (const question of questions) {
            const card = el('article', {'class': 'nk-hulpvraag nk-paneel', 'data-hulpvraag': question.id});
            card.appendChild(el('h3', {'class': 'nk-vraag-tekst'}, question.text));
            const meta = el('p', {'class': 'nk-vraag-meta'});
            const status = c.badge(c.QUESTION_STATUS[question.status], question.status.toLowerCase());
            status.classList.add('nk-vraag-status');
            meta.appendChild(status);
            meta.appendChild(c.badge('urgentie ' + c.URGENCY[question.urgency], 'urgentie-' + question.urgency.toLowerCase()));
            meta.appendChild(el('span', {'class': 'nk-domeinen'}, c.domains(question.lifeDomains)));
            if (question.about) {
                meta.appendChild(el('span', {}, 'over ' + c.fullName(question.about)));
            }
            meta.appendChild(el('span', {'class': 'nk-zacht'}, 'sinds ' + c.dutchDate(question.createdAt)));
            card.appendChild(meta);
            card.appendChild(analysisElement(question.analysis));
            card.appendChild(el('h4', {}, 'Steunladder'));
            const ladder = el('div', {'class': 'nk-ladder'});
            ladder.appendChild(el('p', {'class': 'nk-leeg'}, 'De steunladder wordt geladen…'));
            card.appendChild(ladder);
            card.appendChild(el('h4', {}, 'Koppelingen'));
            card.appendChild(el('div', {'class': 'nk-melding nk-vraag-melding', role: 'alert', hidden: ''}));
            card.appendChild(el('div', {'class': 'nk-koppelingen'}));
            container.appendChild(card);
            renderMatches(question);
        }
    }

    async function propose(helpQuestionId, helperId, button) {
        const card = document.querySelector(`[data-hulpvraag="${helpQuestionId}"]`);
        const melding = card ? card.querySelector('.nk-vraag-melding') : document.getElementById('zoek-melding');
        button.disabled = true;
        const ok = await mutate(melding, PROPOSE, 'proposeMatch', {helpQuestionId: helpQuestionId, helperId: helperId},
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
    async function afterMatchChange() {
        try {
            const data = await c.read(MATCHES, {id: state.sessionId});
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
            nk.showMessage(document.getElementById('melding'), e.message, 'fout');
        }
        state.rankings.clear();
        await search();
        await loadTeam();
        await loadTimeline();
    }

    /* ---------- professional search ---------- */

    function fillSelect(select, entries) {
        for (const [value, label] of entries) {
            select.appendChild(el('option', {value: value}, label));
        }
    }

    async function loadFilterLists() {
        fillSelect(document.getElementById('zoek-taal'), Object.entries(LANGUAGES));
        fillSelect(document.getElementById('zoek-hulpvraag'),
            state.session.helpQuestions.filter(question => question.status !== 'CLOSED').map(question => [question.id, shortText(question.text, 70)]));
        const first = state.session.helpQuestions.find(question => question.status !== 'CLOSED');
        if (first) {
            document.getElementById('zoek-hulpvraag').value = first.id;
        }
        try {
            const data = await c.read(FILTER_LISTS);
            fillSelect(document.getElementById('zoek-expertise'), data.expertises.edges.map(edge => [edge.node.id, edge.node.name]));
            fillSelect(document.getElementById('zoek-kern'), data.areas.edges.map(edge => [edge.node.id, edge.node.name]));
        } catch (e) {
            nk.showMessage(document.getElementById('zoek-melding'), 'De keuzelijsten konden niet geladen worden: ' + e.message, 'fout');
        }
    }

    function searchFilter() {
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
    async function ranking(helpQuestionId) {
        if (!helpQuestionId) {
            return new Map();
        }
        if (!state.rankings.has(helpQuestionId)) {
            const data = await c.read(RANKING, {helpQuestionId: helpQuestionId});
            state.rankings.set(helpQuestionId, new Map(data.matchProfessionals.map(result => [result.professional.id, result])));
        }
        return state.rankings.get(helpQuestionId);
    }

    function resultItem(professional, ranked, question) {
        const item = el('li', {'class': 'nk-resultaat nk-paneel', 'data-beroepskracht': professional.id});
        const head = el('div', {'class': 'nk-optie-kop'});
        head.appendChild(el('strong', {'class': 'nk-resultaat-naam'}, professional.name));
        if (ranked) {
            head.appendChild(el('span', {'class': 'nk-score', title: 'Passendheid voor de gekozen hulpvraag (0 tot 100)'},
                String(Math.round(ranked.score))));
        }
        item.appendChild(head);
        const places = professional.acceptingClients && professional.capacity > 0
            ? `${professional.capacity} ${professional.capacity === 1 ? 'open plek' : 'open plekken'}`
            : 'geen open plek';
        item.appendChild(el('div', {'class': 'nk-optie-meta'}, [
            professional.discipline,
            professional.tier === 'FIRST_LINE' ? 'eerstelijns' : 'specialistisch',
            professional.organisation ? professional.organisation.name : null,
            places
        ].filter(Boolean).join(' · ')));
        item.appendChild(el('div', {'class': 'nk-optie-meta'}, [
            professional.expertises.map(entry => entry.expertise.name).join(', '),
            professional.areas.length ? 'werkt in ' + professional.areas.map(area => area.name).join(', ') : null,
            professional.languages.length ? 'spreekt ' + professional.languages.map(code => LANGUAGES[code] || code).join(', ') : null
        ].filter(Boolean).join(' · ')));
        if (ranked) {
            const reasons = el('ul', {'class': 'nk-redenen'});
            for (const reason of ranked.reasons) {
                reasons.appendChild(el('li', {}, reason));
            }
            item.appendChild(reasons);
        }
        if (isCoach() && question) {
            if (activeHelperIds(question).has(professional.id)) {
                item.appendChild(c.badge('al gekoppeld', 'proposed'));
            } else {
                item.appendChild(proposeButton(question, professional.id, professional.name));
            }
        }
        return item;
    }

    /** Live search: the professionals query with the filters, ranked by matchProfessionals for the chosen question. */
    async function search() {
        const sequence = ++state.searchSequence;
        const melding = document.getElementById('zoek-melding');
        const questionId = document.getElementById('zoek-hulpvraag').value;
        const question = state.session.helpQuestions.find(candidate => candidate.id === questionId) || null;
        const onlyPlaces = document.getElementById('zoek-ruimte').checked;
        try {
            // one after the other, as the rest of the page: the ranking is cached per question
            const ranked = await ranking(questionId).catch(() => new Map());
            const data = await c.read(PROFESSIONALS, {filter: searchFilter()});
            if (sequence !== state.searchSequence) {
                return;
            }
            // the family's own coach directs the case and is no helper for it
            const coachId = state.session.family.coach ? state.session.family.coach.id : null;
            let professionals = data.professionals.edges.map(edge => edge.node).filter(professional => professional.id !== coachId);
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
            nk.showMessage(melding, '', 'info');
        } catch (e) {
            if (sequence === state.searchSequence) {
                nk.showMessage(melding, e.message, 'fout');
            }
        }
    }

    function wireSearch() {
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

    /* ---------- minimal team and suggested participants ---------- */

    function professionalLine(professional) {
        return [professional.discipline, professional.organisation ? professional.organisation.name : null].filter(Boolean).join(' · ');
    }

    async function loadTeam() {
        const box = document.getElementById('team');
        try {
            const data = await c.read(TEAM, {familyId: state.session.family.id});
            const team = data.minimalTeam;
            box.textContent = '';
            const domainCount = team.lifeDomains.length;
            box.appendChild(el('p', {'id': 'team-samenvatting'}, domainCount >= 3
                ? `Complex gezin: open hulpvragen op ${domainCount} leefdomeinen (${c.domains(team.lifeDomains)}).`
                : `Open hulpvragen op ${domainCount} ${domainCount === 1 ? 'leefdomein' : 'leefdomeinen'}`
                    + (domainCount ? ` (${c.domains(team.lifeDomains)})` : '') + '.'));
            const list = el('ol', {'class': 'nk-team', id: 'teamleden'});
            for (const member of team.members) {
                const item = el('li', {'data-beroepskracht': member.professional.id});
                item.appendChild(el('strong', {}, member.professional.name));
                item.appendChild(el('span', {'class': 'nk-optie-meta'}, ' ' + professionalLine(member.professional)));
                item.appendChild(el('div', {}, 'Dekt: ' + c.domains(member.covers)));
                list.appendChild(item);
            }
            box.appendChild(list);
            if (team.complete) {
                box.appendChild(el('p', {'class': 'nk-plus'}, `Dit team van ${team.members.length} dekt alle leefdomeinen.`));
            } else {
                box.appendChild(el('p', {'class': 'nk-min', id: 'team-ontbreekt'},
                    'Niet alles is te dekken met beroepskrachten die plek hebben. Ontbreekt: ' + c.domains(team.missingLifeDomains) + '.'));
            }
        } catch (e) {
            box.textContent = '';
            box.appendChild(el('p', {'class': 'nk-melding nk-melding-fout'}, 'Het minimale team kon niet bepaald worden: ' + e.message));
        }
    }

    async function invite(professionalId, button) {
        button.disabled = true;
        const ok = await mutate(document.getElementById('melding'), INVITE, 'inviteTentParticipants',
            {tentSessionId: state.sessionId, professionalIds: [professionalId]}, 'Uitgenodigd voor de tent.');
        if (ok) {
            await reloadSession();
            await loadSuggestions();
        } else {
            button.disabled = false;
        }
    }

    async function loadSuggestions() {
        const box = document.getElementById('deelnemers');
        const ids = state.session.helpQuestions.map(question => question.id);
        if (!ids.length) {
            box.textContent = 'Zonder hulpvragen zijn er geen voorstellen.';
            return;
        }
        try {
            const data = await c.read(SUGGESTIONS, {ids: ids});
            const result = data.suggestTentParticipants;
            const invited = new Map(state.session.participants.map(participant => [participant.professionalId, participant.status]));
            box.textContent = '';
            const list = el('ol', {'class': 'nk-resultaten', id: 'voorgestelde-deelnemers'});
            for (const suggestion of result.suggestions) {
                const professional = suggestion.professional;
                const item = el('li', {'class': 'nk-resultaat nk-paneel', 'data-beroepskracht': professional.id});
                const head = el('div', {'class': 'nk-optie-kop'});
                head.appendChild(el('strong', {}, professional.name));
                head.appendChild(el('span', {'class': 'nk-score'}, String(suggestion.score)));
                item.appendChild(head);
                item.appendChild(el('div', {'class': 'nk-optie-meta'}, professionalLine(professional)
                    + ' · dekt ' + c.domains(suggestion.coveredLifeDomains)));
                const reasons = el('ul', {'class': 'nk-redenen'});
                for (const reason of suggestion.reasons) {
                    reasons.appendChild(el('li', {}, reason));
                }
                item.appendChild(reasons);
                if (invited.has(professional.id)) {
                    item.appendChild(c.badge(c.PARTICIPATION[invited.get(professional.id)], invited.get(professional.id).toLowerCase()));
                } else if (isCoach() && state.session.status === 'PLANNED') {
                    const button = el('button', {type: 'button', 'class': 'nk-klein'}, 'Uitnodigen');
                    button.addEventListener('click', () => invite(professional.id, button));
                    item.appendChild(button);
                }
                list.appendChild(item);
            }
            box.appendChild(list);
            const notes = [`Hoogstens ${result.maxPerOrganisation} per organisatie.`];
            if (result.uncoveredLifeDomains.length) {
                notes.push('Niemand dekt: ' + c.domains(result.uncoveredLifeDomains) + '.');
            }
            box.appendChild(el('p', {'class': 'nk-intro'}, notes.join(' ')));
        } catch (e) {
            box.textContent = '';
            box.appendChild(el('p', {'class': 'nk-melding nk-melding-fout'}, 'De voorgestelde deelnemers konden niet geladen worden: ' + e.message));
        }
    }

    /* ---------- timeline ---------- */

    async function loadTimeline() {
        const melding = document.getElementById('tijdlijn-melding');
        try {
            const entries = await c.loadTimeline(state.session.family.id);
            c.renderTimeline(document.getElementById('tijdlijn'), entries, questionTexts());
            nk.showMessage(melding, '', 'info');
        } catch (e) {
            nk.showMessage(melding, 'De tijdlijn kon niet geladen worden: ' + e.message, 'fout');
        }
    }

    /* ---------- start ---------- */

    async function reloadSession() {
        const data = await c.read(SESSION, {id: state.sessionId});
        const previous = new Map((state.session ? state.session.helpQuestions : []).map(question => [question.id, question]));
        state.session = data.tentSession;
        for (const question of state.session.helpQuestions) {
            const known = previous.get(question.id) || {};
            question.ladder = known.ladder;
            question.analysis = known.analysis || null;
            question.matches = known.matches || [];
        }
        renderSession();
    }

    document.addEventListener('DOMContentLoaded', async () => {
        state.viewer = await nk.start();
        state.sessionId = new URLSearchParams(window.location.search).get('sessie');
        const melding = document.getElementById('melding');
        if (!state.sessionId) {
            nk.showMessage(melding, 'Geen tent gekozen. Open een tent vanuit de lijst met gezinnen.', 'fout');
            return;
        }
        try {
            const data = await c.read(SESSION, {id: state.sessionId});
            c.setDomainNames(data.lifeDomains);
            state.session = data.tentSession;
            const analyses = await c.read(ANALYSES, {id: state.sessionId});
            const matches = await c.read(MATCHES, {id: state.sessionId});
            const analysisOf = new Map(analyses.tentSession.helpQuestions.map(question => [question.id, question.analysis]));
            const matchesOf = new Map(matches.tentSession.helpQuestions.map(question => [question.id, question.matches]));
            for (const question of state.session.helpQuestions) {
                question.analysis = analysisOf.get(question.id) || null;
                question.matches = matchesOf.get(question.id) || [];
            }
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
            return;
        }
        renderSession();
        renderQuestions();
        document.getElementById('uitnodiging-ja').addEventListener('click', () => respond(true));
        document.getElementById('uitnodiging-nee').addEventListener('click', () => respond(false));
        wireSearch();
        // the coach confirmed or changed a question's needs (js/tent/behoeften.js): its ranking follows
        document.addEventListener('nk:behoeften-gewijzigd', async event => {
            state.rankings.delete(event.detail.helpQuestionId);
            await search();
            await loadLadders();
            await loadTeam();
        });
        await loadFilterLists();
        // one part after the other: the service answers them no faster all at once
        await loadLadders();
        await search();
        await loadTeam();
        await loadSuggestions();
        await loadTimeline();
        document.body.dataset.geladen = 'ja';
    });
})(window.Netwerkkaart);
