/* The kernen of the signed-in user's own municipality, by name: what a family can live in and a filter can pick. */
import {run} from './graphql.js';

let kernen;

export function ownKernen() {
    if (!kernen) {
        kernen = run('Kernen').then(data => data.viewer.municipality ? data.viewer.municipality.parts : []);
    }
    return kernen;
}
