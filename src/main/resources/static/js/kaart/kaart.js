/* The Leaflet map: the kernen shaded by gap for the chosen life domain and the community resources as markers. */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {GAP_CLASSES, KINDS, NO_DATA, STATUSES, SUPPRESSED, countText, domainName, gapClass, number, state} from './staat.js';

export function createMap() {
    state.map = L.map('kaart', {zoomSnap: 0.25});
    if (state.settings.tileUrl) {
        L.tileLayer(state.settings.tileUrl, {attribution: state.settings.tileAttribution || '', maxZoom: 18}).addTo(state.map);
    }
    state.areaLayer = L.layerGroup().addTo(state.map);
    state.markerLayer = L.layerGroup().addTo(state.map);
    state.map.setView([51.3, 5.9], 11);
}

export function drawAreas(municipality) {
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

export function shadeAreas() {
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

export function drawLegend() {
    const legend = document.getElementById('legenda');
    legend.textContent = '';
    legend.appendChild(element('strong', {}, 'Gat voor ' + domainName(document.getElementById('leefdomein').value) + ':'));
    for (const shade of [...GAP_CLASSES, SUPPRESSED]) {
        const item = element('span');
        const swatch = element('span', {'class': 'nk-vlakje'});
        swatch.style.background = shade.color;
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(shade.label));
        legend.appendChild(item);
    }
    const marker = element('span');
    marker.appendChild(element('span', {'class': 'nk-stip nk-stip-voorziening'}));
    marker.appendChild(document.createTextNode('voorziening (grijs: niet actief; oranje rand: verouderd)'));
    legend.appendChild(marker);
}

export function escape(text) {
    const div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
}

export async function loadResources() {
    state.markerLayer.clearLayers();
    state.spots = new Map();
    const filter = {areaIds: [state.municipalityId], statuses: ['ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED']};
    let after = null;
    let count = 0;
    do {
        const data = await run('MapResources', {filter: filter, after: after});
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
export function addMarker(resource) {
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

export async function loadMunicipality() {
    const data = await run('MapKernen', {municipalityId: state.municipalityId});
    state.kernen = data.areas.edges.map(edge => edge.node);
    document.getElementById('titel').textContent = 'Sociale kaart en dekking · ' + data.area.name;
    document.getElementById('kaart').dataset.kernenMetVorm = String(state.kernen.filter(k => k.geometry).length);
    drawAreas(data.area);
}
