/* The login page: Dutch messages for a wrong password, logging out and an expired session; the CSRF token from its cookie. */
(function () {
    'use strict';

    const MESSAGES = {
        fout: ['fout', 'Gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.'],
        afgemeld: ['ok', 'U bent afgemeld.'],
        verlopen: ['info', 'Uw sessie is verlopen. Meld u opnieuw aan.']
    };

    function csrfToken() {
        const cookie = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
        return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
    }

    document.addEventListener('DOMContentLoaded', () => {
        const query = new URLSearchParams(window.location.search);
        const melding = document.getElementById('melding');
        for (const [key, [kind, text]] of Object.entries(MESSAGES)) {
            if (query.has(key)) {
                melding.textContent = text;
                melding.className = 'nk-melding nk-melding-' + kind;
                melding.hidden = false;
            }
        }
        const form = document.getElementById('aanmelden');
        form.addEventListener('submit', () => {
            document.getElementById('csrf').value = csrfToken();
        });
    });
})();
