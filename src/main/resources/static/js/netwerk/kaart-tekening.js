/*
 * Drawing the network on the rings of the netwerkcirkel with Cytoscape: positions computed here (a preset layout), so
 * a ring keeps its place when another is empty and 60 persons with 150 ties draw at once; the legend; PNG export.
 */
import {element} from '../lib/layout.js';
import {personName} from '../lib/format.js';
import {label, RINGS} from '../lib/labels.js';
import {HOUSEHOLD_COLOUR, KINDS, NO_TIE_COLOUR, ringOf, state} from './staat.js';
import {applyFilters} from './filters.js';

/** Label size on screen at the default zoom, in pixels. */
const LABEL_PX = 12;
const NODE_SIZE = 26;
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
let measure = null;

/** The width of a text at the label size, in screen pixels (bold for the household). */
function textWidth(text, bold) {
    if (!measure) {
        measure = document.createElement('canvas').getContext('2d');
    }
    measure.font = `${bold ? 'bold ' : ''}${LABEL_PX}px ${LABEL_FONT}`;
    return measure.measureText(text).width + 6;
}

export function nodeLabel(node) {
    return node.household ? node.person.givenName : personName(node.person);
}

export function ringCaption(ring) {
    return ring <= 4 ? `${ring} ${RINGS[ring]}` : RINGS[ring];
}

/**
 * Preset positions: the household on a small circle in the middle, every other person on the circle of their ring,
 * grouped by kind so the quadrants of the netwerkcirkel show. scale is model units per screen pixel at the zoom the
 * map will be shown at: rings are made wide enough that neighbouring labels (drawn LABEL_PX high on screen) never
 * meet a node or another label, and each ring leaves a gap at the top for its caption.
 */
