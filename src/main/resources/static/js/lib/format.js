/* Dutch formats for everything a page shows: dates, times, numbers, languages. One place, so pages agree. */

const DATE = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam'});
const SHORT_DATE = new Intl.DateTimeFormat('nl-NL', {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Amsterdam'});
const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam'
});
const ISO_DAY = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit'});
const NUMBER = new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 2});
const PERCENT = new Intl.NumberFormat('nl-NL', {style: 'percent', maximumFractionDigits: 0});
const LANGUAGE_NAMES = new Intl.DisplayNames(['nl'], {type: 'language'});

/** A calendar date (2026-12-07, or a date-time whose day in Amsterdam counts): "7 december 2026"; '' when absent. */
export function date(value) {
    if (!value) {
        return '';
    }
    // a bare date is a calendar day: read at noon UTC so no time zone moves it to another day
    return DATE.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value + 'T12:00:00Z' : value));
}

/** A compact date for tables and lists: "07-12-2026". */
export function shortDate(value) {
    if (!value) {
        return '';
    }
    return SHORT_DATE.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value + 'T12:00:00Z' : value));
}

/** A moment: "7 december 2026 om 14:30". */
export function dateTime(value) {
    return value ? DATE_TIME.format(new Date(value)).replace(/ om |, /, ' om ') : '';
}

/** The calendar day (yyyy-mm-dd) of a moment in Amsterdam, as date inputs and the API take it. */
export function isoDay(value) {
    return ISO_DAY.format(value ? new Date(value) : new Date());
}

/** A number with a decimal comma: 1,5. */
export function number(value) {
    return value === null || value === undefined ? '' : NUMBER.format(value);
}

/** A share between 0 and 1 as a percentage: 42%. */
export function percent(value) {
    return value === null || value === undefined ? '' : PERCENT.format(value);
}

/** A language by its Dutch name: nl → Nederlands, ti → Tigrinya. */
export function language(code) {
    if (!code) {
        return '';
    }
    try {
        const name = LANGUAGE_NAMES.of(code);
        return name.charAt(0).toUpperCase() + name.slice(1);
    } catch (e) {
        return code;
    }
}

/** "1 persoon", "3 personen". */
export function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}

/** A person's full name (given and family name); 'onbekend' without a person. */
export function personName(person) {
    return person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : 'onbekend';
}

/** Today in the Netherlands (yyyy-mm-dd), as the service counts dates. */
export function today() {
    return isoDay();
}
