/* The family's own fields: name, reference and kern. Creates a new family, or edits the one shown. */
import {run} from '../lib/graphql.js';
import {element} from '../lib/layout.js';
import {submit, value} from '../lib/forms.js';
import {ownKernen} from '../lib/kernen.js';

const FIELDS = {'input.name': 'gezin-naam', 'input.reference': 'gezin-kenmerk', 'input.areaId': 'gezin-kern'};

/** Loads the kernen into the form and handles its submit; resolves when the kernen are there. */
export async function wire(page) {
    const form = document.getElementById('gezin-form');
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const family = page.family;
        const input = {
            name: form.querySelector('#gezin-naam').value.trim(),
            reference: value(form, 'gezin-kenmerk'),
            areaId: form.querySelector('#gezin-kern').value,
            coachId: family && family.coach ? family.coach.id : page.viewer.professional.id
        };
        if (!family) {
            const payload = await submit(form, async () => (await run('CreateFamily', {input})).createFamily, FIELDS);
            if (payload) {
                window.location.assign(`/gezin.html?gezin=${encodeURIComponent(payload.family.id)}`);
            }
            return;
        }
        input.id = family.id;
        input.expectedVersion = family.version;
        const payload = await submit(form, async () => (await run('UpdateFamily', {input})).updateFamily,
            Object.assign({'input.expectedVersion': 'gezin-naam'}, FIELDS));
        if (payload) {
            await page.reload();
            page.message('De gegevens van het gezin zijn opgeslagen.', 'ok');
        }
    });
    const select = form.querySelector('#gezin-kern');
    for (const kern of await ownKernen()) {
        select.appendChild(element('option', {value: kern.id}, kern.name));
    }
    if (page.family && page.family.area) {
        select.value = page.family.area.id;
    }
}

export function render(family) {
    const form = document.getElementById('gezin-form');
    form.querySelector('#gezin-naam').value = family.name;
    form.querySelector('#gezin-kenmerk').value = family.reference || '';
    const select = form.querySelector('#gezin-kern');
    if (family.area && ![...select.options].some(option => option.value === family.area.id)) {
        select.appendChild(element('option', {value: family.area.id}, family.area.name));
    }
    select.value = family.area ? family.area.id : '';
    form.querySelector('#gezin-opslaan').textContent = 'Wijzigingen opslaan';
}