export function layoutRings(nodes, scale, spread) {
    const s = scale || 1;
    const f = spread || 1;
    const rings = new Map();
    for (const node of nodes) {
        const ring = ringOf(node);
        if (!rings.has(ring)) {
            rings.set(ring, []);
        }
        rings.get(ring).push(node);
    }
    const kindOrder = Object.keys(KINDS);
    const labelHeight = (LABEL_PX + 6) * s;
    const radii = {};
    const gaps = {};
    const positions = {};
    const household = rings.get(0) || [];
    const householdWidth = Math.max(0, ...household.map(node => textWidth(nodeLabel(node), true) * s));
    radii[0] = household.length > 1 ? Math.max(30 + 9 * household.length,
        household.length * Math.max(householdWidth, 34 + labelHeight) / (2 * Math.PI), 34 + labelHeight) : 0;
    let previous = radii[0] + (household.length ? 17 + labelHeight : 0);
    let widest = householdWidth;
    const lastRing = rings.has(5) ? 5 : 4;
    for (let ring = 1; ring <= lastRing; ring++) {
        const members = rings.get(ring) || [];
        const labelWidth = Math.max(0, ...members.map(node => textWidth(nodeLabel(node)) * s));
        widest = Math.max(widest, labelWidth);
        const spacing = f * Math.max(labelWidth + 4 * s, NODE_SIZE + labelHeight + 4 * s);
        const caption = textWidth(ringCaption(ring)) * s + spacing;
        radii[ring] = Math.max(previous + f * (NODE_SIZE / 2 + labelHeight + 8 * s), f * ring * 70,
            (members.length * spacing + caption) / (2 * Math.PI));
        gaps[ring] = caption / radii[ring];
        previous = radii[ring] + NODE_SIZE / 2 + 3 * s;
    }
    for (const [ring, members] of rings) {
        members.sort((a, b) => (kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
            || personName(a.person).localeCompare(personName(b.person), 'nl'));
        const gap = ring === 0 ? 0 : gaps[ring];
        const step = (2 * Math.PI - gap) / Math.max(members.length, 1);
        members.forEach((node, index) => {
            const angle = -Math.PI / 2 + gap / 2 + step / 2 + index * step;
            positions[node.id] = {x: radii[ring] * Math.cos(angle), y: radii[ring] * Math.sin(angle)};
        });
    }
    const outer = radii[lastRing];
    // how far the drawing reaches from the centre: the outer ring with its nodes, labels and caption
    const extent = {x: outer + Math.max(NODE_SIZE / 2, widest / 2) + 4 * s, y: outer + NODE_SIZE / 2 + labelHeight + 4 * s};
    return {positions: positions, radii: radii, lastRing: lastRing, extent: extent, scale: s, rings: rings};
}

/**
 * Where each label goes: below its node if that is free, else above, beside (outward first) or on a corner; a label
 * that finds no free place at full length tries the given name alone. Free means clear of every node, every label
 * placed before it and every ring caption. Works in model units; returns the placements and how many found no place.
 */
function placeLabels(nodes, layout) {
    const s = layout.scale;
    const height = (LABEL_PX + 5) * s;
    const margin = 2 * s;
    const boxes = [];
    // a little room between any two things, so antialiasing and rounding never make them touch
    const gap = 6 * s;
    const meets = (a, b) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
    const around = (p, r) => ({x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r});
    const radius = node => (node.household ? 19 : 14) * 1;
    for (const node of nodes) {
        boxes.push(around(layout.positions[node.id], radius(node) + 2 * s));
    }
    for (let ring = 1; ring <= layout.lastRing; ring++) {
        const w = textWidth(ringCaption(ring)) * s;
        boxes.push({x1: -w / 2, x2: w / 2, y1: -layout.radii[ring] - height / 2, y2: -layout.radii[ring] + height / 2});
    }
    const placements = {};
    let unplaced = 0;
    const ordered = [...nodes].sort((a, b) => ringOf(a) - ringOf(b));
    for (const node of ordered) {
        const p = layout.positions[node.id];
        const r = radius(node);
        const outward = p.x >= 0 ? ['right', 'left'] : ['left', 'right'];
        const options = [['bottom', 'center'], ['top', 'center'], ['center', outward[0]], ['center', outward[1]],
            ['bottom', outward[0]], ['top', outward[0]], ['bottom', outward[1]], ['top', outward[1]]];
        const texts = node.household ? [nodeLabel(node)] : [nodeLabel(node), node.person.givenName];
        let chosen = null;
        let fallback = null;
        for (const text of texts) {
            const w = textWidth(text, node.household) * s;
            for (const [valign, halign] of options) {
                const x1 = halign === 'center' ? p.x - w / 2 : halign === 'right' ? p.x + r + margin : p.x - r - margin - w;
                const y1 = valign === 'center' ? p.y - height / 2 : valign === 'bottom' ? p.y + r + margin : p.y - r - margin - height;
                const box = {x1: x1, x2: x1 + w, y1: y1, y2: y1 + height};
                const clashes = boxes.filter((other, index) => index !== nodes.indexOf(node) && meets(box, other)).length;
                const placement = {text: text, valign: valign, halign: halign, box: box, clashes: clashes};
                if (clashes === 0) {
                    chosen = placement;
                    break;
                }
                if (!fallback || clashes < fallback.clashes) {
                    fallback = placement;
                }
            }
            if (chosen) {
                break;
            }
        }
        if (!chosen) {
            unplaced++;
            chosen = fallback;
        }
        boxes.push(chosen.box);
        placements[node.id] = {
            label: chosen.text,
            lv: chosen.valign,
            lh: chosen.halign,
            mx: chosen.halign === 'right' ? margin : chosen.halign === 'left' ? -margin : 0,
            my: chosen.valign === 'bottom' ? margin : chosen.valign === 'top' ? -margin : 0
        };
    }
    return {placements: placements, unplaced: unplaced};
}

/**
 * The layout for the panel: the scale at which labels are LABEL_PX on screen and the whole drawing fits, found in a
 * few rounds (a wider layout needs a smaller zoom, which needs wider rings); then the rings are spread further while
 * some label finds no free place. A network too large for both is drawn at the label size and can be moved and
 * zoomed, or shown full screen.
 */
function fittedLayout(nodes, width, height) {
    const padding = 12;
    let best = null;
    for (const spread of [1, 1.25, 1.5, 1.8]) {
        let scale = 1;
        let layout = null;
        let zoom = 1;
        for (let round = 0; round < 8; round++) {
            layout = layoutRings(nodes, scale, spread);
            zoom = Math.min(1.6, (width - 2 * padding) / (2 * layout.extent.x), (height - 2 * padding) / (2 * layout.extent.y));
            if (Math.abs(1 / zoom - scale) / scale < 0.02) {
                break;
            }
            scale = 1 / zoom;
        }
        layout = layoutRings(nodes, 1 / zoom, spread);
        const labels = placeLabels(nodes, layout);
        const result = {layout: layout, zoom: zoom, labels: labels};
        if (!best || labels.unplaced < best.labels.unplaced) {
            best = result;
        }
        if (labels.unplaced === 0) {
            break;
        }
    }
    return best;
}

export function arrows(tie) {
    const gives = tie.support.some(s => s.direction === 'GIVES' || s.direction === 'BOTH');
    const receives = tie.support.some(s => s.direction === 'RECEIVES' || s.direction === 'BOTH');
    return {target: gives ? 'triangle' : 'none', source: receives ? 'triangle' : 'none'};
}

export function nodeElement(node, extraClasses) {
    const ring = ringOf(node);
    const classes = ['persoon', node.household ? 'huishouden' : 'netwerk'];
    if (node.memberRole === 'CHILD') {
        classes.push('kind');
    }
    return {
        group: 'nodes',
        data: {
            id: node.id,
            label: nodeLabel(node),
            kleur: node.household ? HOUSEHOLD_COLOUR : (node.kind ? KINDS[node.kind].kleur : NO_TIE_COLOUR),
            ring: ring,
            kind: node.kind || '',
            household: node.household
        },
        classes: classes.concat(extraClasses || []).join(' ')
    };
}

export function edgeElement(tie, extraClasses) {
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

export function ringElements(layout) {
    const elements = [];
    for (let ring = 1; ring <= layout.lastRing; ring++) {
        const size = 2 * layout.radii[ring];
        elements.push({
            group: 'nodes',
            data: {id: 'ring-' + ring, label: ringCaption(ring), maat: size, schaal: layout.scale},
            position: {x: 0, y: 0},
            classes: 'ring-gids',
            selectable: false,
            grabbable: false
        });
    }
    return elements;
}

export const STYLE = [
    {selector: 'node.persoon, node.spook', style: {
        'background-color': 'data(kleur)', 'label': 'data(label)', 'width': 26, 'height': 26,
        'font-size': 12, 'font-family': LABEL_FONT, 'text-valign': 'data(lv)', 'text-halign': 'data(lh)', 'text-margin-x': 'data(mx)',
        'text-margin-y': 'data(my)', 'color': '#1d2529',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
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
        'text-margin-y': 8, 'font-size': 12, 'font-family': LABEL_FONT, 'color': '#4a5a61', 'events': 'no', 'z-index': 0,
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': 2
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
        'underlay-color': '#2e7d32', 'underlay-padding': 5, 'underlay-opacity': 0.85, 'underlay-shape': 'ellipse', 'opacity': 1
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
export function draw() {
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
    const container = document.getElementById('kaart');
    const fitted = fittedLayout(nodes.concat(ghosts), container.clientWidth || 800, container.clientHeight || 600);
    const layout = fitted.layout;
    const elements = ringElements(layout);
    const removed = new Set(changes ? changes.removedPersons.map(p => p.id) : []);
    const ended = new Set(changes ? changes.endedTies.map(t => t.id) : []);
    const changed = new Set(changes ? changes.changedTies.map(c => c.tieId) : []);
    const placed = fitted.labels.placements;
    for (const node of nodes) {
        const element = nodeElement(node, removed.has(node.id) ? ['sinds-weg'] : []);
        element.position = layout.positions[node.id];
        Object.assign(element.data, placed[node.id]);
        elements.push(element);
    }
    for (const ghost of ghosts) {
        const element = nodeElement(ghost, ['sinds-nieuw']);
        element.classes = element.classes.replace('persoon', 'spook');
        element.data.kleur = ghost.kind ? KINDS[ghost.kind].kleur : NO_TIE_COLOUR;
        element.position = layout.positions[ghost.id];
        Object.assign(element.data, placed[ghost.id]);
        elements.push(element);
    }
    document.body.dataset.labelsZonderPlek = String(fitted.labels.unplaced);
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
    cy.layout({name: 'preset', fit: false}).run();
    state.defaultZoom = fitted.zoom;
    cy.style().selector('node.persoon, node.spook').style({'font-size': LABEL_PX * layout.scale,
        'text-background-padding': layout.scale})
        .selector('node.ring-gids').style({'font-size': LABEL_PX * layout.scale, 'text-margin-y': (LABEL_PX / 2 + 2) * layout.scale,
            'text-background-padding': 2 * layout.scale})
        .update();
    cy.zoom(fitted.zoom);
    cy.center();
    applyFilters();
    highlightCandidates();
    document.body.dataset.tekenMs = String(Math.round(performance.now() - started));
}

export function highlightCandidates() {
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

export function legend() {
    const box = document.getElementById('legenda');
    box.textContent = '';
    const dot = (colour, text, square) => {
        const item = element('span');
        const mark = element('i', {'class': 'nk-stip'});
        mark.style.background = colour;
        if (square) {
            mark.style.borderRadius = '3px';
            mark.style.border = '2px solid #e0a526';
        }
        item.append(mark, document.createTextNode(text));
        return item;
    };
    const line = (style, text) => {
        const item = element('span');
        const mark = element('i', {'class': 'nk-lijnstuk'});
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
    box.appendChild(element('span', {}, '→ pijl: richting van de steun'));
    box.appendChild(element('span', {}, 'ringen: 1 intiem · 2 dichtbij · 3 bekenden · 4 diensten'));
    if (state.changes) {
        box.appendChild(dot('#2e7d32', 'nieuw sinds deze datum (vaag)'));
        box.appendChild(dot('#ef6c00', 'beëindigd sinds deze datum'));
        box.appendChild(dot('#1565c0', 'gewijzigd sinds deze datum'));
    }
}

export function exportPng() {
    const png = state.cy.png({full: true, scale: 2, bg: '#ffffff', output: 'base64uri'});
    const link = element('a', {href: png, download: `netwerkkaart-${(state.familyName || 'gezin').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${state.asOf}.png`});
    document.body.appendChild(link);
    link.click();
    link.remove();
    return png;
}

/** Back to the view the map opened with: labels at their size, the drawing in the middle. */
export function fitView() {
    const cy = state.cy;
    cy.zoom(state.defaultZoom || 1);
    cy.center();
}

function zoomBy(factor) {
    const cy = state.cy;
    const container = document.getElementById('kaart');
    cy.zoom({level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
        renderedPosition: {x: container.clientWidth / 2, y: container.clientHeight / 2}});
}

/** Full screen for the map (the browser's, or filling the window where that is not allowed); Escape leaves it. */
function toggleFullScreen() {
    const panel = document.getElementById('kaart-vak');
    const button = document.getElementById('kaart-volledig');
    const on = !(document.fullscreenElement === panel || panel.classList.contains('nk-volledig'));
    if (on) {
        panel.classList.add('nk-volledig');
        if (panel.requestFullscreen) {
            panel.requestFullscreen().catch(() => null);
        }
    } else {
        panel.classList.remove('nk-volledig');
        if (document.fullscreenElement) {
            document.exitFullscreen().catch(() => null);
        }
    }
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Volledig scherm sluiten' : 'Volledig scherm';
    redrawSoon();
}

let redrawTimer = null;

/** Draws again for a new panel size (window resized, full screen on or off). */
function redrawSoon() {
    clearTimeout(redrawTimer);
    redrawTimer = setTimeout(() => {
        if (state.network) {
            state.cy.resize();
            draw();
        }
    }, 150);
}

/** The buttons on the map (zoom, fit, full screen) and PNG export. */
export function wireMapControls() {
    document.getElementById('export-png').addEventListener('click', exportPng);
    document.getElementById('kaart-inzoomen').addEventListener('click', () => zoomBy(1.25));
    document.getElementById('kaart-uitzoomen').addEventListener('click', () => zoomBy(0.8));
    document.getElementById('kaart-passend').addEventListener('click', fitView);
    document.getElementById('kaart-volledig').addEventListener('click', toggleFullScreen);
    document.addEventListener('fullscreenchange', () => {
        const panel = document.getElementById('kaart-vak');
        if (!document.fullscreenElement && panel.classList.contains('nk-volledig')) {
            toggleFullScreen();
        } else {
            redrawSoon();
        }
    });
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && document.getElementById('kaart-vak').classList.contains('nk-volledig')) {
            toggleFullScreen();
        }
    });
    let width = window.innerWidth;
    window.addEventListener('resize', () => {
        if (window.innerWidth !== width) {
            width = window.innerWidth;
            redrawSoon();
        }
    });
}
