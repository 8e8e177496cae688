/*
 * The login page: Dutch messages for a wrong password, too many failed attempts, logging out and an expired session;
 * the CSRF token from its cookie.
 */

const MESSAGES = {
    fout: ['fout', 'Gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.'],
    afgemeld: ['ok', 'U bent afgemeld.'],
    verlopen: ['info', 'Uw sessie is verlopen. Meld u opnieuw aan.']
};

function csrfToken() {
    const cookie = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** After too many failed attempts the service sends the minutes to wait (?teveel=N) and checks no password until then. */
function tooManyAttempts(minutes) {
    const n = Math.max(1, parseInt(minutes, 10) || 1);
    return `Te veel mislukte pogingen. Probeer het over ${n} ${n === 1 ? 'minuut' : 'minuten'} opnieuw.`;
}

/* the login page loads nothing from the service (it is open before signing in), so it is ready at once */
{
    const query = new URLSearchParams(window.location.search);
    const melding = document.getElementById('melding');
    const show = (kind, text) => {
        melding.textContent = text;
        melding.className = 'nk-melding nk-melding-' + kind;
        melding.hidden = false;
    };
    for (const [key, [kind, text]] of Object.entries(MESSAGES)) {
        if (query.has(key)) {
            show(kind, text);
        }
    }
    if (query.has('teveel')) {
        show('fout', tooManyAttempts(query.get('teveel')));
    }
    const form = document.getElementById('aanmelden');
    form.addEventListener('submit', () => {
        document.getElementById('csrf').value = csrfToken();
    });
    document.body.dataset.ready = 'true';
}
