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
const measured = new Map();

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
 * meet a node or another label, and each ring leaves a gap at the top for its caption. maxLabel (screen pixels) is the
 * widest a label may be: longer names will be shortened to it.
 */
export function layoutRings(nodes, scale, spread, maxLabel) {
    const s = scale || 1;
    const f = spread || 1;
    const cap = (maxLabel || Infinity) * s;
    // a label's width on screen in model units, with a little room
    const textWidth = (text, bold) => Math.min(cap, labelBox(text, bold, s).w) + 4 * s;
    const rings = new Map();
    for (const node of nodes) {
        const ring = ringOf(node);
        if (!rings.has(ring)) {
            rings.set(ring, []);
        }
        rings.get(ring).push(node);
    }
    const kindOrder = Object.keys(KINDS);
    for (const members of rings.values()) {
        members.sort((a, b) => (kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
            || personName(a.person).localeCompare(personName(b.person), 'nl'));
    }
    const labelHeight = (LABEL_PX + 6) * s;
    const radii = {};
    const positions = {};
    /*
     * Places a ring's members at least at radius least, leaving a gap of gapLength at the top for the caption. Each
     * member takes as much of the circle as its label needs along the ring where it stands: its width at the top and
     * bottom, its height at the sides (labels there can sit beside the node), so a ring of long names is no wider
     * than it must be. Returns the radius.
     */
    const pack = (members, bold, least, gapLength) => {
        if (!members.length) {
            return least;
        }
        const widths = members.map(node => Math.min(cap, labelBox(nodeLabel(node), bold, s).w) + 4 * s);
        const size = (bold ? 34 : NODE_SIZE) + 4 * s;
        let angles = members.map((node, index) => -Math.PI / 2 + (index + 0.5) * 2 * Math.PI / members.length);
        let radius = least;
        for (let round = 0; round < 3; round++) {
            const needs = members.map((node, index) => f * Math.max(size + labelHeight,
                widths[index] * Math.abs(Math.sin(angles[index])) + (labelHeight + 4 * s) * Math.abs(Math.cos(angles[index]))));
            const total = needs.reduce((sum, need) => sum + need, 0);
            radius = Math.max(least, (total + gapLength) / (2 * Math.PI));
            const gap = gapLength / radius;
            // when the ring is wider than its members need, they share the room in proportion
            const k = (2 * Math.PI - gap) * radius / total;
            let angle = -Math.PI / 2 + gap / 2;
            angles = needs.map(need => {
                const at = angle + k * need / 2 / radius;
                angle += k * need / radius;
                return at;
            });
        }
        members.forEach((node, index) => {
            positions[node.id] = {x: radius * Math.cos(angles[index]), y: radius * Math.sin(angles[index])};
        });
        return radius;
    };
    const household = rings.get(0) || [];
    const householdWidth = Math.max(0, ...household.map(node => textWidth(nodeLabel(node), true)));
    if (household.length === 1) {
        positions[household[0].id] = {x: 0, y: 0};
        radii[0] = 0;
    } else {
        radii[0] = pack(household, true, household.length ? Math.max(30 + 9 * household.length, 34 + labelHeight) : 0, 0);
    }
    let previous = radii[0] + (household.length ? 17 + labelHeight : 0);
    let widest = householdWidth;
    const lastRing = rings.has(5) ? 5 : 4;
    for (let ring = 1; ring <= lastRing; ring++) {
        const members = rings.get(ring) || [];
        const labelWidth = Math.max(0, ...members.map(node => textWidth(nodeLabel(node))));
        widest = Math.max(widest, labelWidth);
        const caption = textWidth(ringCaption(ring)) + f * (NODE_SIZE + labelHeight + 4 * s);
        radii[ring] = pack(members, false, Math.max(previous + f * (NODE_SIZE / 2 + labelHeight + 8 * s), f * ring * 70), caption);
        previous = radii[ring] + NODE_SIZE / 2 + 3 * s;
    }
    const outer = radii[lastRing];
    // how far the drawing reaches from the centre: the outer ring with its nodes, labels and caption
    const extent = {x: outer + Math.max(NODE_SIZE / 2, widest / 2) + 4 * s, y: outer + NODE_SIZE / 2 + labelHeight + 4 * s};
    return {positions: positions, radii: radii, lastRing: lastRing, extent: extent, scale: s, rings: rings, maxLabel: cap};
}

/** The font Cytoscape draws a label with, at a size in model units (as its calculateLabelDimensions builds it). */
function labelFont(size, bold) {
    return `normal ${bold ? 'bold' : 'normal'} ${size}px ${LABEL_FONT}`;
}

/**
 * The box a label takes in model units at scale s, measured as Cytoscape measures it: the canvas text width at the
 * font size the label is drawn with (not an estimate scaled from 12 px), plus the text background's padding.
 */
function labelBox(text, bold, s) {
    if (!measure) {
        measure = document.createElement('canvas').getContext('2d');
    }
    const size = LABEL_PX * s;
    // keyed by the whole font the text is measured in (weight, size and family), so no width is ever reused for
    // another font than it was measured in
    const font = labelFont(size, bold);
    const key = `${font}|${text}`;
    let width = measured.get(key);
    if (width === undefined) {
        if (measured.size > 50000) {
            measured.clear();
        }
        measure.font = font;
        width = Math.ceil(measure.measureText(text).width);
        measured.set(key, width);
    }
    const padding = s;
    // Cytoscape adds 2 units on each side of a label box for browser inaccuracies
    return {w: width + 2 * padding + 4, h: size + 2 * padding + 4};
}

/** Preferred directions for a label around its node, as angles (0 = right, PI/2 = below): below, above, outward, then around. */
function directions(p) {
    const outward = Math.atan2(p.y, p.x);
    const tried = [Math.PI / 2, -Math.PI / 2, outward];
    for (const step of [1, 2, 3, 4, 5, 6]) {
        tried.push(outward + step * Math.PI / 6, outward - step * Math.PI / 6);
    }
    return tried;
}

/**
 * The texts a label may show, longest first: the full name, then (when shortening) the full name cut with an
 * ellipsis and the given name alone, of those only the ones at most maxWidth wide (model units).
 */
function labelTexts(node, shorten, maxWidth, s) {
    const full = nodeLabel(node);
    if (!shorten) {
        return [full];
    }
    const texts = [full];
    for (let length = full.length - 1; length >= 3; length--) {
        texts.push(full.substring(0, length).trimEnd() + '…');
    }
    if (!node.household && node.person.givenName && node.person.givenName !== full) {
        texts.push(node.person.givenName);
    }
    const fullWidth = labelBox(full, node.household, s).w;
    const shorter = [...new Set(texts)].slice(1).map(text => ({text: text, w: labelBox(text, node.household, s).w}))
        .filter(entry => entry.w < fullWidth && entry.w <= maxWidth);
    shorter.sort((a, b) => b.w - a.w);
    // the full name first even when wider than the rings were sized for: it may still find room
    return [full].concat(shorter.map(entry => entry.text));
}

/**
 * Where each label goes: placed around its node (below if free, else above, outward, then at other angles and a
 * little further off), where it meets no node, no label placed before it and no ring caption, inside the extent the
 * zoom was chosen for. Works in model units on the widths Cytoscape itself measures. With shorten, a label wider than
 * the layout's maxLabel or finding no free place at full length tries the name cut with an ellipsis and the given
 * name, longest first; one that still finds none is left off (its full name stays in the node's tooltip, the person's
 * details and the list view), so labels never overlap. Returns the placements, how many labels found no place and
 * how many were shortened or left off.
 */
function placeLabels(nodes, layout, shorten) {
    const s = layout.scale;
    const margin = 2 * s;
    const boxes = [];
    // a little room between any two things, so antialiasing and rounding never make them touch
    const gap = 3 * s;
    const meets = (a, b) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
    // a node's body with its border, in model units (nodes keep their model size at every zoom)
    const radius = node => (node.household ? 34 / 2 + 3 : NODE_SIZE / 2 + 1);
    const nodeBoxes = new Map();
    for (const node of nodes) {
        const p = layout.positions[node.id];
        const r = radius(node) + 1;
        nodeBoxes.set(node.id, {x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r});
    }
    for (let ring = 1; ring <= layout.lastRing; ring++) {
        // the caption hangs from the top of its ring (text-valign top, text-margin-y 8 and padding 2 at scale 1, see draw)
        const w = labelBox(ringCaption(ring), false, s).w + 2 * s + 2 * s;
        const top = -layout.radii[ring];
        boxes.push({x1: -w / 2, x2: w / 2, y1: top - 6 * s - 2 - s, y2: top + 10 * s + 2 + s});
    }
    // inside the part of the plane the zoom was chosen for, so the drawing still fits the panel
    const bounds = layout.extent;
    const free = (box, own) => {
        if (box.x1 < -bounds.x || box.x2 > bounds.x || box.y1 < -bounds.y || box.y2 > bounds.y) {
            return false;
        }
        for (const [id, other] of nodeBoxes) {
            if (id !== own && meets(box, other)) {
                return false;
            }
        }
        return !boxes.some(other => meets(box, other));
    };
    const place = (node, text) => {
        const p = layout.positions[node.id];
        const r = radius(node) + margin;
        const size = labelBox(text, node.household, s);
        // a name wider than the rings were sized for only right at its node, so it is not taken for someone else's
        const distances = size.w > layout.maxLabel ? [0] : [0, 0.5, 1, 1.5];
        for (const distance of distances) {
            for (const angle of directions(p)) {
                const cos = Math.cos(angle);
                const sin = Math.sin(angle);
                // the least distance along this direction at which the box clears the node, then a little further
                const along = Math.min(Math.abs(cos) > 1e-6 ? (r + size.w / 2) / Math.abs(cos) : Infinity,
                    Math.abs(sin) > 1e-6 ? (r + size.h / 2) / Math.abs(sin) : Infinity) + distance * size.h;
                const dx = cos * along;
                const dy = sin * along;
                const box = {x1: p.x + dx - size.w / 2, x2: p.x + dx + size.w / 2, y1: p.y + dy - size.h / 2, y2: p.y + dy + size.h / 2};
                if (free(box, node.id)) {
                    return {text: text, dx: dx, dy: dy, box: box};
                }
            }
        }
        return null;
    };
    const placements = {};
    let unplaced = 0;
    const ordered = [...nodes].sort((a, b) => ringOf(a) - ringOf(b));
    for (const node of ordered) {
        const full = nodeLabel(node);
        let chosen = null;
        for (const text of labelTexts(node, shorten, layout.maxLabel, s)) {
            chosen = place(node, text);
            if (chosen) {
                break;
            }
        }
        if (!chosen) {
            unplaced++;
        }
        if (chosen) {
            boxes.push(chosen.box);
        }
        placements[node.id] = {label: chosen ? chosen.text : '', volledigeNaam: full, lv: 'center', lh: 'center',
            mx: chosen ? chosen.dx : 0, my: chosen ? chosen.dy : 0};
    }
    return {placements: placements, unplaced: unplaced, shortened: Object.values(placements).filter(p => p.label !== p.volledigeNaam).length};
}

/**
 * The least scale (model units per screen pixel, so the greatest zoom, at most 1.6) at which the layout drawn with
 * labels of LABEL_PX fits a panel of width by height, or null when none does. The extent of the layout grows about
 * linearly with the scale (labels grow, nodes do not), so what fits at one scale fits at every larger one: bisection.
 */
function fittingScale(nodes, spread, maxLabel, width, height) {
    const fits = scale => {
        const extent = layoutRings(nodes, scale, spread, maxLabel).extent;
        return 2 * extent.x / scale <= width && 2 * extent.y / scale <= height;
    };
    let low = 1 / 1.6;
    if (fits(low)) {
        return low;
    }
    // the map's least zoom is 0.2 (pagina.js): below it Cytoscape would not draw the labels at their size
    let high = 5;
    if (!fits(high)) {
        return null;
    }
    for (let round = 0; round < 30 && high / low > 1.002; round++) {
        const middle = Math.sqrt(low * high);
        if (fits(middle)) {
            high = middle;
        } else {
            low = middle;
        }
    }
    return high;
}

/**
 * The layout for the panel: the scale at which labels are LABEL_PX on screen and the whole drawing fits, found in a
 * few rounds (a wider layout needs a smaller zoom, which needs wider rings); then the rings are spread further while
 * some label finds no free place. When no spread fits the panel with every label in its place, long labels are cut
 * (with an ellipsis, or to the given name) to ever shorter widths until one does. Failing even that, the labels that
 * find no place are left off (the full name stays in the tooltip, the details and the list view), on the fitting
 * layout that placed the most; a network too large to fit at all is drawn at the label size and can be moved and
 * zoomed, or shown full screen.
 */
function fittedLayout(nodes, width, height) {
    const padding = 12;
    let best = null;
    const consider = result => {
        if (!best || result.labels.unplaced < best.labels.unplaced) {
            best = result;
        }
        return result.labels.unplaced === 0;
    };
    for (const maxLabel of [Infinity, 220, 160, 120, 90, 70, 55, 45]) {
        for (const spread of [1, 1.25, 1.5, 1.8, 2.2, 2.7]) {
            const scale = fittingScale(nodes, spread, maxLabel, width - 2 * padding, height - 2 * padding);
            if (scale === null) {
                // labels of 12 px do not fit the panel at this spread: the drawing grows faster than the zoom shrinks
                break;
            }
            const zoom = 1 / scale;
            const layout = layoutRings(nodes, scale, spread, maxLabel);
            const labels = placeLabels(nodes, layout, maxLabel !== Infinity);
            if (consider({layout: layout, zoom: zoom, labels: labels})) {
                return best;
            }
        }
    }
    if (!best) {
        const layout = layoutRings(nodes, 1, 1, 90);
        best = {layout: layout, zoom: 1, labels: null};
    }
    best.labels = placeLabels(nodes, best.layout, true);
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
    document.body.dataset.labelsIngekort = String(fitted.labels.shortened);
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
    if (!state.tooltips) {
        // a shortened (or left off) label: the full name shows when the pointer is on the person
        state.tooltips = true;
        cy.on('mouseover', 'node.persoon, node.spook', event => {
            container.title = event.target.data('volledigeNaam') || '';
        });
        cy.on('mouseout', 'node.persoon, node.spook', () => {
            container.title = '';
        });
    }
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
    // the panel width this drawing is for: tests wait for it after resizing the window
    document.body.dataset.getekendBreedte = String(container.clientWidth);
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
