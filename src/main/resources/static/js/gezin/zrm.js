/*
 * ZRM self-reliance: recording an assessment (a score 1-5 per life domain with the Krachtenwijzer split into own
 * strength, network and professional help) and the trend as a table, of the family as a whole or of one member
 * (whoever "Van wie" names).
 */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, showErrors} from '../lib/forms.js';
import {LIFE_DOMAINS} from '../lib/labels.js';
import {shortDate, isoDay} from '../lib/format.js';
import {fullName} from './leden.js';

const SCORES = {1: '1 acute problematiek', 2: '2 niet zelfredzaam', 3: '3 beperkt zelfredzaam', 4: '4 voldoende zelfredzaam', 5: '5 volledig zelfredzaam'};
const SHARES = [['eigen', 'ownStrength', 'Eigen kracht %'], ['netwerk', 'network', 'Netwerk %'], ['hulp', 'professional', 'Hulpverlening %']];

/** The domains sent with the last submit, in order, so input.scores[i] finds its row. */
let sent = [];

function row(code, text) {
    const set = element('fieldset', {id: `zrm-${code}`, 'class': 'nk-domeinscore', 'data-leefdomein': code});
    set.appendChild(element('legend', {}, text));
    const score = element('div', {'class': 'nk-veld'});
    score.appendChild(element('label', {'for': `zrm-${code}-score`}, 'Score'));
    const select = element('select', {id: `zrm-${code}-score`, 'data-label': `${text}, score`});
    select.appendChild(element('option', {value: ''}, 'niet gemeten'));
    for (const [value, words] of Object.entries(SCORES)) {
        select.appendChild(element('option', {value: value}, words));
    }
    score.appendChild(select);
    set.appendChild(score);
    // the shares only once the domain has a score: 17 domains of four fields each are too long on a phone
    select.addEventListener('change', () => {
        set.querySelectorAll('.nk-aandeel').forEach(share => { share.hidden = select.value === ''; });
    });
    for (const [suffix, , words] of SHARES) {
        const share = element('div', {'class': 'nk-veld nk-aandeel', hidden: ''});
        share.appendChild(element('label', {'for': `zrm-${code}-${suffix}`}, words));
        share.appendChild(element('input', {id: `zrm-${code}-${suffix}`, type: 'number', min: '0', max: '100', step: '5',
            inputmode: 'numeric', 'data-label': `${text}, ${words.replace(' %', '')}`}));
        set.appendChild(share);
    }
    return set;
}

/** input.scores[2].score → the score control of the third domain sent; input.scores[2] → its fieldset. */
function controlOf(path) {
    const match = /^input\.scores\[(\d+)\](?:\.(\w+))?$/.exec(path);
    if (!match || !sent[Number(match[1])]) {
        return null;
    }
    const code = sent[Number(match[1])];
    const part = match[2];
    if (!part || part === 'lifeDomain') {
        return `zrm-${code}`;
    }
    if (part === 'score') {
        return `zrm-${code}-score`;
    }
    const share = SHARES.find(entry => entry[1] === part);
    return share ? `zrm-${code}-${share[0]}` : `zrm-${code}`;
}

function number(form, id) {
    const text = form.querySelector('#' + id).value.trim();
    return text === '' ? 0 : Number.parseInt(text, 10);
}

/** Loads the trend of whoever "Van wie" names and shows it. */
export async function loadTrend(page) {
    const box = document.getElementById('zrm-trend');
    const personId = document.getElementById('zrm-wie').value || null;
    try {
        const data = await run('ZrmTrend', {familyId: page.familyId, personId});
        showTrend(box, data.selfRelianceTrend, personId);
    } catch (e) {
        box.textContent = '';
        box.appendChild(element('p', {'class': 'nk-melding nk-melding-fout'}, 'Het verloop kon niet geladen worden: ' + e.message));
    }
}

