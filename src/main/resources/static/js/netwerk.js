/*
 * A family's network map (netwerk.html?gezin=<id>): the household in the centre, everyone else on the rings of the
 * netwerkcirkel, drawn with Cytoscape. Each view is one GraphQL request: the map, the summary and (for an earlier date)
 * what changed since. Positions are computed here (a preset layout), so a ring keeps its place when another is empty
 * and 60 persons with 150 ties draw at once.
 */
(function (nk) {
    'use strict';

    const KINDS = {
        FAMILY: {naam: 'familie', kleur: '#e6550d'},
        FRIEND: {naam: 'vrienden', kleur: '#3182bd'},
        NEIGHBOUR: {naam: 'buren', kleur: '#31a354'},
        SCHOOL: {naam: 'school', kleur: '#9e6ac8'},
        WORK: {naam: 'werk', kleur: '#6b6b6b'},
        CLUB: {naam: 'vereniging', kleur: '#e7ba52'},
        FAITH: {naam: 'geloofsgemeenschap', kleur: '#8c6d31'},
        ONLINE: {naam: 'online', kleur: '#17becf'},
        PROFESSIONAL: {naam: 'hulpverleners', kleur: '#7b4173'}
    };
    const SUPPORT = {
        EMOTIONAL: 'emotionele steun',
        PRACTICAL: 'praktische steun',
        INFORMATIONAL: 'informatie',
        ADVICE: 'advies',
        CHILDCARE: 'oppas en respijt',
        FINANCIAL: 'financiële steun'
    };
    const DIRECTIONS = {GIVES: 'geeft', RECEIVES: 'ontvangt', BOTH: 'wederzijds'};
    const QUALITIES = {POSITIVE: 'positief', AMBIVALENT: 'dubbel: steunend en lastig', STRESSFUL: 'belastend', BROKEN: 'verbroken'};
    const FREQUENCIES = {
        DAILY: 'dagelijks', WEEKLY: 'wekelijks', MONTHLY: 'maandelijks',
        FEW_TIMES_A_YEAR: 'een paar keer per jaar', RARELY: 'hooguit eens per jaar'
    };
    const RINGS = {0: 'huishouden', 1: 'intiem', 2: 'dichtbij', 3: 'bekenden', 4: 'diensten', 5: 'zonder relatie'};
    const MEMBER_ROLES = {PARENT: 'ouder', CHILD: 'kind', OTHER: 'ander gezinslid'};
    const FIELD_NAMES = {
        ring: 'nabijheid', quality: 'kwaliteit', support: 'steun', frequency: 'contact', kind: 'soort',
        knownSince: 'bekend sinds', note: 'notitie'
    };
    const HOUSEHOLD_COLOUR = '#1f5f6b';
    const NO_TIE_COLOUR = '#bdbdbd';

    const PERSON = 'id givenName familyName birthDate age areaName inNetworkFrom inNetworkTo';
    const TIE = 'id versionId version fromPersonId toPersonId kind ring support { type direction } quality frequency knownSince note validFrom validTo endReason';
    const MAP = `asOf nodes { id household memberRole ring kind givesSupport person { ${PERSON} } } edges { ${TIE} }`;
    const SUMMARY = `asOf personCount householdCount tieCount density reciprocityShare
        personsPerRing { ring count } personsPerKind { kind count }
        supportGivers { type givers { id givenName familyName } }
        stressfulTies { ${TIE} } brokenTies { id }
        singlePointsOfFailure { type person { id givenName familyName } }
        childrenWithoutCloseAdult { id givenName familyName }
        brokers { person { id givenName familyName } normalizedBetweenness }
        resourcesUsed { person { id givenName familyName } resourceName }`;

    const PAGE = `query NetworkPage($familyId: ID!) {
        family(id: $familyId) { id name reference area { name } helpQuestions { id text status lifeDomains } }
        familyNetwork(familyId: $familyId) { ${MAP} }
        networkSummary(familyId: $familyId) { ${SUMMARY} }
        selfRelianceTrend(familyId: $familyId) { assessments { date } domains { lifeDomain name points { date score } } }
    }`;
    const TODAY_VIEW = `query NetworkToday($familyId: ID!) {
        familyNetwork(familyId: $familyId) { ${MAP} }
        networkSummary(familyId: $familyId) { ${SUMMARY} }
    }`;
    const EARLIER_VIEW = `query NetworkOnDate($familyId: ID!, $asOf: Date!) {
        familyNetwork(familyId: $familyId, asOf: $asOf) { ${MAP} }
        networkSummary(familyId: $familyId, asOf: $asOf) { ${SUMMARY} }
        networkChanges(familyId: $familyId, from: $asOf) {
            addedPersons { ${PERSON} } removedPersons { ${PERSON} }
            addedTies { ${TIE} } endedTies { ${TIE} }
            changedTies { tieId changedFields before { ${TIE} } after { ${TIE} } }
        }
    }`;
    const SUPPORT_FOR = `query NetworkSupportFor($helpQuestionId: ID!) {
        networkSupportFor(helpQuestionId: $helpQuestionId) {
            score ring kind givesSupport person { id givenName familyName } reasons { text points minus }
        }
    }`;
    const USER_ERRORS = 'userErrors { field message code }';
    const ADD_PERSON = `mutation AddNetworkPerson($input: AddNetworkPersonInput!) {
        addNetworkPerson(input: $input) { person { id givenName familyName } ${USER_ERRORS} }
    }`;
    const ADD_TIE = `mutation AddNetworkTie($input: AddNetworkTieInput!) {
        addNetworkTie(input: $input) { tie { id } ${USER_ERRORS} }
    }`;
    const END_TIE = `mutation EndNetworkTie($input: EndNetworkTieInput!) {
        endNetworkTie(input: $input) { tie { id validTo } ${USER_ERRORS} }
    }`;

    const LABELS = {
        'input.familyId': 'Gezin',
        'input.givenName': 'Voornaam',
        'input.familyName': 'Achternaam',
        'input.birthDate': 'Geboortedatum',
        'input.areaId': 'Woonplaats',
        'input.validFrom': 'Datum vanaf',
        'input.validTo': 'Datum',
        'input.fromPersonId': 'Van',
        'input.toPersonId': 'Naar',
        'input.kind': 'Soort relatie',
        'input.ring': 'Nabijheid',
        'input.support': 'Steun',
        'input.quality': 'Kwaliteit',
        'input.frequency': 'Contact',
        'input.knownSince': 'Kennen elkaar sinds',
        'input.note': 'Notitie',
        'input.tieId': 'Relatie',
        'input.reason': 'Reden'
    };

    const state = {
        familyId: null,
        viewer: null,
        today: null,
        asOf: null,
        network: null,
        changes: null,
        candidates: null,
        persons: new Map(),
        request: 0,
        cy: null,
        chart: null
    };

    /* ---------- small helpers ---------- */

    /** Today in the Netherlands, as the service counts dates. */
    function todayInAmsterdam() {
        return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit'})
            .format(new Date());
    }

    function addDays(isoDate, days) {
        const date = new Date(isoDate + 'T12:00:00Z');
        date.setUTCDate(date.getUTCDate() + days);
        return date.toISOString().substring(0, 10);
    }

    function daysBetween(from, to) {
        return Math.round((new Date(to + 'T12:00:00Z') - new Date(from + 'T12:00:00Z')) / 86400000);
    }

    function dutchDate(isoDate) {
        if (!isoDate) {
            return '—';
        }
        return new Date(isoDate + 'T12:00:00Z').toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    }

    function fullName(person) {
        return person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : 'onbekend';
    }

    function nameOf(personId) {
        return fullName(state.persons.get(personId));
    }

    function percentage(share) {
        return share === null || share === undefined ? '—' : Math.round(share * 100) + '%';
    }

    function el(tag, attributes, text) {
        return nk.element(tag, attributes, text);
    }

    function fillSelect(select, entries, emptyLabel) {
        select.textContent = '';
        if (emptyLabel !== undefined) {
            select.appendChild(el('option', {value: ''}, emptyLabel));
        }
        for (const [value, label] of entries) {
            select.appendChild(el('option', {value: value}, label));
        }
    }

    function tieLabel(tie) {
        return `${nameOf(tie.fromPersonId)} — ${nameOf(tie.toPersonId)} (${KINDS[tie.kind].naam})`;
    }

    function supportText(tie) {
        if (!tie.support.length) {
            return 'geen steun vastgelegd';
        }
        return tie.support.map(s => `${DIRECTIONS[s.direction]} ${SUPPORT[s.type]}`).join(', ');
    }

    /* ---------- drawing ---------- */

    function ringOf(node) {
        if (node.household) {
            return 0;
        }
        return node.ring === null || node.ring === undefined ? 5 : node.ring;
    }

    /**
     * Preset positions: the household on a small circle in the middle, every other person on the circle of their
     * ring, grouped by kind so the quadrants of the netwerkcirkel show; a ring grows when it holds many persons.
     */
    function layoutRings(nodes) {
        const rings = new Map();
        for (const node of nodes) {
            const ring = ringOf(node);
            if (!rings.has(ring)) {
                rings.set(ring, []);
            }
            rings.get(ring).push(node);
        }
        const kindOrder = Object.keys(KINDS);
        const radii = {};
        const positions = {};
        const household = rings.get(0) || [];
        radii[0] = household.length > 1 ? 30 + 9 * household.length : 0;
        let previous = radii[0];
        const lastRing = rings.has(5) ? 5 : 4;
        for (let ring = 1; ring <= lastRing; ring++) {
            const count = (rings.get(ring) || []).length;
            radii[ring] = Math.max(previous + 70, ring * 95, count * 46 / (2 * Math.PI));
            previous = radii[ring];
        }
        for (const [ring, members] of rings) {
            members.sort((a, b) => (kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
                || fullName(a.person).localeCompare(fullName(b.person), 'nl'));
            const step = 2 * Math.PI / Math.max(members.length, 1);
            members.forEach((node, index) => {
                const angle = -Math.PI / 2 + index * step + (ring % 2) * step / 2;
                positions[node.id] = {x: radii[ring] * Math.cos(angle), y: radii[ring] * Math.sin(angle)};
            });
        }
        return {positions: positions, radii: radii, lastRing: lastRing};
    }

    function arrows(tie) {
        const gives = tie.support.some(s => s.direction === 'GIVES' || s.direction === 'BOTH');
        const receives = tie.support.some(s => s.direction === 'RECEIVES' || s.direction === 'BOTH');
        return {target: gives ? 'triangle' : 'none', source: receives ? 'triangle' : 'none'};
    }

    function nodeElement(node, extraClasses) {
        const ring = ringOf(node);
        const classes = ['persoon', node.household ? 'huishouden' : 'netwerk'];
        if (node.memberRole === 'CHILD') {
            classes.push('kind');
        }
        return {
            group: 'nodes',
            data: {
                id: node.id,
                label: node.household ? node.person.givenName : fullName(node.person),
                kleur: node.household ? HOUSEHOLD_COLOUR : (node.kind ? KINDS[node.kind].kleur : NO_TIE_COLOUR),
                ring: ring,
                kind: node.kind || '',
                household: node.household
            },
            classes: classes.concat(extraClasses || []).join(' ')
        };
    }

    function edgeElement(tie, extraClasses) {
        const arrow = arrows(tie);
        const weak = tie.ring >= 3;
        const classes = ['relatie', 'kwaliteit-' + tie.quality.toLowerCase(), weak ? 'zwak' : 'sterk'];
        return {
            group: 'edges',
            data: {
                id: tie.id,
                source: tie.fromPersonId,
                target: tie.toPersonId,
                kind: tie.kind,
                quality: tie.quality,
                support: tie.support.map(s => s.type).join(' '),
                bron: arrow.source,
                doel: arrow.target,
                breedte: [0, 4, 3, 2, 1.5][tie.ring] || 1.5,
                label: tie.quality === 'BROKEN' ? '✕' : ''
            },
            classes: classes.concat(extraClasses || []).join(' ')
        };
    }

    function ringElements(layout) {
        const elements = [];
        for (let ring = 1; ring <= layout.lastRing; ring++) {
            const size = 2 * layout.radii[ring];
            elements.push({
                group: 'nodes',
                data: {id: 'ring-' + ring, label: ring <= 4 ? `${ring} ${RINGS[ring]}` : RINGS[ring], maat: size},
                position: {x: 0, y: 0},
                classes: 'ring-gids',
                selectable: false,
                grabbable: false
            });
        }
        return elements;
    }

    const STYLE = [
        {selector: 'node.persoon, node.spook', style: {
            'background-color': 'data(kleur)', 'label': 'data(label)', 'width': 26, 'height': 26,
            'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1d2529',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
            'border-width': 1, 'border-color': '#ffffff', 'z-index': 10
        }},
        {selector: 'node.huishouden', style: {
            'shape': 'round-rectangle', 'width': 34, 'height': 34, 'border-width': 3, 'border-color': '#e0a526',
            'font-weight': 'bold'
        }},
        {selector: 'node.kind', style: {'width': 26, 'height': 26}},
        {selector: 'node.ring-gids', style: {
            'width': 'data(maat)', 'height': 'data(maat)', 'background-opacity': 0, 'border-width': 1,
            'border-style': 'dashed', 'border-color': '#b8c5ca', 'label': 'data(label)', 'text-valign': 'top',
            'text-margin-y': 14, 'font-size': 10, 'color': '#7b8b91', 'events': 'no', 'z-index': 0
        }},
        {selector: 'edge.relatie, edge.spook-relatie', style: {
            'width': 'data(breedte)', 'line-color': '#51616a', 'curve-style': 'straight',
            'target-arrow-shape': 'data(doel)', 'source-arrow-shape': 'data(bron)',
            'target-arrow-color': '#51616a', 'source-arrow-color': '#51616a', 'arrow-scale': 0.9,
            'opacity': 0.85, 'z-index': 5
        }},
        {selector: 'edge.zwak', style: {'line-style': 'dashed'}},
        {selector: 'edge.kwaliteit-ambivalent', style: {
            'line-color': '#d08b00', 'target-arrow-color': '#d08b00', 'source-arrow-color': '#d08b00'
        }},
        {selector: 'edge.kwaliteit-stressful', style: {
            'line-color': '#c62828', 'target-arrow-color': '#c62828', 'source-arrow-color': '#c62828',
            'line-style': 'solid', 'curve-style': 'segments', 'edge-distances': 'node-position',
            'segment-weights': '0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9',
            'segment-distances': '6 -6 6 -6 6 -6 6 -6 6'
        }},
        {selector: 'edge.kwaliteit-broken', style: {
            'line-color': '#9e9e9e', 'line-style': 'dotted', 'label': 'data(label)', 'font-size': 18,
            'color': '#c62828', 'text-rotation': 'autorotate', 'target-arrow-shape': 'none', 'source-arrow-shape': 'none'
        }},
        {selector: '.verborgen', style: {'display': 'none'}},
        {selector: '.gedimd', style: {'opacity': 0.18}},
        {selector: 'node.kan-helpen', style: {
            'border-width': 5, 'border-color': '#2e7d32', 'width': 36, 'height': 36, 'font-weight': 'bold', 'opacity': 1
        }},
        {selector: '.sinds-beeindigd, .sinds-weg', style: {
            'underlay-color': '#ef6c00', 'underlay-padding': 6, 'underlay-opacity': 0.45
        }},
        {selector: '.sinds-gewijzigd', style: {
            'underlay-color': '#1565c0', 'underlay-padding': 6, 'underlay-opacity': 0.35
        }},
        {selector: '.sinds-nieuw', style: {
            'opacity': 0.55, 'underlay-color': '#2e7d32', 'underlay-padding': 6, 'underlay-opacity': 0.35
        }},
        {selector: 'node.sinds-nieuw', style: {'border-style': 'dashed', 'border-width': 3, 'border-color': '#2e7d32'}},
        {selector: ':selected', style: {'overlay-color': '#e0a526', 'overlay-opacity': 0.3}}
    ];

    /** Draws the network (and, for an earlier date, what changed since as ghosts and highlights). */
    function draw() {
        const started = performance.now();
        const network = state.network;
        const changes = state.changes;
        const nodes = network.nodes.slice();
        const ghosts = [];
        if (changes) {
            // persons added since: drawn faded on the ring of their closest new tie
            for (const person of changes.addedPersons) {
                const ties = changes.addedTies.filter(t => t.fromPersonId === person.id || t.toPersonId === person.id);
                const closest = ties.sort((a, b) => a.ring - b.ring)[0];
                ghosts.push({id: person.id, person: person, household: false, ring: closest ? closest.ring : null,
                    kind: closest ? closest.kind : null, memberRole: null});
            }
        }
        const layout = layoutRings(nodes.concat(ghosts));
        const elements = ringElements(layout);
        const removed = new Set(changes ? changes.removedPersons.map(p => p.id) : []);
        const ended = new Set(changes ? changes.endedTies.map(t => t.id) : []);
        const changed = new Set(changes ? changes.changedTies.map(c => c.tieId) : []);
        for (const node of nodes) {
            const element = nodeElement(node, removed.has(node.id) ? ['sinds-weg'] : []);
            element.position = layout.positions[node.id];
            elements.push(element);
        }
        for (const ghost of ghosts) {
            const element = nodeElement(ghost, ['sinds-nieuw']);
            element.classes = element.classes.replace('persoon', 'spook');
            element.data.kleur = ghost.kind ? KINDS[ghost.kind].kleur : NO_TIE_COLOUR;
            element.position = layout.positions[ghost.id];
            elements.push(element);
        }
        const onMap = new Set(nodes.concat(ghosts).map(n => n.id));
        for (const tie of network.edges) {
            const extra = ended.has(tie.id) ? ['sinds-beeindigd'] : changed.has(tie.id) ? ['sinds-gewijzigd'] : [];
            elements.push(edgeElement(tie, extra));
        }
        if (changes) {
            for (const tie of changes.addedTies) {
                if (onMap.has(tie.fromPersonId) && onMap.has(tie.toPersonId)) {
                    const element = edgeElement(tie, ['sinds-nieuw']);
                    element.data.id = 'nieuw-' + tie.id;
                    element.classes = element.classes.replace('relatie', 'spook-relatie');
                    elements.push(element);
                }
            }
        }

        const cy = state.cy;
        cy.batch(() => {
            cy.elements().remove();
            cy.add(elements);
        });
        cy.layout({name: 'preset', fit: true, padding: 30}).run();
        applyFilters();
        highlightCandidates();
        document.body.dataset.tekenMs = String(Math.round(performance.now() - started));
    }

    /* ---------- filters and highlights ---------- */

    function applyFilters() {
        const cy = state.cy;
        const support = document.getElementById('filter-steun').value;
        const kind = document.getElementById('filter-soort').value;
        cy.batch(() => {
            cy.elements().removeClass('verborgen');
            const people = cy.nodes('.persoon, .spook');
            const visible = new Set();
            people.forEach(node => {
                let shown = node.data('household') || !kind || node.data('kind') === kind;
                if (shown && support && !node.data('household')) {
                    shown = node.connectedEdges().some(edge => edge.data('support').split(' ').includes(support));
                }
                if (shown) {
                    visible.add(node.id());
                } else {
                    node.addClass('verborgen');
                }
            });
            cy.edges().forEach(edge => {
                const ends = visible.has(edge.source().id()) && visible.has(edge.target().id());
                const bySupport = !support || edge.data('support').split(' ').includes(support);
                const byKind = !kind || edge.data('kind') === kind
                    || (edge.source().data('household') && edge.target().data('household'));
                if (!(ends && bySupport && byKind)) {
                    edge.addClass('verborgen');
                }
            });
        });
        document.body.dataset.filter = [support, kind].filter(Boolean).join(',');
    }

    function highlightCandidates() {
        const cy = state.cy;
        cy.batch(() => {
            cy.elements().removeClass('kan-helpen gedimd');
            if (!state.candidates) {
                return;
            }
            const ids = new Set(state.candidates.map(c => c.person.id));
            cy.nodes('.persoon').forEach(node => {
                if (ids.has(node.id())) {
                    node.addClass('kan-helpen');
                } else if (!node.data('household')) {
                    node.addClass('gedimd');
                }
            });
            cy.edges().forEach(edge => {
                if (!ids.has(edge.source().id()) && !ids.has(edge.target().id())) {
                    edge.addClass('gedimd');
                }
            });
        });
    }

    /* ---------- side panels ---------- */

    function legend() {
        const box = document.getElementById('legenda');
        box.textContent = '';
        const dot = (colour, text, square) => {
            const item = el('span');
            const mark = el('i', {'class': 'nk-stip'});
            mark.style.background = colour;
            if (square) {
                mark.style.borderRadius = '3px';
                mark.style.border = '2px solid #e0a526';
            }
            item.append(mark, document.createTextNode(text));
            return item;
        };
        const line = (style, text) => {
            const item = el('span');
            const mark = el('i', {'class': 'nk-lijnstuk'});
            Object.assign(mark.style, style);
            item.append(mark, document.createTextNode(text));
            return item;
        };
        box.appendChild(dot(HOUSEHOLD_COLOUR, 'huishouden', true));
        for (const kind of Object.values(KINDS)) {
            box.appendChild(dot(kind.kleur, kind.naam));
        }
        box.appendChild(dot(NO_TIE_COLOUR, 'zonder relatie op deze datum'));
        box.appendChild(line({borderTopStyle: 'solid'}, 'sterke band (ring 1-2)'));
        box.appendChild(line({borderTopStyle: 'dashed'}, 'zwakke band (ring 3-4)'));
        box.appendChild(line({borderTopColor: '#d08b00'}, 'dubbel'));
        box.appendChild(line({borderTopColor: '#c62828', borderTopStyle: 'double', borderTopWidth: '4px'}, 'belastend (gekarteld)'));
        box.appendChild(line({borderTopColor: '#9e9e9e', borderTopStyle: 'dotted'}, '✕ verbroken'));
        box.appendChild(el('span', {}, '→ pijl: richting van de steun'));
        box.appendChild(el('span', {}, 'ringen: 1 intiem · 2 dichtbij · 3 bekenden · 4 diensten'));
        if (state.changes) {
            box.appendChild(dot('#2e7d32', 'nieuw sinds deze datum (vaag)'));
            box.appendChild(dot('#ef6c00', 'beëindigd sinds deze datum'));
            box.appendChild(dot('#1565c0', 'gewijzigd sinds deze datum'));
        }
    }

    function listOrNone(items, none) {
        if (!items.length) {
            return el('p', {}, none);
        }
        const list = el('ul');
        for (const item of items) {
            list.appendChild(item instanceof Node ? item : el('li', {}, item));
        }
        return list;
    }

    function summary(data) {
        const box = document.getElementById('samenvatting');
        box.textContent = '';
        const outside = data.personCount - data.householdCount;
        box.appendChild(el('p', {id: 'samenvatting-kern'},
            `${data.personCount} personen (${data.householdCount} in het huishouden, ${outside} in het netwerk), `
            + `${data.tieCount} relaties. Dichtheid ${data.density.toFixed(2).replace('.', ',')}, `
            + `wederkerigheid ${percentage(data.reciprocityShare)}.`));
        const rings = data.personsPerRing.map(r => `${r.ring === null ? RINGS[5] : RINGS[r.ring]} ${r.count}`).join(' · ');
        if (rings) {
            box.appendChild(el('p', {}, 'Per ring: ' + rings));
        }

        box.appendChild(el('h3', {}, 'Enige bron van steun'));
        const spof = data.singlePointsOfFailure.map(s => {
            const item = el('li', {'data-persoon': s.person.id}, `${SUPPORT[s.type]}: alleen ${fullName(s.person)}`);
            return item;
        });
        const spofList = listOrNone(spof, 'Geen: elke soort steun komt van meer mensen, of van niemand.');
        spofList.id = 'enige-bron';
        box.appendChild(spofList);

        box.appendChild(el('h3', {}, 'Kinderen zonder nabije volwassene buiten het huishouden'));
        const children = listOrNone(data.childrenWithoutCloseAdult.map(fullName), 'Geen: elk kind heeft iemand dichtbij.');
        children.id = 'kinderen-zonder';
        box.appendChild(children);

        box.appendChild(el('h3', {}, 'Belastende relaties'));
        const stressful = listOrNone(data.stressfulTies.map(tieLabel), 'Geen.');
        stressful.id = 'belastend';
        box.appendChild(stressful);
        if (data.brokenTies.length) {
            box.appendChild(el('p', {}, `${data.brokenTies.length} verbroken ${data.brokenTies.length === 1 ? 'relatie' : 'relaties'}.`));
        }

        const givers = el('details');
        givers.appendChild(el('summary', {}, 'Wie geeft welke steun'));
        givers.appendChild(listOrNone(data.supportGivers.map(g => `${SUPPORT[g.type]}: `
            + (g.givers.length ? g.givers.map(fullName).join(', ') : 'niemand')), 'Geen steun vastgelegd.'));
        box.appendChild(givers);
        if (data.brokers.length) {
            box.appendChild(el('p', {}, 'Verbinders: ' + data.brokers.slice(0, 3)
                .map(b => `${fullName(b.person)} (${percentage(b.normalizedBetweenness)})`).join(', ')));
        }
        if (data.resourcesUsed.length) {
            box.appendChild(el('p', {}, 'Gebruikt al: ' + data.resourcesUsed
                .map(r => `${r.resourceName} (${fullName(r.person)})`).join(', ')));
        }
    }

    function changesPanel() {
        const panel = document.getElementById('veranderingen-paneel');
        const list = document.getElementById('veranderingen');
        list.textContent = '';
        const changes = state.changes;
        if (!changes) {
            panel.hidden = true;
            return;
        }
        document.getElementById('veranderingen-titel').textContent = `Veranderd sinds ${dutchDate(changes.from)}`;
        const add = (kind, text) => list.appendChild(el('li', {'class': 'verandering', 'data-soort': kind}, text));
        const names = new Map(state.persons);
        for (const person of changes.addedPersons) {
            names.set(person.id, person);
        }
        const label = tie => `${fullName(names.get(tie.fromPersonId))} — ${fullName(names.get(tie.toPersonId))} (${KINDS[tie.kind].naam})`;
        changes.addedPersons.forEach(p => add('persoon-nieuw', `Nieuw in het netwerk: ${fullName(p)}`));
        changes.removedPersons.forEach(p => add('persoon-weg', `Uit het netwerk: ${fullName(p)}`));
        changes.addedTies.forEach(t => add('relatie-nieuw', `Nieuwe relatie: ${label(t)}`));
        changes.endedTies.forEach(t => add('relatie-einde', `Beëindigd: ${label(t)}`));
        changes.changedTies.forEach(c => add('relatie-gewijzigd', `Gewijzigd: ${label(c.after)}, `
            + c.changedFields.map(f => FIELD_NAMES[f] || f).join(', ')));
        if (!list.children.length) {
            list.appendChild(el('li', {}, 'Niets veranderd.'));
        }
        panel.hidden = false;
    }

    function personPanel(personId) {
        const panel = document.getElementById('persoon-paneel');
        const node = state.network.nodes.find(n => n.id === personId);
        if (!node) {
            panel.hidden = true;
            return;
        }
        const person = node.person;
        document.getElementById('persoon-naam').textContent = fullName(person);
        const details = document.getElementById('persoon-details');
        details.textContent = '';
        const facts = el('dl');
        const fact = (term, value) => {
            facts.appendChild(el('dt', {}, term));
            facts.appendChild(el('dd', {}, value));
        };
        fact('Plaats', node.household ? `huishouden (${MEMBER_ROLES[node.memberRole] || 'gezinslid'})`
            : `${RINGS[ringOf(node)]}${node.kind ? ', ' + KINDS[node.kind].naam : ''}`);
        if (person.age !== null && person.age !== undefined) {
            fact('Leeftijd', `${person.age} jaar`);
        }
        if (person.areaName) {
            fact('Woont in', person.areaName);
        }
        if (person.inNetworkFrom) {
            fact('In het netwerk sinds', dutchDate(person.inNetworkFrom));
        }
        details.appendChild(facts);
        const ties = state.network.edges.filter(t => t.fromPersonId === personId || t.toPersonId === personId);
        details.appendChild(el('h3', {}, ties.length ? `Relaties (${ties.length})` : 'Geen relaties op deze datum'));
        const list = el('ul', {'class': 'nk-relaties', id: 'persoon-relaties'});
        for (const tie of ties) {
            const other = tie.fromPersonId === personId ? tie.toPersonId : tie.fromPersonId;
            const item = el('li', {'data-relatie': tie.id});
            item.appendChild(el('strong', {}, nameOf(other)));
            item.appendChild(el('div', {}, `${KINDS[tie.kind].naam}, ring ${tie.ring} (${RINGS[tie.ring]}), ${QUALITIES[tie.quality]}`));
            item.appendChild(el('div', {}, `${nameOf(tie.fromPersonId)} ${supportText(tie)}`));
            const extra = [tie.frequency ? FREQUENCIES[tie.frequency] : null,
                tie.knownSince ? 'kennen elkaar sinds ' + dutchDate(tie.knownSince) : null].filter(Boolean).join(', ');
            if (extra) {
                item.appendChild(el('div', {}, extra));
            }
            if (tie.note) {
                item.appendChild(el('div', {'class': 'nk-intro'}, tie.note));
            }
            if (mayEdit()) {
                const end = el('button', {type: 'button', 'class': 'nk-secundair'}, 'Beëindigen…');
                end.addEventListener('click', () => {
                    document.getElementById('einde-relatie').value = tie.id;
                    document.getElementById('relatie-beeindigen').open = true;
                    document.getElementById('einde-datum').focus();
                });
                item.appendChild(end);
            }
            list.appendChild(item);
        }
        details.appendChild(list);
        panel.hidden = false;
    }

    function candidatesPanel(question) {
        const panel = document.getElementById('kandidaten-paneel');
        const list = document.getElementById('kandidaten');
        list.textContent = '';
        if (!state.candidates) {
            panel.hidden = true;
            return;
        }
        document.getElementById('kandidaten-vraag').textContent = question ? `“${question.text}”` : '';
        for (const candidate of state.candidates) {
            const item = el('li', {'data-persoon': candidate.person.id, 'class': 'kandidaat'});
            item.appendChild(el('strong', {}, fullName(candidate.person)));
            item.appendChild(el('span', {'class': 'nk-kandidaat-score'}, ` (${candidate.score} punten)`));
            const reasons = el('ul');
            for (const reason of candidate.reasons) {
                reasons.appendChild(el('li', {'class': reason.minus ? 'nk-min' : 'nk-plus'},
                    `${reason.minus ? '−' : '+'} ${reason.text} (${reason.points > 0 ? '+' : ''}${reason.points})`));
            }
            item.appendChild(reasons);
            list.appendChild(item);
        }
        if (!state.candidates.length) {
            list.appendChild(el('li', {}, 'Niemand in het netwerk past bij deze hulpvraag.'));
        }
        panel.hidden = false;
    }

    function zrmChart(trend) {
        const empty = document.getElementById('zrm-leeg');
        const canvas = document.getElementById('zrm-grafiek');
        if (!trend || !trend.domains.length) {
            empty.hidden = false;
            canvas.parentElement.hidden = true;
            return;
        }
        const dates = [...new Set(trend.assessments.map(a => a.date))].sort();
        const palette = ['#1f5f6b', '#e6550d', '#3182bd', '#31a354', '#9e6ac8', '#e7ba52', '#8c6d31', '#17becf',
            '#7b4173', '#c62828', '#6b6b6b', '#d08b00', '#2e7d32', '#1565c0', '#ad1457', '#00897b', '#5d4037'];
        const datasets = trend.domains.map((domain, index) => {
            const byDate = new Map(domain.points.map(p => [p.date, p.score]));
            return {
                label: domain.name,
                data: dates.map(d => byDate.has(d) ? byDate.get(d) : null),
                borderColor: palette[index % palette.length],
                backgroundColor: palette[index % palette.length],
                spanGaps: true,
                tension: 0.2,
                pointRadius: 3
            };
        });
        state.chart = new window.Chart(canvas, {
            type: 'line',
            data: {labels: dates.map(dutchDate), datasets: datasets},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {y: {min: 1, max: 5, ticks: {stepSize: 1}, title: {display: true, text: 'ZRM-score'}}},
                plugins: {legend: {position: 'bottom', labels: {boxWidth: 10, font: {size: 10}}}}
            }
        });
        document.body.dataset.zrm = String(datasets.length);
    }

    /* ---------- loading views ---------- */

    function setStatus(status) {
        document.body.dataset.status = status;
    }

    function showNetwork(network, summaryData, changes) {
        state.network = network;
        state.changes = changes || null;
        state.asOf = network.asOf;
        for (const node of network.nodes) {
            state.persons.set(node.id, node.person);
        }
        draw();
        summary(summaryData);
        changesPanel();
        legend();
        fillForms();
        document.body.dataset.datum = network.asOf;
        document.getElementById('persoon-paneel').hidden = true;
    }

    /** Loads the map on a date: today is the map itself; an earlier date also brings what changed since. */
    async function loadDate(asOf) {
        const request = ++state.request;
        setStatus('laden');
        try {
            const earlier = asOf < state.today;
            const data = earlier
                ? await nk.graphql(EARLIER_VIEW, {familyId: state.familyId, asOf: asOf})
                : await nk.graphql(TODAY_VIEW, {familyId: state.familyId});
            if (request !== state.request) {
                return;
            }
            showNetwork(data.familyNetwork, data.networkSummary, earlier ? data.networkChanges : null);
            setStatus('klaar');
        } catch (e) {
            if (request === state.request) {
                nk.showMessage(document.getElementById('melding'), e.message, 'fout');
                setStatus('fout');
            }
        }
    }

    function syncDateControls(asOf) {
        document.getElementById('datum').value = asOf;
        document.getElementById('datum-schuif').value = String(-daysBetween(asOf, state.today));
    }

    async function chooseHelpQuestion(helpQuestionId, questions) {
        if (!helpQuestionId) {
            state.candidates = null;
            highlightCandidates();
            candidatesPanel(null);
            document.body.dataset.kandidaten = '';
            return;
        }
        setStatus('laden');
        try {
            const data = await nk.graphql(SUPPORT_FOR, {helpQuestionId: helpQuestionId});
            state.candidates = data.networkSupportFor || [];
            highlightCandidates();
            candidatesPanel(questions.find(q => q.id === helpQuestionId));
            document.body.dataset.kandidaten = helpQuestionId;
            setStatus('klaar');
        } catch (e) {
            nk.showMessage(document.getElementById('melding'), e.message, 'fout');
            setStatus('fout');
        }
    }

    function exportPng() {
        const png = state.cy.png({full: true, scale: 2, bg: '#ffffff', output: 'base64uri'});
        const link = el('a', {href: png, download: `netwerkkaart-${(state.familyName || 'gezin').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${state.asOf}.png`});
        document.body.appendChild(link);
        link.click();
        link.remove();
        return png;
    }

    /* ---------- forms ---------- */

    function mayEdit() {
        return state.viewer && state.viewer.role === 'COACH' && state.asOf === state.today;
    }

    function fillForms() {
        const section = document.getElementById('bewerken');
        section.hidden = !(state.viewer && state.viewer.role === 'COACH');
        // changes are made to today's network; an earlier map is for looking back
        for (const button of section.querySelectorAll('button[type=submit]')) {
            button.disabled = !mayEdit();
            button.title = mayEdit() ? '' : 'Zet de kaart op vandaag om het netwerk bij te werken.';
        }
        const persons = state.network.nodes
            .map(n => [n.id, fullName(n.person) + (n.household ? ' (huishouden)' : '')]);
        const from = document.getElementById('relatie-van');
        const to = document.getElementById('relatie-naar');
        const keepFrom = from.value;
        const keepTo = to.value;
        fillSelect(from, persons);
        fillSelect(to, persons, 'Kies een persoon');
        if (keepFrom) {
            from.value = keepFrom;
        }
        if (keepTo) {
            to.value = keepTo;
        }
        fillSelect(document.getElementById('einde-relatie'),
            state.network.edges.map(t => [t.id, tieLabel(t)]), 'Kies een relatie');
    }

    function staticFormOptions() {
        fillSelect(document.getElementById('relatie-soort'), Object.entries(KINDS).map(([k, v]) => [k, v.naam]));
        fillSelect(document.getElementById('relatie-ring'), [1, 2, 3, 4].map(r => [String(r), `${r} ${RINGS[r]}`]));
        fillSelect(document.getElementById('relatie-kwaliteit'), Object.entries(QUALITIES));
        fillSelect(document.getElementById('relatie-frequentie'), Object.entries(FREQUENCIES), 'Onbekend');
        const support = document.getElementById('relatie-steun');
        for (const [type, name] of Object.entries(SUPPORT)) {
            const id = 'steun-' + type.toLowerCase();
            const row = el('div', {'class': 'nk-veld'});
            row.appendChild(el('label', {'for': id}, name));
            const select = el('select', {id: id, 'data-steun': type});
            fillSelect(select, Object.entries(DIRECTIONS), 'geen');
            row.appendChild(select);
            support.appendChild(row);
        }
        fillSelect(document.getElementById('filter-steun'), Object.entries(SUPPORT), 'Alle steun');
        fillSelect(document.getElementById('filter-soort'), Object.entries(KINDS).map(([k, v]) => [k, v.naam]), 'Alle soorten');
    }

    function value(id) {
        const text = document.getElementById(id).value.trim();
        return text === '' ? null : text;
    }

    /**
     * Sends a form's mutation. A CONFLICT on input.expectedVersion means someone else changed the item since this
     * page read it: the map is read again, so the coach decides on what holds now instead of overwriting it.
     */
    async function submit(form, mutation, field, input, success, conflict) {
        const melding = document.getElementById('bewerk-melding');
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
            const data = await nk.graphql(mutation, {input: input});
            const payload = data[field];
            if (conflict && payload.userErrors.some(e => e.code === 'CONFLICT' && e.field === 'input.expectedVersion')) {
                await loadDate(state.today);
                nk.showMessage(melding, conflict, 'fout');
                return;
            }
            if (payload.userErrors.length) {
                nk.showMessage(melding, nk.userErrorText(payload.userErrors, LABELS), 'fout');
                return;
            }
            nk.showMessage(melding, success, 'ok');
            form.reset();
            await loadDate(state.today);
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
        } finally {
            button.disabled = !mayEdit();
        }
    }

    function wireForms() {
        document.getElementById('form-persoon').addEventListener('submit', event => {
            event.preventDefault();
            submit(event.target, ADD_PERSON, 'addNetworkPerson', {
                familyId: state.familyId,
                givenName: value('persoon-voornaam') || '',
                familyName: value('persoon-achternaam'),
                birthDate: value('persoon-geboren'),
                validFrom: value('persoon-vanaf')
            }, 'Persoon toegevoegd aan het netwerk.');
        });
        document.getElementById('form-relatie').addEventListener('submit', event => {
            event.preventDefault();
            const support = [...document.querySelectorAll('#relatie-steun select')]
                .filter(select => select.value)
                .map(select => ({type: select.dataset.steun, direction: select.value}));
            submit(event.target, ADD_TIE, 'addNetworkTie', {
                familyId: state.familyId,
                fromPersonId: value('relatie-van'),
                toPersonId: value('relatie-naar'),
                kind: value('relatie-soort'),
                ring: Number(value('relatie-ring')),
                quality: value('relatie-kwaliteit'),
                support: support,
                frequency: value('relatie-frequentie'),
                knownSince: value('relatie-bekend'),
                note: value('relatie-notitie'),
                validFrom: value('relatie-vanaf')
            }, 'Relatie toegevoegd.');
        });
        document.getElementById('form-einde').addEventListener('submit', event => {
            event.preventDefault();
            const tieId = value('einde-relatie');
            const seen = state.network.edges.find(t => t.id === tieId);
            submit(event.target, END_TIE, 'endNetworkTie', {
                tieId: tieId,
                validTo: value('einde-datum'),
                reason: value('einde-reden'),
                expectedVersion: seen ? seen.version : null
            }, 'Relatie beëindigd. Op de kaart van vandaag staat ze niet meer; schuif terug in de tijd om haar te zien.',
            'Iemand anders heeft deze relatie intussen gewijzigd of beëindigd. De kaart toont nu de nieuwste stand; ' +
            'kijk of u de relatie nog wilt beëindigen.');
        });
    }

    /* ---------- start ---------- */

    function wireControls(questions) {
        const slider = document.getElementById('datum-schuif');
        const dateInput = document.getElementById('datum');
        dateInput.max = state.today;
        let timer = null;
        slider.addEventListener('input', () => {
            const asOf = addDays(state.today, Number(slider.value));
            dateInput.value = asOf;
            clearTimeout(timer);
            timer = setTimeout(() => loadDate(asOf), 250);
        });
        slider.addEventListener('change', () => {
            clearTimeout(timer);
            const asOf = addDays(state.today, Number(slider.value));
            dateInput.value = asOf;
            loadDate(asOf);
        });
        dateInput.addEventListener('change', () => {
            if (!dateInput.value || dateInput.value > state.today) {
                return;
            }
            if (daysBetween(dateInput.value, state.today) > -Number(slider.min)) {
                slider.min = String(-daysBetween(dateInput.value, state.today));
            }
            syncDateControls(dateInput.value);
            loadDate(dateInput.value);
        });
        document.getElementById('datum-vandaag').addEventListener('click', () => {
            syncDateControls(state.today);
            loadDate(state.today);
        });
        document.getElementById('filter-steun').addEventListener('change', applyFilters);
        document.getElementById('filter-soort').addEventListener('change', applyFilters);
        const question = document.getElementById('hulpvraag');
        fillSelect(question, questions.filter(q => q.status !== 'CLOSED')
            .map(q => [q.id, q.text.length > 70 ? q.text.substring(0, 67) + '…' : q.text]), 'Geen hulpvraag gekozen');
        question.addEventListener('change', () => chooseHelpQuestion(question.value, questions));
        document.getElementById('export-png').addEventListener('click', exportPng);
        state.cy.on('tap', 'node.persoon', event => personPanel(event.target.id()));
    }

    /** The slider reaches back to the earliest date the network knows, and at least two years. */
    function sliderRange(network) {
        const dates = network.nodes.map(n => n.person.inNetworkFrom).concat(network.edges.map(e => e.validFrom)).filter(Boolean);
        const earliest = dates.sort()[0];
        const days = earliest ? daysBetween(earliest, state.today) + 30 : 0;
        document.getElementById('datum-schuif').min = String(-Math.max(730, days));
    }

    document.addEventListener('DOMContentLoaded', async () => {
        const melding = document.getElementById('melding');
        setStatus('laden');
        state.familyId = new URLSearchParams(window.location.search).get('gezin');
        state.today = todayInAmsterdam();
        let viewer;
        try {
            viewer = await nk.start();
        } catch (e) {
            setStatus('fout');
            return;
        }
        state.viewer = viewer;
        if (!state.familyId) {
            nk.showMessage(melding, 'Kies eerst een gezin in de lijst met gezinnen.', 'fout');
            setStatus('fout');
            return;
        }
        state.cy = window.cytoscape({
            container: document.getElementById('kaart'),
            style: STYLE,
            wheelSensitivity: 0.3,
            minZoom: 0.2,
            maxZoom: 3,
            boxSelectionEnabled: false
        });
        staticFormOptions();
        wireForms();
        legend();
        try {
            const data = await nk.graphql(PAGE, {familyId: state.familyId});
            const family = data.family;
            state.familyName = family.name;
            document.getElementById('titel').textContent = `Netwerkkaart van ${family.name}`;
            document.title = `${family.name} · Netwerkkaart`;
            document.getElementById('gezin-info').textContent = [family.reference, family.area ? 'woont in ' + family.area.name : null]
                .filter(Boolean).join(' · ');
            wireControls(family.helpQuestions);
            sliderRange(data.familyNetwork);
            syncDateControls(state.today);
            showNetwork(data.familyNetwork, data.networkSummary, null);
            zrmChart(data.selfRelianceTrend);
            setStatus('klaar');
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
            setStatus('fout');
        }
    });

    // for the browser tests and for anyone inspecting the map in the console
    nk.kaart = {state: state, exportPng: exportPng};
})(window.Netwerkkaart);
