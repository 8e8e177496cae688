/*
 * The municipality's map page: kernen shaded by the gap between demand and supply for one life domain, community
 * resources as markers, the coverage table with suppressed cells marked, flow charts, downloads, HSDS import and the
 * stale resources. Aggregates only; the service suppresses small counts, the page only shows that they are hidden.
 */
(function (nk) {
    'use strict';

    const SETTINGS = `query MapPage {
        mapSettings { tileUrl tileAttribution municipality { id name latitude longitude geometry } }
        lifeDomains { code name }
    }`;

    const MUNICIPALITIES = `query MapMunicipalities {
        areas(kind: MUNICIPALITY, first: 100) { edges { node { id name latitude longitude geometry } } }
    }`;

    const KERNEN = `query MapKernen($municipalityId: ID!) {
        area(id: $municipalityId) { id name latitude longitude geometry }
        areas(kind: KERN, parentId: $municipalityId, first: 100) { edges { node { id name latitude longitude geometry } } }
    }`;

    const COVERAGE = `query MapCoverage($municipalityId: ID!, $from: Date!, $to: Date!) {
        areaCoverage(municipalityId: $municipalityId, from: $from, to: $to) {
            minimumCellSize lifeDomains
            kernen { kernId kernName demandTotal { value suppressed }
                cells { lifeDomain demand { value suppressed } communityResources professionals supply gapScore } }
            domainTotals { lifeDomain demand { value suppressed } }
            demandTotal { value suppressed }
        }
        gaps(municipalityId: $municipalityId, from: $from, to: $to, first: 8) {
            edges { node { kernName lifeDomain demand { value } communityResources professionals gapScore resourceKinds } }
        }
    }`;

    const FLOW = `query MapFlow($municipalityId: ID!, $from: Date!, $to: Date!, $granularity: FlowGranularity!) {
        flowStatistics(municipalityId: $municipalityId, from: $from, to: $to, granularity: $granularity) {
            minimumCellSize
            periods { ...flow }
            overall { ...flow }
            zrmChanges { lifeDomain subjects { value suppressed } averageChange
                improved { value suppressed } unchanged { value suppressed } worsened { value suppressed } }
        }
    }
    fragment flow on FlowPeriod {
        label
        inflow { value suppressed } throughflow { value suppressed } outflow { value suppressed }
        timeToMatch { medianDays percentile90Days } timeToStart { medianDays percentile90Days }
        confirmedMatches { value suppressed }
        ladderSteps { ladderStep matches { value suppressed } share }
        normalisingShare
        outcomes { outcome matches { value suppressed } }
    }`;

    const RESOURCES = `query MapResources($filter: ResourceFilter, $after: String) {
        communityResources(filter: $filter, first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { node { id name kind status stale latitude longitude locationName address lifeDomains
                location { name latitude longitude } } }
        }
    }`;

    const STALE = `query MapStale {
        staleResources(first: 100) { totalCount edges { node { id name lastVerifiedAt location { name } } } }
    }`;

    const KINDS = {
        VOLUNTEER_SUPPORT: 'vrijwillige ondersteuning', CLUB: 'vereniging', FACILITY: 'voorziening', GROUP: 'groep',
        FUND: 'fonds', SERVICE: 'dienst'
    };
    const STATUSES = {ACTIVE: 'actief', INACTIVE: 'niet actief', DEFUNCT: 'opgeheven', TEMPORARILY_CLOSED: 'tijdelijk gesloten'};
    const LADDER = {NETWORK: 'eigen netwerk', COMMUNITY: 'voorziening in de buurt', FIRST_LINE: 'eerste lijn', SPECIALIST: 'specialistisch'};
    const OUTCOMES = {
        HELPED: 'geholpen', REFERRED: 'doorverwezen', NO_CLICK: 'geen klik', NOT_REACHED: 'geen contact',
        NOT_SUITABLE: 'niet passend', NO_CAPACITY: 'geen capaciteit', NO_LONGER_NEEDED: 'niet meer nodig'
    };

    /** Gap classes from no demand to large gaps; the colour goes from pale to dark red. */
    const GAP_CLASSES = [
        {key: 'geen-vraag', label: 'geen vraag', color: '#f1f5f6', test: gap => gap === 0},
        {key: 'gat-1', label: 'gat tot 0,5', color: '#fde9b6', test: gap => gap <= 0.5},
        {key: 'gat-2', label: '0,5 – 1', color: '#f9c06a', test: gap => gap <= 1},
        {key: 'gat-3', label: '1 – 2', color: '#ef8a3c', test: gap => gap <= 2},
        {key: 'gat-4', label: '2 – 4', color: '#d4512a', test: gap => gap <= 4},
        {key: 'gat-5', label: 'meer dan 4', color: '#9e1f1a', test: () => true}
    ];
    const SUPPRESSED = {key: 'onderdrukt', label: 'onderdrukt', color: '#b9c3c7'};
    const NO_DATA = {key: 'geen-gegevens', label: 'geen gegevens', color: '#ffffff'};

    const number = new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 2});
    const percent = new Intl.NumberFormat('nl-NL', {style: 'percent', maximumFractionDigits: 0});

    const state = {
        settings: null,
        domains: [],
        municipalityId: null,
        kernen: [],
        coverage: null,
        map: null,
        areaLayer: null,
        markerLayer: null,
        spots: new Map(),
        charts: {}
    };

    function gapClass(cell) {
        if (!cell) {
            return NO_DATA;
        }
        if (cell.demand.suppressed || cell.gapScore === null) {
            return SUPPRESSED;
        }
        return GAP_CLASSES.find(c => c.test(cell.gapScore));
    }

    function domainName(code) {
        const domain = state.domains.find(d => d.code === code);
        return domain ? domain.name : code;
    }

    function countText(count) {
        return count.suppressed ? 'onderdrukt' : number.format(count.value);
    }

    function countElement(tag, count, attributes) {
        const node = nk.element(tag, attributes || {}, countText(count));
        if (count.suppressed) {
            node.classList.add('nk-onderdrukt');
            node.title = 'Onderdrukt: minder dan ' + state.minimumCellSize
                + ', of verborgen zodat het niet uit de totalen af te leiden is';
        }
        return node;
    }

    function period() {
        return {from: document.getElementById('van').value, to: document.getElementById('tot').value};
    }

    function isoDate(date) {
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    }

    // --- the map --------------------------------------------------------------------------------------------------

    function createMap() {
        state.map = L.map('kaart', {zoomSnap: 0.25});
        if (state.settings.tileUrl) {
            L.tileLayer(state.settings.tileUrl, {attribution: state.settings.tileAttribution || '', maxZoom: 18}).addTo(state.map);
        }
        state.areaLayer = L.layerGroup().addTo(state.map);
        state.markerLayer = L.layerGroup().addTo(state.map);
        state.map.setView([51.3, 5.9], 11);
    }

    function drawAreas(municipality) {
        state.areaLayer.clearLayers();
        const bounds = L.latLngBounds([]);
        if (municipality && municipality.geometry) {
            const outline = L.geoJSON(municipality.geometry, {
                style: {className: 'nk-gemeente-rand', color: '#1f5f6b', weight: 2, fill: false, dashArray: '6 4'},
                pointToLayer: (feature, latlng) => L.circleMarker(latlng, {radius: 2})
            }).addTo(state.areaLayer);
            bounds.extend(outline.getBounds());
        }
        for (const kern of state.kernen) {
            if (!kern.geometry) {
                continue;
            }
            const layer = L.geoJSON(kern.geometry, {
                style: {className: 'nk-kern', color: '#44545a', weight: 1, fillOpacity: 0.75, fillColor: NO_DATA.color},
                // a kern given as a point is drawn as a circle of about a kilometre, shaded like an outline
                pointToLayer: (feature, latlng) => L.circle(latlng, {radius: 900})
            }).addTo(state.areaLayer);
            layer.bindTooltip(kern.name, {sticky: true});
            kern.layer = layer;
            bounds.extend(layer.getBounds());
            layer.eachLayer(part => {
                const path = part.getElement();
                if (path) {
                    path.setAttribute('data-kern', kern.name);
                }
            });
        }
        if (bounds.isValid()) {
            state.map.fitBounds(bounds, {padding: [12, 12]});
        } else if (municipality && municipality.latitude !== null && municipality.longitude !== null) {
            state.map.setView([municipality.latitude, municipality.longitude], 11);
        }
    }

    function shadeAreas() {
        const domain = document.getElementById('leefdomein').value;
        const rows = state.coverage ? state.coverage.kernen : [];
        for (const kern of state.kernen) {
            if (!kern.layer) {
                continue;
            }
            const row = rows.find(r => r.kernId === kern.id);
            const cell = row ? row.cells.find(c => c.lifeDomain === domain) : null;
            const shade = gapClass(cell);
            kern.layer.setStyle({fillColor: shade.color, dashArray: shade === SUPPRESSED ? '3 3' : null});
            kern.layer.eachLayer(part => {
                const path = part.getElement();
                if (path) {
                    path.setAttribute('data-klasse', shade.key);
                }
            });
            const details = cell
                ? `vraag ${countText(cell.demand)} · aanbod ${cell.supply} · gat ${cell.gapScore === null ? 'onderdrukt' : number.format(cell.gapScore)}`
                : 'geen gegevens';
            kern.layer.setTooltipContent(`<strong>${escape(kern.name)}</strong><br>${escape(domainName(domain))}: ${escape(details)}`);
        }
        drawLegend();
    }

    function drawLegend() {
        const legend = document.getElementById('legenda');
        legend.textContent = '';
        legend.appendChild(nk.element('strong', {}, 'Gat voor ' + domainName(document.getElementById('leefdomein').value) + ':'));
        for (const shade of [...GAP_CLASSES, SUPPRESSED]) {
            const item = nk.element('span');
            const swatch = nk.element('span', {'class': 'nk-vlakje'});
            swatch.style.background = shade.color;
            item.appendChild(swatch);
            item.appendChild(document.createTextNode(shade.label));
            legend.appendChild(item);
        }
        const marker = nk.element('span');
        marker.appendChild(nk.element('span', {'class': 'nk-stip nk-stip-voorziening'}));
        marker.appendChild(document.createTextNode('voorziening (grijs: niet actief; oranje rand: verouderd)'));
        legend.appendChild(marker);
    }

    function escape(text) {
        const div = document.createElement('div');
        div.textContent = text == null ? '' : String(text);
        return div.innerHTML;
    }

    async function loadResources() {
        state.markerLayer.clearLayers();
        state.spots = new Map();
        const filter = {areaIds: [state.municipalityId], statuses: ['ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED']};
        let after = null;
        let count = 0;
        do {
            const data = await nk.graphql(RESOURCES, {filter: filter, after: after});
            for (const edge of data.communityResources.edges) {
                if (addMarker(edge.node)) {
                    count++;
                }
            }
            after = data.communityResources.pageInfo.hasNextPage ? data.communityResources.pageInfo.endCursor : null;
        } while (after);
        document.getElementById('kaart').dataset.voorzieningen = String(count);
    }

    /** A resource at its own coordinates, else at the centre of the area it lies in; none without either. */
    function addMarker(resource) {
        let lat = resource.latitude;
        let lng = resource.longitude;
        if (lat === null || lng === null) {
            if (!resource.location || resource.location.latitude === null || resource.location.longitude === null) {
                return false;
            }
            lat = resource.location.latitude;
            lng = resource.location.longitude;
        }
        // resources at the same spot (often an area's centre) are spread on a small circle so each can be clicked
        const spot = `${lat.toFixed(5)},${lng.toFixed(5)}`;
        const taken = state.spots.get(spot) || 0;
        state.spots.set(spot, taken + 1);
        if (taken > 0) {
            const angle = taken * 2.4;
            const distance = 0.0012 * Math.sqrt(taken);
            lat += distance * Math.sin(angle);
            lng += distance * 1.6 * Math.cos(angle);
        }
        const active = resource.status === 'ACTIVE';
        const marker = L.circleMarker([lat, lng], {
            className: 'nk-voorziening',
            radius: 6,
            weight: resource.stale ? 3 : 1.5,
            color: resource.stale ? '#e0a526' : '#123a42',
            fillColor: active ? '#1f5f6b' : '#9aa6aa',
            fillOpacity: 0.95
        }).addTo(state.markerLayer);
        const domains = resource.lifeDomains.map(domainName).join(', ');
        marker.bindPopup(`<strong>${escape(resource.name)}</strong><br>${escape(KINDS[resource.kind] || resource.kind)}`
            + ` · ${escape(STATUSES[resource.status] || resource.status)}${resource.stale ? ' · <em>verouderd</em>' : ''}`
            + (resource.locationName || resource.address ? `<br>${escape([resource.locationName, resource.address].filter(Boolean).join(', '))}` : '')
            + (resource.location ? `<br>In ${escape(resource.location.name)}` : '')
            + (domains ? `<br>Leefdomeinen: ${escape(domains)}` : '')
            + `<br><a href="/voorziening.html?id=${encodeURIComponent(resource.id)}">Bekijken en bewerken</a>`);
        marker.bindTooltip(resource.name);
        const path = marker.getElement();
        if (path) {
            path.setAttribute('data-voorziening', resource.name);
        }
        return true;
    }

    // --- coverage -------------------------------------------------------------------------------------------------

    function drawCoverage() {
        const table = document.getElementById('dekking');
        const coverage = state.coverage;
        const domain = document.getElementById('leefdomein').value;
        document.getElementById('drempel').textContent = String(coverage.minimumCellSize);
        const {from, to} = period();
        document.getElementById('dekking-kop').textContent = `Dekking van ${from} tot en met ${to}: ${coverage.kernen.length} kernen`;

        const head = table.querySelector('thead');
        head.textContent = '';
        const headRow = nk.element('tr');
        headRow.appendChild(nk.element('th', {scope: 'col'}, 'Kern'));
        for (const code of coverage.lifeDomains) {
            const th = nk.element('th', {scope: 'col', 'data-leefdomein': code}, domainName(code));
            if (code === domain) {
                th.classList.add('nk-gekozen');
            }
            headRow.appendChild(th);
        }
        headRow.appendChild(nk.element('th', {scope: 'col', 'class': 'nk-getal'}, 'Vraag totaal'));
        head.appendChild(headRow);

        const body = table.querySelector('tbody');
        body.textContent = '';
        for (const kern of coverage.kernen) {
            const tr = nk.element('tr', {'data-kern': kern.kernName});
            tr.appendChild(nk.element('th', {scope: 'row'}, kern.kernName));
            for (const cell of kern.cells) {
                const td = nk.element('td', {'class': 'nk-cel', 'data-leefdomein': cell.lifeDomain});
                const shade = gapClass(cell);
                td.style.background = shade === SUPPRESSED ? '' : shade.color;
                if (cell.lifeDomain === domain) {
                    td.classList.add('nk-gekozen');
                }
                td.appendChild(countElement('span', cell.demand, {'class': 'nk-vraag'}));
                td.appendChild(nk.element('span', {'class': 'nk-aanbod', title: `${cell.communityResources} voorzieningen, ${cell.professionals} beroepskrachten`}, String(cell.supply)));
                td.appendChild(nk.element('span', {'class': 'nk-gat'}, cell.gapScore === null ? '–' : number.format(cell.gapScore)));
                if (cell.demand.suppressed) {
                    td.classList.add('nk-cel-onderdrukt');
                }
                tr.appendChild(td);
            }
            tr.appendChild(countElement('td', kern.demandTotal, {'class': 'nk-getal'}));
            body.appendChild(tr);
        }

        const foot = table.querySelector('tfoot');
        foot.textContent = '';
        const totals = nk.element('tr');
        totals.appendChild(nk.element('th', {scope: 'row'}, 'Vraag totaal'));
        for (const total of coverage.domainTotals) {
            totals.appendChild(countElement('td', total.demand, {'class': 'nk-getal', 'data-leefdomein': total.lifeDomain}));
        }
        totals.appendChild(countElement('td', coverage.demandTotal, {'class': 'nk-getal'}));
        foot.appendChild(totals);
    }

    function drawGaps(gaps) {
        const list = document.getElementById('gaten');
        list.textContent = '';
        if (gaps.edges.length === 0) {
            list.appendChild(nk.element('li', {}, 'Geen gaten met zichtbare vraag in deze periode.'));
            return;
        }
        for (const {node} of gaps.edges) {
            const item = nk.element('li');
            item.appendChild(nk.element('strong', {}, `${node.kernName} · ${domainName(node.lifeDomain)}`));
            item.appendChild(document.createTextNode(
                `: vraag ${number.format(node.demand.value)}, aanbod ${node.communityResources + node.professionals}, gat ${number.format(node.gapScore)}`));
            if (node.resourceKinds.length) {
                item.appendChild(nk.element('div', {'class': 'nk-intro'},
                    'Zou kunnen helpen: ' + node.resourceKinds.map(kind => KINDS[kind] || kind).join(', ')));
            }
            list.appendChild(item);
        }
    }

    // --- flow -----------------------------------------------------------------------------------------------------

    function chart(id, config) {
        if (state.charts[id]) {
            state.charts[id].destroy();
        }
        config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options || {});
        state.charts[id] = new Chart(document.getElementById(id), config);
    }

    function value(count) {
        return count.suppressed ? null : count.value;
    }

    function drawFlow(flow) {
        const labels = flow.periods.map(p => p.label);
        const suppressed = flow.periods.filter(p => p.inflow.suppressed || p.throughflow.suppressed || p.outflow.suppressed).length;
        document.getElementById('stroom-noot').textContent = suppressed
            ? `${suppressed} van de ${flow.periods.length} perioden hebben onderdrukte aantallen (minder dan ${flow.minimumCellSize}, of verborgen zodat ze niet terug te rekenen zijn); die staan leeg in de grafiek.`
            : `Aantallen onder de ${flow.minimumCellSize} zouden onderdrukt worden; in deze periode is dat niet nodig.`;

        chart('grafiek-stroom', {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [
                    {label: 'Instroom (nieuw)', data: flow.periods.map(p => value(p.inflow)), backgroundColor: '#1f5f6b'},
                    {label: 'Doorstroom (open aan het eind)', data: flow.periods.map(p => value(p.throughflow)), backgroundColor: '#e0a526'},
                    {label: 'Uitstroom (afgesloten)', data: flow.periods.map(p => value(p.outflow)), backgroundColor: '#2e7d32'}
                ]
            },
            options: {scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });

        chart('grafiek-tijd', {
            type: 'line',
            data: {
                labels: labels,
                datasets: [
                    {label: 'Tot match, mediaan', data: flow.periods.map(p => p.timeToMatch.medianDays), borderColor: '#1f5f6b', spanGaps: true},
                    {label: 'Tot match, 90e percentiel', data: flow.periods.map(p => p.timeToMatch.percentile90Days), borderColor: '#1f5f6b', borderDash: [5, 4], spanGaps: true},
                    {label: 'Tot start, mediaan', data: flow.periods.map(p => p.timeToStart.medianDays), borderColor: '#d4512a', spanGaps: true},
                    {label: 'Tot start, 90e percentiel', data: flow.periods.map(p => p.timeToStart.percentile90Days), borderColor: '#d4512a', borderDash: [5, 4], spanGaps: true}
                ]
            },
            options: {scales: {y: {beginAtZero: true, title: {display: true, text: 'dagen'}}}}
        });

        const steps = ['NETWORK', 'COMMUNITY', 'FIRST_LINE', 'SPECIALIST'];
        const stepColors = ['#2e7d32', '#7cb342', '#f9c06a', '#d4512a'];
        chart('grafiek-treden', {
            type: 'bar',
            data: {
                labels: [...labels, 'Hele periode'],
                datasets: steps.map((step, i) => ({
                    label: LADDER[step],
                    backgroundColor: stepColors[i],
                    data: [...flow.periods, flow.overall].map(p => {
                        const entry = p.ladderSteps.find(s => s.ladderStep === step);
                        return entry && entry.share !== null ? Math.round(entry.share * 1000) / 10 : null;
                    })
                }))
            },
            options: {
                scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, max: 100, title: {display: true, text: '% van de matches'}}}
            }
        });
        document.getElementById('normaliseren').textContent = flow.overall.normalisingShare === null
            ? 'aandeel netwerk en buurt: onderdrukt of geen matches'
            : 'aandeel netwerk en buurt: ' + percent.format(flow.overall.normalisingShare);

        chart('grafiek-uitkomsten', {
            type: 'bar',
            data: {
                labels: flow.overall.outcomes.map(o => OUTCOMES[o.outcome] || o.outcome),
                datasets: [{label: 'Afgesloten matches', data: flow.overall.outcomes.map(o => value(o.matches)), backgroundColor: '#1f5f6b'}]
            },
            options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
        });

        const body = document.querySelector('#zrm tbody');
        body.textContent = '';
        for (const change of flow.zrmChanges) {
            const tr = nk.element('tr');
            tr.appendChild(nk.element('th', {scope: 'row'}, domainName(change.lifeDomain)));
            tr.appendChild(countElement('td', change.subjects, {'class': 'nk-getal'}));
            tr.appendChild(nk.element('td', {'class': 'nk-getal'}, change.averageChange === null ? '–'
                : (change.averageChange > 0 ? '+' : '') + number.format(change.averageChange)));
            tr.appendChild(countElement('td', change.improved, {'class': 'nk-getal'}));
            tr.appendChild(countElement('td', change.unchanged, {'class': 'nk-getal'}));
            tr.appendChild(countElement('td', change.worsened, {'class': 'nk-getal'}));
            body.appendChild(tr);
        }
        if (flow.zrmChanges.length === 0) {
            const tr = nk.element('tr');
            tr.appendChild(nk.element('td', {colspan: '6'}, 'Geen gezinnen of gezinsleden met twee metingen in deze periode.'));
            body.appendChild(tr);
        }
    }

    // --- stale resources, downloads, HSDS import ------------------------------------------------------------------

    async function loadStale() {
        const list = document.getElementById('verouderd');
        const data = await nk.graphql(STALE);
        list.textContent = '';
        for (const {node} of data.staleResources.edges) {
            const item = nk.element('li', {'data-voorziening': node.name});
            item.appendChild(nk.element('a', {href: '/voorziening.html?id=' + encodeURIComponent(node.id)}, node.name));
            item.appendChild(document.createTextNode(
                (node.location ? ` (${node.location.name})` : '')
                + (node.lastVerifiedAt ? ` · laatst gecontroleerd ${node.lastVerifiedAt}` : ' · nooit gecontroleerd')));
            list.appendChild(item);
        }
        if (data.staleResources.totalCount === 0) {
            list.appendChild(nk.element('li', {}, 'Alle voorzieningen zijn in de afgelopen 12 maanden gecontroleerd.'));
        } else if (data.staleResources.totalCount > data.staleResources.edges.length) {
            list.appendChild(nk.element('li', {}, `… en nog ${data.staleResources.totalCount - data.staleResources.edges.length} meer.`));
        }
    }

    function setDownloads() {
        const {from, to} = period();
        const id = encodeURIComponent(state.municipalityId);
        const range = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
        document.getElementById('download-dekking-csv').href = `/municipality/${id}/coverage.csv${range}`;
        document.getElementById('download-dekking-geojson').href = `/municipality/${id}/coverage.geojson${range}`;
        document.getElementById('download-voorzieningen-geojson').href = `/municipality/${id}/resources.geojson`;
        document.getElementById('download-gebieden-geojson').href = `/areas/${id}.geojson`;
    }

    /** Dutch for the reasons the HSDS import gives; anything else is shown as the service wrote it. */
    const REASONS = [
        [/^is required$/, () => 'is verplicht'],
        [/^is required: the term the attribute links to$/, () => 'is verplicht: de term waar het attribuut naar verwijst'],
        [/^must be a UUID$/, () => 'moet een UUID zijn'],
        [/^must not be below minimum_age$/, () => 'mag niet lager zijn dan minimum_age'],
        [/^must not be in the future$/, () => 'mag niet in de toekomst liggen'],
        [/^must not be negative$/, () => 'mag niet negatief zijn'],
        [/^must be at most (\d+) characters$/, m => `mag hoogstens ${m[1]} tekens lang zijn`],
        [/^must be an e-mail address$/, () => 'moet een e-mailadres zijn'],
        [/^must be an http\(s\) address$/, () => 'moet een http(s)-adres zijn'],
        [/^must be a phone number$/, () => 'moet een telefoonnummer zijn'],
        [/^must be a number$/, () => 'moet een getal zijn'],
        [/^must be text$/, () => 'moet tekst zijn'],
        [/^must be an object$/, () => 'moet een object zijn'],
        [/^must be a list of objects$/, () => 'moet een lijst van objecten zijn'],
        [/^must be a whole number of years from 0 to 120$/, () => 'moet een geheel aantal jaren van 0 tot 120 zijn'],
        [/^must be a whole number from 0 to 10000$/, () => 'moet een geheel getal van 0 tot 10000 zijn'],
        [/^must be one of active, inactive, defunct, temporarily closed$/, () => 'moet active, inactive, defunct of temporarily closed zijn'],
        [/^appears more than once in this import; the first, (.*), is kept$/, m => `komt vaker voor in deze import; de eerste, ${m[1]}, telt`],
        [/^no taxonomy term maps to a life domain or expertise/, () => 'geen taxonomieterm verwijst naar een leefdomein of expertise (zie netwerkkaart.hsds.taxonomy-mapping)']
    ];

    function reasonText(reason) {
        for (const [pattern, text] of REASONS) {
            const match = pattern.exec(reason || '');
            if (match) {
                return text(match);
            }
        }
        return reason;
    }

    async function importHsds(event) {
        event.preventDefault();
        const melding = document.getElementById('hsds-melding');
        const rapport = document.getElementById('hsds-rapport');
        const input = document.getElementById('hsds-bestand');
        if (!input.files.length) {
            nk.showMessage(melding, 'Kies eerst een bestand.', 'fout');
            return;
        }
        const button = event.target.querySelector('button');
        button.disabled = true;
        rapport.hidden = true;
        nk.showMessage(melding, 'Bezig met importeren…', 'info');
        try {
            const body = new FormData();
            body.append('file', input.files[0]);
            let response;
            try {
                response = await fetch('/hsds/import', {
                    method: 'POST',
                    credentials: 'same-origin',
                    // a multipart post is a form a browser could send cross-site, so it carries the CSRF token
                    headers: {'X-XSRF-TOKEN': nk.csrfToken(), 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'},
                    body: body
                });
            } catch (e) {
                throw new nk.GraphQlError('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
            }
            if (response.status === 401) {
                nk.signInAgain();
                return;
            }
            if (response.status === 403) {
                throw new nk.GraphQlError('U heeft geen rechten om te importeren.');
            }
            if (response.status === 413) {
                throw new nk.GraphQlError('Het bestand is te groot.');
            }
            const type = response.headers.get('Content-Type') || '';
            if (!type.includes('json')) {
                throw new nk.GraphQlError(`Het importeren lukte niet (status ${response.status}).`);
            }
            const payload = await response.json();
            if (payload.userErrors && payload.userErrors.length) {
                nk.showMessage(melding, ['Het bestand is niet geïmporteerd; er is niets veranderd.',
                    ...payload.userErrors.map(error => `${error.field.replace(/^input\./, '')}: ${reasonText(error.message)}`)], 'fout');
                return;
            }
            showReport(payload.report);
            nk.showMessage(melding, payload.report.errors.length
                ? 'Geïmporteerd, behalve de geweigerde records hieronder.' : 'Geïmporteerd.', payload.report.errors.length ? 'info' : 'ok');
            input.value = '';
            await Promise.all([loadResources(), loadStale()]);
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
        } finally {
            button.disabled = false;
        }
    }

    function showReport(report) {
        document.getElementById('hsds-nieuw').textContent = String(report.created);
        document.getElementById('hsds-bijgewerkt').textContent = String(report.updated);
        document.getElementById('hsds-ongewijzigd').textContent = String(report.unchanged);
        const table = document.getElementById('hsds-fouten');
        const body = table.querySelector('tbody');
        body.textContent = '';
        for (const error of report.errors) {
            const tr = nk.element('tr');
            tr.appendChild(nk.element('td', {}, error.record + (error.hsdsId ? ` (${error.hsdsId})` : '')));
            tr.appendChild(nk.element('td', {}, error.field));
            tr.appendChild(nk.element('td', {}, reasonText(error.reason)));
            body.appendChild(tr);
        }
        table.hidden = report.errors.length === 0;
        const terms = document.getElementById('hsds-termen');
        terms.textContent = '';
        if (report.unmappedTerms.length) {
            terms.appendChild(nk.element('p', {}, 'Termen zonder koppeling (voeg ze toe aan netwerkkaart.hsds.taxonomy-mapping):'));
            const list = nk.element('ul');
            report.unmappedTerms.forEach(term => list.appendChild(nk.element('li', {}, term)));
            terms.appendChild(list);
        }
        document.getElementById('hsds-rapport').hidden = false;
        // what was accepted but does not fit is shown by hsds-aandachtspunten.js
        document.dispatchEvent(new CustomEvent('nk:hsds-rapport', {detail: report}));
    }

    // --- loading --------------------------------------------------------------------------------------------------

    async function loadMunicipality() {
        const data = await nk.graphql(KERNEN, {municipalityId: state.municipalityId});
        state.kernen = data.areas.edges.map(edge => edge.node);
        document.getElementById('titel').textContent = 'Sociale kaart en dekking · ' + data.area.name;
        document.getElementById('kaart').dataset.kernenMetVorm = String(state.kernen.filter(k => k.geometry).length);
        drawAreas(data.area);
    }

    async function loadStatistics() {
        const {from, to} = period();
        const granularity = document.getElementById('indeling').value;
        const variables = {municipalityId: state.municipalityId, from: from, to: to};
        const content = document.getElementById('inhoud');
        delete content.dataset.dekking;
        delete content.dataset.stroom;
        // one after the other: both are heavy for the database, and the map is shaded before the charts are drawn
        const coverage = await nk.graphql(COVERAGE, variables);
        state.coverage = coverage.areaCoverage;
        state.minimumCellSize = state.coverage.minimumCellSize;
        drawCoverage();
        shadeAreas();
        drawGaps(coverage.gaps);
        setDownloads();
        content.dataset.dekking = 'ja';
        const flow = await nk.graphql(FLOW, Object.assign({granularity: granularity}, variables));
        drawFlow(flow.flowStatistics);
        content.dataset.stroom = 'ja';
    }

    async function show() {
        const melding = document.getElementById('melding');
        const {from, to} = period();
        if (!from || !to || from > to) {
            nk.showMessage(melding, 'Kies een periode: de begindatum ligt niet na de einddatum.', 'fout');
            return;
        }
        try {
            nk.showMessage(melding, '', 'info');
            await loadStatistics();
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
        }
    }

    async function switchMunicipality() {
        state.municipalityId = document.getElementById('gemeente').value;
        await loadMunicipality();
        await loadResources();
        await show();
    }

    document.addEventListener('DOMContentLoaded', async () => {
        await nk.start();
        const melding = document.getElementById('melding');
        try {
            const data = await nk.graphql(SETTINGS);
            state.settings = data.mapSettings;
            state.domains = data.lifeDomains;
            let municipalities = state.settings.municipality ? [state.settings.municipality] : [];
            if (municipalities.length === 0) {
                // an administrator without a municipality of their own chooses one
                municipalities = (await nk.graphql(MUNICIPALITIES)).areas.edges.map(edge => edge.node);
            }
            if (municipalities.length === 0) {
                nk.showMessage(melding, 'Er is nog geen gemeente ingericht.', 'info');
                return;
            }
            const select = document.getElementById('gemeente');
            municipalities.forEach(m => select.appendChild(nk.element('option', {value: m.id}, m.name)));
            select.disabled = municipalities.length === 1;
            const domains = document.getElementById('leefdomein');
            state.domains.forEach(d => domains.appendChild(nk.element('option', {value: d.code}, d.name)));
            const today = new Date();
            const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
            document.getElementById('van').value = isoDate(yearAgo);
            document.getElementById('tot').value = isoDate(today);
        } catch (e) {
            nk.showMessage(melding, e.errors && e.errors.some(err => err.extensions && err.extensions.classification === 'FORBIDDEN')
                ? 'Deze pagina is alleen voor de gemeente en beheerders: u heeft geen toegang tot deze gegevens.'
                : e.message, 'fout');
            return;
        }
        document.getElementById('inhoud').hidden = false;
        createMap();
        drawLegend();
        document.getElementById('instellingen').addEventListener('submit', event => {
            event.preventDefault();
            show();
        });
        document.getElementById('leefdomein').addEventListener('change', () => {
            if (state.coverage) {
                drawCoverage();
                shadeAreas();
            }
        });
        document.getElementById('gemeente').addEventListener('change', () => switchMunicipality().catch(e => nk.showMessage(melding, e.message, 'fout')));
        document.getElementById('hsds-import').addEventListener('submit', importHsds);
        try {
            await switchMunicipality();
            await loadStale();
        } catch (e) {
            nk.showMessage(melding, e.message, 'fout');
        }
    });
})(window.Netwerkkaart);
