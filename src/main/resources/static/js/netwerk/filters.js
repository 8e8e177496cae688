/* The filters by kind of support and kind of relation; the household always stays. */
import {state} from './staat.js';

export function applyFilters() {
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

export function wireFilters() {
    document.getElementById('filter-steun').addEventListener('change', applyFilters);
    document.getElementById('filter-soort').addEventListener('change', applyFilters);
}
