/*
 * What the tent page and the dossier page share: Dutch names for the case's enums, dates in Dutch, and the case
 * timeline (caseTimeline, read page by page until complete) drawn as a list.
 */
(function (nk) {
    'use strict';

    const URGENCY = {LOW: 'laag', NORMAL: 'normaal', HIGH: 'hoog', CRISIS: 'crisis'};
    const QUESTION_STATUS = {OPEN: 'open', IN_TENT: 'in de tent', MATCHED: 'gekoppeld', CLOSED: 'afgesloten'};
    const SESSION_STATUS = {PLANNED: 'gepland', HELD: 'gehouden', CANCELLED: 'afgelast'};
    const PARTICIPATION = {INVITED: 'uitgenodigd', ACCEPTED: 'komt', DECLINED: 'komt niet', ATTENDED: 'was er'};
    const MATCH_STATUS = {PROPOSED: 'voorgesteld', CONFIRMED: 'klik bevestigd', STARTED: 'hulp gestart', CLOSED: 'afgesloten'};
    const OUTCOME = {
        HELPED: 'geholpen',
        REFERRED: 'doorverwezen',
        NO_CLICK: 'geen klik',
        NOT_REACHED: 'geen contact',
        NOT_SUITABLE: 'niet passend',
        NO_CAPACITY: 'geen capaciteit',
        NO_LONGER_NEEDED: 'niet meer nodig'
    };
    const STEP = {NETWORK: 'eigen netwerk', COMMUNITY: 'voorliggend / community', FIRST_LINE: 'eerstelijns', SPECIALIST: 'specialistisch'};
    const ENTRY_KIND = {
        HELP_QUESTION: 'Hulpvraag',
        HELP_QUESTION_CLOSED: 'Hulpvraag afgesloten',
        ANALYSIS: 'Analyse',
        TENT_SESSION: 'Expertisetent',
        AGREEMENT: 'Afspraak',
        MATCH: 'Koppeling',
        HANDOVER_NOTE: 'Overdracht'
    };

    const TIMELINE = `query CaseTimeline($familyId: ID!, $after: String) {
        caseTimeline(familyId: $familyId, first: 100, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node {
                kind at title text itemId helpQuestionId
                matchStatus matchOutcome ladderStep helperName
                tentSession { id date status location }
                handoverNote { id author { name } recipient { name } }
            } }
        }
    }`;

    /** The Dutch names of the life domains, by code, from the service (lifeDomains). */
    let domainNames = {};

    function setDomainNames(lifeDomains) {
        domainNames = Object.fromEntries((lifeDomains || []).map(domain => [domain.code, domain.name]));
    }

    function domainName(code) {
        return domainNames[code] || code;
    }

    function domains(codes) {
        return (codes || []).map(domainName).join(', ');
    }

    function dutchDate(isoDate) {
        if (!isoDate) {
            return '—';
        }
        return new Date(isoDate.substring(0, 10) + 'T12:00:00Z')
            .toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    }

    function dutchDateTime(isoDateTime) {
        if (!isoDateTime) {
            return '—';
        }
        return new Date(isoDateTime).toLocaleString('nl-NL', {
            day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam'
        });
    }

    /** The day of a moment in the Netherlands. */
    function dutchDay(isoDateTime) {
        return new Date(isoDateTime).toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam'});
    }

    /** Today in the Netherlands, as the service counts dates. */
    function today() {
        return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit'})
            .format(new Date());
    }

    function fullName(person) {
        return person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : 'onbekend';
    }

    /** The name of a match helper: a professional, a community resource or a network person. */
    function helperName(helper) {
        if (!helper) {
            return 'onbekend';
        }
        return helper.name || fullName(helper);
    }

    function badge(text, kind) {
        return nk.element('span', {'class': 'nk-label' + (kind ? ' nk-label-' + kind : '')}, text);
    }

    /** How often a read is tried before its error is shown. */
    const READ_ATTEMPTS = 3;

    /**
     * A query asked again after a timeout or a server error: a busy service can fail a first, cold request and
     * answer the same one a moment later. Mutations are never repeated.
     */
    async function read(query, variables) {
        for (let attempt = 1; ; attempt++) {
            try {
                return await nk.graphql(query, variables);
            } catch (e) {
                const transient = (e.errors || []).some(error =>
                    ['TIMEOUT', 'INTERNAL_ERROR'].includes(error.extensions && error.extensions.classification));
                if (!transient || attempt === READ_ATTEMPTS) {
                    throw e;
                }
                await new Promise(resolve => setTimeout(resolve, 1000 * attempt));
            }
        }
    }

    /** All entries of the family's timeline, oldest first. */
    async function loadTimeline(familyId) {
        const entries = [];
        let after = null;
        for (;;) {
            const data = await read(TIMELINE, {familyId: familyId, after: after});
            const page = data.caseTimeline;
            entries.push(...page.edges.map(edge => edge.node));
            if (!page.pageInfo.hasNextPage) {
                return entries;
            }
            after = page.pageInfo.endCursor;
        }
    }

    function entryDetails(entry) {
        const details = [];
        if (entry.kind === 'MATCH') {
            if (entry.helperName) {
                details.push(entry.helperName);
            }
            if (entry.ladderStep) {
                details.push(STEP[entry.ladderStep]);
            }
            if (entry.matchStatus) {
                details.push(MATCH_STATUS[entry.matchStatus]);
            }
            if (entry.matchOutcome) {
                details.push('uitkomst: ' + OUTCOME[entry.matchOutcome]);
            }
        }
        if (entry.tentSession && entry.kind === 'TENT_SESSION') {
            details.push(SESSION_STATUS[entry.tentSession.status]);
            if (entry.tentSession.location && entry.tentSession.location !== entry.text) {
                details.push(entry.tentSession.location);
            }
        }
        if (entry.handoverNote) {
            if (entry.handoverNote.author) {
                details.push('door ' + entry.handoverNote.author.name);
            }
            if (entry.handoverNote.recipient) {
                details.push('voor ' + entry.handoverNote.recipient.name);
            }
        }
        return details;
    }

    /** Draws the entries into an (empty) list element; questionTexts maps help question ids to their text. */
    function renderTimeline(list, entries, questionTexts) {
        list.textContent = '';
        for (const entry of entries) {
            const item = nk.element('li', {'class': 'nk-tijdlijn-item', 'data-soort': entry.kind, 'data-item': entry.itemId});
            // a tent session and its agreements count from the start of the session's day: no time of day
            const dayOnly = entry.kind === 'TENT_SESSION' || entry.kind === 'AGREEMENT';
            item.appendChild(nk.element('time', {datetime: entry.at, 'class': 'nk-tijdlijn-tijd'},
                dayOnly ? dutchDay(entry.at) : dutchDateTime(entry.at)));
            const head = nk.element('div', {'class': 'nk-tijdlijn-kop'});
            head.appendChild(badge(ENTRY_KIND[entry.kind] || entry.kind, entry.kind.toLowerCase()));
            head.appendChild(nk.element('strong', {'class': 'nk-tijdlijn-titel'}, entry.title));
            item.appendChild(head);
            const details = entryDetails(entry);
            if (details.length) {
                item.appendChild(nk.element('div', {'class': 'nk-tijdlijn-details'}, details.join(' · ')));
            }
            if (entry.text) {
                item.appendChild(nk.element('p', {'class': 'nk-tijdlijn-tekst'}, entry.text));
            }
            const question = entry.helpQuestionId && questionTexts && questionTexts[entry.helpQuestionId];
            if (question && entry.kind !== 'HELP_QUESTION') {
                item.appendChild(nk.element('div', {'class': 'nk-tijdlijn-vraag'}, 'Hulpvraag: ' + question));
            }
            list.appendChild(item);
        }
        if (!entries.length) {
            list.appendChild(nk.element('li', {'class': 'nk-leeg'}, 'Het dossier is nog leeg.'));
        }
    }

    nk.case = {
        URGENCY, QUESTION_STATUS, SESSION_STATUS, PARTICIPATION, MATCH_STATUS, OUTCOME, STEP, ENTRY_KIND,
        setDomainNames, domainName, domains, dutchDate, dutchDateTime, today, fullName, helperName, badge,
        read, loadTimeline, renderTimeline
    };
})(window.Netwerkkaart = window.Netwerkkaart || {});
