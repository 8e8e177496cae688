/* What the parts of the tent page share: the page's state, who may change things, and sending a mutation. */
import {mutate as sendMutation} from '../lib/graphql.js';

export const LABELS = {
    'input.helperId': 'Helper',
    'input.helpQuestionId': 'Hulpvraag',
    'input.id': 'Koppeling',
    'input.outcome': 'Uitkomst',
    'input.note': 'Notitie',
    'input.professionalIds': 'Beroepskracht',
    'input.tentSessionId': 'Tent'
};

export const state = {
    sessionId: null,
    viewer: null,
    session: null,
    rankings: new Map(),
    searchSequence: 0
};

export function isCoach() {
    return state.viewer && state.viewer.role === 'COACH';
}

export function questionTexts() {
    return Object.fromEntries(state.session.helpQuestions.map(question => [question.id, question.text]));
}

export function shortText(text, length) {
    return text.length > length ? text.substring(0, length - 1) + '…' : text;
}

/** Runs a mutation, shows its user errors or the success message in the message area, and reports success. */
export async function mutate(melding, mutation, field, input, success) {
    return (await sendMutation(melding, mutation, field, input, success, LABELS)) !== null;
}
