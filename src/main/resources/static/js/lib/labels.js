/*
 * Dutch words for the API's enum values, one wording for every page. A page shows label(MAP, value): an unknown
 * value shows as itself rather than as "undefined".
 */

export function label(map, value) {
    return Object.hasOwn(map, value) ? map[value] : value;
}

export const ROLE_NAMES = {COACH: 'gezinscoach', PROFESSIONAL: 'beroepskracht', MUNICIPALITY: 'gemeente', ADMIN: 'beheerder'};

export const LIFE_DOMAINS = {
    FINANCES: 'Financiën',
    WORK_AND_EDUCATION: 'Werk en opleiding',
    DAYTIME_ACTIVITIES: 'Tijdsbesteding',
    HOUSING: 'Huisvesting',
    DOMESTIC_RELATIONS: 'Huiselijke relaties',
    MENTAL_HEALTH: 'Geestelijke gezondheid',
    PHYSICAL_HEALTH: 'Lichamelijke gezondheid',
    SUBSTANCE_USE: 'Middelengebruik',
    BASIC_ADL: 'Basale ADL',
    INSTRUMENTAL_ADL: 'Instrumentele ADL',
    SOCIAL_NETWORK: 'Sociaal netwerk',
    SOCIAL_PARTICIPATION: 'Maatschappelijke participatie',
    JUSTICE: 'Justitie',
    PARENTING: 'Opvoeding',
    CHILD_DEVELOPMENT: 'Ontwikkeling kind',
    SCHOOL: 'Onderwijs',
    SAFETY: 'Veiligheid'
};

export const MEMBER_ROLES = {PARENT: 'ouder', CHILD: 'kind', OTHER: 'ander gezinslid'};
export const URGENCY = {LOW: 'laag', NORMAL: 'normaal', HIGH: 'hoog', CRISIS: 'crisis'};
export const QUESTION_STATUS = {OPEN: 'open', IN_TENT: 'in de tent', MATCHED: 'gekoppeld', CLOSED: 'afgesloten'};
export const SESSION_STATUS = {PLANNED: 'gepland', HELD: 'gehouden', CANCELLED: 'afgelast'};
export const PARTICIPATION = {INVITED: 'uitgenodigd', ACCEPTED: 'komt', DECLINED: 'komt niet', ATTENDED: 'was er'};
export const MATCH_STATUS = {PROPOSED: 'voorgesteld', CONFIRMED: 'klik bevestigd', STARTED: 'hulp gestart', CLOSED: 'afgesloten'};
export const OUTCOMES = {
    HELPED: 'geholpen',
    REFERRED: 'doorverwezen',
    NO_CLICK: 'geen klik',
    NOT_REACHED: 'geen contact',
    NOT_SUITABLE: 'niet passend',
    NO_CAPACITY: 'geen capaciteit',
    NO_LONGER_NEEDED: 'niet meer nodig'
};
export const LADDER_STEPS = {NETWORK: 'eigen netwerk', COMMUNITY: 'voorliggend / community', FIRST_LINE: 'eerstelijns', SPECIALIST: 'specialistisch'};
export const TIMELINE_KINDS = {
    HELP_QUESTION: 'Hulpvraag',
    HELP_QUESTION_CLOSED: 'Hulpvraag afgesloten',
    ANALYSIS: 'Analyse',
    TENT_SESSION: 'Expertisetent',
    AGREEMENT: 'Afspraak',
    MATCH: 'Koppeling',
    HANDOVER_NOTE: 'Overdracht'
};
export const CONSENT_SCOPES = {
    SHARE_WITH_TENT: 'delen met de deelnemers van de expertisetent',
    SHARE_NETWORK_MAP: 'delen van de netwerkkaart',
    ANONYMOUS_STATISTICS: 'gebruik in anonieme cijfers'
};
export const TIE_KINDS = {
    FAMILY: 'familie', FRIEND: 'vrienden', NEIGHBOUR: 'buren', SCHOOL: 'school', WORK: 'werk', CLUB: 'vereniging',
    FAITH: 'geloofsgemeenschap', ONLINE: 'online', PROFESSIONAL: 'hulpverleners'
};
export const SUPPORT_TYPES = {
    EMOTIONAL: 'emotionele steun',
    PRACTICAL: 'praktische steun',
    INFORMATIONAL: 'informatie',
    ADVICE: 'advies',
    CHILDCARE: 'oppas en respijt',
    FINANCIAL: 'financiële steun'
};
export const SUPPORT_DIRECTIONS = {GIVES: 'geeft', RECEIVES: 'ontvangt', BOTH: 'wederzijds'};
export const TIE_QUALITIES = {POSITIVE: 'positief', AMBIVALENT: 'dubbel: steunend en lastig', STRESSFUL: 'belastend', BROKEN: 'verbroken'};
export const CONTACT_FREQUENCIES = {
    DAILY: 'dagelijks', WEEKLY: 'wekelijks', MONTHLY: 'maandelijks',
    FEW_TIMES_A_YEAR: 'een paar keer per jaar', RARELY: 'hooguit eens per jaar'
};
export const RINGS = {0: 'huishouden', 1: 'intiem', 2: 'dichtbij', 3: 'bekenden', 4: 'diensten', 5: 'zonder relatie'};
export const RESOURCE_KINDS = {
    VOLUNTEER_SUPPORT: 'vrijwillige ondersteuning', CLUB: 'vereniging', FACILITY: 'voorziening (plek om heen te gaan)',
    GROUP: 'groep', FUND: 'fonds', SERVICE: 'dienst'
};
export const RESOURCE_STATUSES = {ACTIVE: 'actief', INACTIVE: 'niet actief', TEMPORARILY_CLOSED: 'tijdelijk gesloten', DEFUNCT: 'opgeheven'};
export const PROFESSIONAL_TIERS = {FIRST_LINE: 'eerstelijns', SPECIALIST: 'specialistisch'};
export const EXPERTISE_LEVELS = {BASIC: 'basis', EXPERIENCED: 'ervaren', EXPERT: 'expert'};

/** Life domains by their Dutch names, comma separated. */
export function lifeDomainList(codes) {
    return (codes || []).map(code => label(LIFE_DOMAINS, code)).join(', ');
}