function showTrend(box, trend, personId) {
    box.textContent = '';
    if (!trend || !trend.assessments.length) {
        box.appendChild(element('p', {'class': 'nk-leeg', id: 'zrm-geen'}, personId
            ? 'Van dit gezinslid is nog geen meting vastgelegd.' : 'Van het gezin als geheel is nog geen meting vastgelegd.'));
        return;
    }
    const dates = [...new Set(trend.assessments.map(assessment => assessment.date))];
    const wrapper = element('div', {'class': 'nk-scroll', role: 'region', 'aria-labelledby': 'zrm-trend-titel', tabindex: '0'});
    const table = element('table', {'class': 'nk-tabel nk-trend', id: 'zrm-trendtabel'});
    table.appendChild(element('caption', {id: 'zrm-trend-titel'},
        `Verloop van de zelfredzaamheid: ${trend.assessments.length} ${trend.assessments.length === 1 ? 'meting' : 'metingen'} (score 1-5; eigen kracht / netwerk / hulpverlening in %)`));
    const head = element('tr');
    head.appendChild(element('th', {scope: 'col'}, 'Leefdomein'));
    for (const day of dates) {
        head.appendChild(element('th', {scope: 'col'}, shortDate(day)));
    }
    table.appendChild(element('thead')).appendChild(head);
    const body = element('tbody');
    for (const domain of trend.domains) {
        const tr = element('tr', {'data-leefdomein': domain.lifeDomain});
        tr.appendChild(element('th', {scope: 'row'}, domain.name));
        for (const day of dates) {
            const point = domain.points.filter(p => p.date === day).pop();
            const cell = element('td', {'class': 'nk-trendcel'});
            if (point) {
                cell.appendChild(element('span', {'class': 'nk-score', 'data-score': String(point.score)}, String(point.score)));
                if (point.ownStrength !== null && point.ownStrength !== undefined) {
                    cell.appendChild(element('span', {'class': 'nk-zacht nk-verdeling'},
                        ` ${point.ownStrength} / ${point.network} / ${point.professional}`));
                }
            } else {
                cell.textContent = '—';
            }
            tr.appendChild(cell);
        }
        body.appendChild(tr);
    }
    table.appendChild(body);
    wrapper.appendChild(table);
    box.appendChild(wrapper);
}

export function wire(page) {
    const form = document.getElementById('zrm-form');
    const rows = form.querySelector('#zrm-domeinen');
    for (const [code, text] of Object.entries(LIFE_DOMAINS)) {
        rows.appendChild(row(code, text));
    }
    form.querySelector('#zrm-datum').value = isoDay();
    form.querySelector('#zrm-datum').max = isoDay();
    form.querySelector('#zrm-wie').addEventListener('change', () => loadTrend(page));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const scores = [];
        sent = [];
        for (const code of Object.keys(LIFE_DOMAINS)) {
            const score = form.querySelector(`#zrm-${code}-score`).value;
            if (score === '') {
                continue;
            }
            sent.push(code);
            scores.push({
                lifeDomain: code,
                score: Number.parseInt(score, 10),
                ownStrength: number(form, `zrm-${code}-eigen`),
                network: number(form, `zrm-${code}-netwerk`),
                professional: number(form, `zrm-${code}-hulp`)
            });
        }
        const input = {
            familyId: page.family.id,
            personId: form.querySelector('#zrm-wie').value || null,
            date: form.querySelector('#zrm-datum').value || null,
            scores
        };
        const fields = {'input.date': 'zrm-datum', 'input.personId': 'zrm-wie', 'input.scores': 'zrm-scores', '*': controlOf};
        if (!input.date) {
            // a date is required by the schema: say so as the API would, without asking it
            showErrors(form, [{field: 'input.date', message: 'must not be null', code: 'INVALID'}], fields);
            return;
        }
        const payload = await submit(form, async () => (await run('RecordAssessment', {input})).recordAssessment, fields);
        if (payload) {
            for (const control of form.querySelectorAll('#zrm-domeinen select, #zrm-domeinen input')) {
                control.value = '';
            }
            form.querySelectorAll('#zrm-domeinen .nk-aandeel').forEach(share => { share.hidden = true; });
            await loadTrend(page);
            page.message('De meting is opgeslagen.', 'ok');
        }
    });
}

export function render(family) {
    const who = document.getElementById('zrm-wie');
    const chosen = who.value;
    who.textContent = '';
    who.appendChild(element('option', {value: ''}, 'het gezin als geheel'));
    for (const member of family.members) {
        who.appendChild(element('option', {value: member.person.id}, fullName(member.person)));
    }
    who.value = [...who.options].some(option => option.value === chosen) ? chosen : '';
}
